#pragma once

#include <QStyledItemDelegate>

// An account in the sidebar: its name, and below it the platform in smaller, quieter type.
class AccountItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int PlatformRole = Qt::UserRole + 2;

    explicit AccountItemDelegate(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AccountItemDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont platformFont(const QFont &base);
};
