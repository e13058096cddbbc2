#include "poststore.h"

#include "database.h"
#include "sqltime.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<qint64> PostStore::create(const Post &post, const QList<qint64> &accountIds, DeliveryState initial) const
{
    qint64 postId = 0;
    const QVariant now = SqlTime::toSql(QDateTime::currentDateTimeUtc());
    const QVariant at = SqlTime::toSql(post.scheduledAt);
    const Status done = m_database.transaction([&]() -> Status {
        const Result<QSqlQuery> inserted = m_database.exec(
            u"INSERT INTO posts (text, scheduled_at, created_at, updated_at) VALUES (?, ?, ?, ?)"_s,
            {post.text, at, now, now});
        if (!inserted)
            return Status::failure(inserted.error());
        postId = inserted.value().lastInsertId().toLongLong();
        for (qsizetype position = 0; position < post.media.size(); ++position) {
            const MediaAttachment &media = post.media.at(position);
            if (const auto added = m_database.exec(
                    u"INSERT INTO media (post_id, position, path, alt_text) VALUES (?, ?, ?, ?)"_s,
                    {postId, position, media.path, media.altText});
                !added)
                return Status::failure(added.error());
        }
        for (const qint64 accountId : accountIds) {
            if (const auto added = m_database.exec(
                    u"INSERT INTO deliveries (post_id, account_id, state, next_attempt_at, updated_at) "
                    u"VALUES (?, ?, ?, ?, ?)"_s,
                    {postId, accountId, DeliveryStates::name(initial), at, now});
                !added)
                return Status::failure(added.error());
        }
        return {};
    });
    if (!done)
        return Result<qint64>::failure(done.error());
    return postId;
}

Result<Post> PostStore::byId(qint64 id) const
{
    Result<QSqlQuery> query = m_database.exec(u"SELECT text, scheduled_at FROM posts WHERE id = ?"_s, {id});
    if (!query)
        return Result<Post>::failure(query.error());
    if (!query.value().next())
        return Result<Post>::failure(QCoreApplication::translate("PostStore", "There is no post %1.").arg(id));
    Post post;
    post.id = id;
    post.text = query.value().value(0).toString();
    post.scheduledAt = SqlTime::fromSql(query.value().value(1));
    Result<QSqlQuery> media =
        m_database.exec(u"SELECT path, alt_text FROM media WHERE post_id = ? ORDER BY position"_s, {id});
    if (!media)
        return Result<Post>::failure(media.error());
    while (media.value().next())
        post.media.append({media.value().value(0).toString(), media.value().value(1).toString()});
    return post;
}

Status PostStore::requireUnsent(qint64 postId) const
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT COUNT(*) FROM deliveries WHERE post_id = ? AND state NOT IN ('draft', 'scheduled', 'cancelled')"_s,
        {postId});
    if (!query || !query.value().next())
        return Status::failure(query ? QString() : query.error());
    if (query.value().value(0).toInt() > 0)
        return Status::failure(QCoreApplication::translate(
            "PostStore", "This post has already been sent to at least one account, so it can no longer be changed."));
    return {};
}

Status PostStore::reschedule(qint64 postId, const QDateTime &at) const
{
    return m_database.transaction([&]() -> Status {
        if (const Status unsent = requireUnsent(postId); !unsent)
            return unsent;
        const QVariant now = SqlTime::toSql(QDateTime::currentDateTimeUtc());
        if (const auto moved = m_database.exec(u"UPDATE posts SET scheduled_at = ?, updated_at = ? WHERE id = ?"_s,
                                               {SqlTime::toSql(at), now, postId});
            !moved)
            return Status::failure(moved.error());
        return Status::from(m_database.exec(
            u"UPDATE deliveries SET next_attempt_at = ?, updated_at = ? WHERE post_id = ? AND state = 'scheduled'"_s,
            {SqlTime::toSql(at), now, postId}));
    });
}

Status PostStore::setText(qint64 postId, const QString &text) const
{
    return m_database.transaction([&]() -> Status {
        if (const Status unsent = requireUnsent(postId); !unsent)
            return unsent;
        return Status::from(m_database.exec(u"UPDATE posts SET text = ?, updated_at = ? WHERE id = ?"_s,
                                            {text, SqlTime::toSql(QDateTime::currentDateTimeUtc()), postId}));
    });
}
