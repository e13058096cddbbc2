#pragma once

#include "model/deliverystate.h"
#include "storage/changewatch.h"
#include "util/result.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <optional>

struct DeliverySummary;
struct Post;

class Clock;
class Database;
class PostActions;

// The posts scheduled in a range of local days, one row per post (its deliveries folded into one
// chip), read with one query per range, or for a month view each day's first posts and a count. Drops reschedule or copy posts through PostActions (so
// they can be undone); the views say where a drop landed, the model decides what it means.
class CalendarModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        PostIdRole = Qt::UserRole + 1,
        DeliveryIdRole, // the first delivery, for the detail pane
        ScheduledAtRole, // UTC
        LocalDateRole, // the day it falls on in the model's time zone
        LocalTimeRole,
        StateRole, // the one that most needs the user's eye among its deliveries
        AccountsRole, // QStringList
        TextRole,
        MovableRole, // nothing has been sent yet
    };
    static inline const QString mimeType = QStringLiteral("application/x-postscheduler-posts");

    CalendarModel(const Database &database, const Clock &clock, PostActions &actions, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CalendarModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }

    // Local days [first, last]; reads them. With `postsPerDay`, only each day's first posts are read
    // (a month view shows a few, whether a day holds ten or a thousand); postsOn() counts them all.
    void setRange(const QDate &first, const QDate &last, std::optional<int> postsPerDay = std::nullopt);
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // Empty: every account.
    void setAccountIds(const QList<qint64> &accountIds);
    void setTimeZone(const QTimeZone &zone);
    const QTimeZone &timeZone() const { return m_zone; }
    QDate today() const;
    QDateTime now() const; // in the model's time zone
    void refresh();
    // While no view shows the calendar, changes of range, accounts or data are only noted, and read
    // once it is shown again: a month can hold thousands of posts, and the window polls every few seconds.
    void setDeferred(bool deferred);

    // The rows on one local day, in time order.
    QList<int> rowsOn(const QDate &day) const;
    // How many posts the day holds: more than rowsOn() when setRange() read only the first ones.
    int postsOn(const QDate &day) const;
    int rowOf(qint64 postId) const; // -1 when not in the range

    // Moves one post earlier or later (the keyboard's way to drag); one step to undo.
    Status shiftPost(qint64 postId, qint64 seconds);

    // A drop on a day keeps each post's local time of day; a drop on an hour keeps its minutes.
    // MoveAction reschedules, CopyAction creates a new post with the same text, media and accounts.
    // All the dropped posts or none; one step to undo.
    Status dropOnDay(const QMimeData *data, Qt::DropAction action, const QDate &day);
    Status dropOnHour(const QMimeData *data, Qt::DropAction action, const QDate &day, int hour);
    // Where a new post dropped on a day or an hour starts (UTC): that hour; on a day, the next whole
    // hour when it is today, else 09:00.
    QDateTime composeTime(const QDate &day, std::optional<int> hour) const;

Q_SIGNALS:
    void loadFailed(const QString &message);
    // Posts were moved or copied here; others (the queue) should read again.
    void postsChanged();

private:
    struct Chip {
        qint64 postId = 0;
        qint64 firstDeliveryId = 0;
        QDateTime scheduledAt;
        QDate localDate;
        QTime localTime;
        DeliveryState state = DeliveryState::Scheduled;
        QStringList accounts;
        bool movable = true;
    };
    // One local day of the range: its bounds in UTC, and its offset when it has only one.
    struct DayBounds {
        QDate date;
        QDateTime start;
        QDateTime end;
        std::optional<int> offsetSeconds;

        QTime localTime(const QDateTime &utc, const QTimeZone &zone) const;
    };
    // What a read gives: the chips, and for days read by their first posts how many each holds.
    struct Loaded {
        QList<Chip> chips;
        QHash<QDate, int> postCounts;
    };
    void reload();
    Loaded load();
    // The range's deliveries in time order; for days read by their first posts, how many each holds.
    Result<QList<DeliverySummary>> readRange(const QList<DayBounds> &days, QHash<QDate, int> *postCounts) const;
    QList<DayBounds> dayBounds() const;
    // A month can hold thousands of posts and shows a few per day: texts are read as chips are shown.
    QString textOf(qint64 postId) const;
    Status drop(const QMimeData *data, Qt::DropAction action, const QDate &day, std::optional<int> hour);
    Result<QDateTime> placeTime(const Post &post, const QDate &day, std::optional<int> hour) const;

    const Database &m_database;
    const Clock &m_clock;
    PostActions &m_actions;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_first;
    QDate m_last;
    QList<qint64> m_accountIds;
    std::optional<int> m_postsPerDay; // read only each day's first posts
    QList<Chip> m_rows;
    QHash<QDate, QList<int>> m_rowsByDay;
    QHash<QDate, int> m_postCounts; // of the days read by their first posts: all their posts
    mutable QHash<qint64, QString> m_texts; // by post id; read again with the rows
    bool m_deferred = false;
    bool m_stale = false; // something changed while deferred
    ChangeWatch m_changes; // marked when last read
};
