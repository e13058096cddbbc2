#pragma once

#include "model/deliverystate.h"
#include "model/post.h"
#include "util/result.h"

#include <QList>

class Database;

class PostStore final
{
public:
    explicit PostStore(const Database &database) : m_database(database) {}

    // The post, its media and one delivery per account, in one transaction: all or nothing.
    Result<qint64> create(const Post &post, const QList<qint64> &accountIds,
                          DeliveryState initial = DeliveryState::Scheduled) const;
    Result<Post> byId(qint64 id) const;
    // Moves the post and its not-yet-sent deliveries; refused once any delivery has started sending.
    Status reschedule(qint64 postId, const QDateTime &at) const;
    Status setText(qint64 postId, const QString &text) const;

private:
    Status requireUnsent(qint64 postId) const;
    const Database &m_database;
};
