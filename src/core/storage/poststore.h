#pragma once

#include "model/deliverystate.h"
#include "model/post.h"
#include "util/result.h"

#include <QList>

#include <optional>

class Database;
class QSqlQuery;

class PostStore final
{
public:
    struct NewPost
    {
        Post post;
        QList<qint64> accountIds;
        DeliveryState initial = DeliveryState::Scheduled;
    };
    struct Move
    {
        qint64 postId = 0;
        QDateTime at;
    };
    // What remove() took away: enough for restore() to put it back under the same ids.
    struct RemovedPost
    {
        struct Target
        {
            qint64 deliveryId = 0;
            qint64 accountId = 0;
            DeliveryState state = DeliveryState::Scheduled;
        };
        Post post;
        QList<Target> targets;
    };

    explicit PostStore(const Database &database) : m_database(database) {}

    // The post, its media and one delivery per account, in one transaction: all or nothing.
    Result<qint64> create(const Post &post, const QList<qint64> &accountIds,
                          DeliveryState initial = DeliveryState::Scheduled) const;
    // Several posts in one transaction; their ids in the same order.
    Result<QList<qint64>> createAll(const QList<NewPost> &posts) const;
    Result<Post> byId(qint64 id) const;
    // The accounts the post goes to (its deliveries not cancelled), in the order they were added.
    Result<QList<qint64>> accountIds(qint64 postId) const;
    // Only the text, for views that show a post's words and nothing else of it.
    Result<QString> textOf(qint64 id) const;
    // Only the media, for the publisher, which has the rest from the delivery.
    Result<QList<MediaAttachment>> mediaOf(qint64 id) const;
    // Moves the post and its not-yet-sent deliveries; refused once any delivery has started sending.
    Status reschedule(qint64 postId, const QDateTime &at) const;
    // Several moves in one transaction: all or none.
    Status rescheduleAll(const QList<Move> &moves) const;
    // Text, time and media of post.id, and, when `unsent` is given (Draft or Scheduled), its draft and
    // scheduled deliveries moved to that state: one transaction, refused once any delivery has
    // started sending. An editor writes the edited post with it, and its undo the old one.
    Status update(const Post &post, std::optional<DeliveryState> unsent = std::nullopt) const;
    // Draft when the post waits as a draft, Scheduled when any delivery is scheduled: what update()
    // needs to put the post back. Refused once any delivery has started sending.
    Result<DeliveryState> unsentState(qint64 postId) const;
    // Deletes posts none of whose deliveries was ever sent or decided (their attempt logs are
    // permanent), in one transaction: all or none.
    Result<QList<RemovedPost>> removeAll(const QList<qint64> &postIds) const;
    // Puts removed posts back, under their old ids (the undo of removeAll).
    Status restoreAll(const QList<RemovedPost> &posts) const;

private:
    Result<qint64> insert(const NewPost &post) const;
    Status move(const Move &move) const;
    Result<RemovedPost> remove(qint64 postId) const;
    Status restore(const RemovedPost &removed) const;
    Status insertMedia(qint64 postId, const QList<MediaAttachment> &media) const;
    // The row of post `id` with `columns`, positioned on it; an error when there is no such post.
    Result<QSqlQuery> postRow(const QString &columns, qint64 id) const;
    Status requireUnsent(qint64 postId) const;
    Status moveUnsent(qint64 postId, DeliveryState to, const QVariant &now) const;
    const Database &m_database;
};
