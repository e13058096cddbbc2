#pragma once

#include <QStyledItemDelegate>

// An account in the sidebar: its name with the count of its posts that need the user's eye, and
// below it, in smaller type, the platform and the account's health (red when the user must act).
class AccountItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int PlatformRole = Qt::UserRole + 2;
    static constexpr int HealthRole = Qt::UserRole + 3;    // "connected", "rate-limited until 14:05"
    static constexpr int ProblemRole = Qt::UserRole + 4;   // bool: the health needs the user
    static constexpr int AttentionRole = Qt::UserRole + 5; // int: possibly sent or needing attention

    explicit AccountItemDelegate(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AccountItemDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QRect &line, int count) const;
    void paintStatusLine(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                         const QRect &below) const;
};
