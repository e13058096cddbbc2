#include "poststore.h"

#include "database.h"
#include "sqltime.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<qint64> PostStore::create(const Post &post, const QList<qint64> &accountIds, DeliveryState initial) const
{
    const Result<QList<qint64>> created = createAll({{post, accountIds, initial}});
    if (!created)
        return Result<qint64>::failure(created.error());
    return created.value().constFirst();
}

Result<QList<qint64>> PostStore::createAll(const QList<NewPost> &posts) const
{
    QList<qint64> ids;
    const Status done = m_database.transaction([&]() -> Status {
        for (const NewPost &post : posts) {
            const Result<qint64> id = insert(post);
            if (!id)
                return Status::failure(id.error());
            ids.append(id.value());
        }
        return {};
    });
    if (!done)
        return Result<QList<qint64>>::failure(done.error());
    return ids;
}

Result<qint64> PostStore::insert(const NewPost &post) const
{
    const QVariant now = SqlTime::toSql(QDateTime::currentDateTimeUtc());
    const QVariant at = SqlTime::toSql(post.post.scheduledAt);
    const Result<Database::Written> inserted =
        m_database.write(u"INSERT INTO posts (text, scheduled_at, created_at, updated_at) VALUES (?, ?, ?, ?)"_s,
                        {post.post.text, at, now, now});
    if (!inserted)
        return Result<qint64>::failure(inserted.error());
    const qint64 postId = inserted->lastInsertId;
    if (const Status media = insertMedia(postId, post.post.media); !media)
        return Result<qint64>::failure(media.error());
    for (const qint64 accountId : post.accountIds) {
        if (const auto added = m_database.write(u"INSERT INTO deliveries (post_id, account_id, state, next_attempt_at, "
                                               u"updated_at) VALUES (?, ?, ?, ?, ?)"_s,
                                               {postId, accountId, DeliveryStates::name(post.initial), at, now});
            !added)
            return Result<qint64>::failure(added.error());
    }
    return postId;
}

Status PostStore::insertMedia(qint64 postId, const QList<MediaAttachment> &media) const
{
    for (qsizetype position = 0; position < media.size(); ++position) {
        if (const auto added =
                m_database.write(u"INSERT INTO media (post_id, position, path, alt_text) VALUES (?, ?, ?, ?)"_s,
                                {postId, position, media.at(position).path, media.at(position).altText});
            !added)
            return Status::failure(added.error());
    }
    return {};
}

Result<QSqlQuery> PostStore::postRow(const QString &columns, qint64 id) const
{
    Result<QSqlQuery> query = m_database.exec(u"SELECT "_s + columns + u" FROM posts WHERE id = ?"_s, {id});
    if (query && !query.value().next())
        return Result<QSqlQuery>::failure(QCoreApplication::translate("PostStore", "There is no post %1.").arg(id));
    return query;
}

Result<Post> PostStore::byId(qint64 id) const
{
    const Result<QSqlQuery> query = postRow(u"text, scheduled_at"_s, id);
    if (!query)
        return Result<Post>::failure(query.error());
    Post post;
    post.id = id;
    post.text = query.value().value(0).toString();
    post.scheduledAt = SqlTime::fromSql(query.value().value(1));
    const Result<QList<MediaAttachment>> media = mediaOf(id);
    if (!media)
        return Result<Post>::failure(media.error());
    post.media = media.value();
    return post;
}

Result<QList<MediaAttachment>> PostStore::mediaOf(qint64 id) const
{
    const Result<QList<QVariantList>> rows =
        m_database.rows(u"SELECT path, alt_text FROM media WHERE post_id = ? ORDER BY position"_s, {id});
    if (!rows)
        return Result<QList<MediaAttachment>>::failure(rows.error());
    QList<MediaAttachment> media;
    for (const QVariantList &row : rows.value())
        media.append({row.at(0).toString(), row.at(1).toString()});
    return media;
}

Result<QString> PostStore::textOf(qint64 id) const
{
    const Result<QSqlQuery> query = postRow(u"text"_s, id);
    if (!query)
        return Result<QString>::failure(query.error());
    return query.value().value(0).toString();
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
    return rescheduleAll({{postId, at}});
}

Status PostStore::rescheduleAll(const QList<Move> &moves) const
{
    return m_database.transaction([&]() -> Status {
        for (const Move &each : moves) {
            if (const Status moved = move(each); !moved)
                return moved;
        }
        return {};
    });
}

Status PostStore::move(const Move &move) const
{
    if (const Status unsent = requireUnsent(move.postId); !unsent)
        return unsent;
    const QVariant now = SqlTime::toSql(QDateTime::currentDateTimeUtc());
    if (const auto moved = m_database.write(u"UPDATE posts SET scheduled_at = ?, updated_at = ? WHERE id = ?"_s,
                                           {SqlTime::toSql(move.at), now, move.postId});
        !moved)
        return Status::failure(moved.error());
    return Status::from(m_database.write(
        u"UPDATE deliveries SET next_attempt_at = ?, updated_at = ? WHERE post_id = ? AND state = 'scheduled'"_s,
        {SqlTime::toSql(move.at), now, move.postId}));
}

Status PostStore::update(const Post &post, std::optional<DeliveryState> unsent) const
{
    return m_database.transaction([&]() -> Status {
        if (const Status stillUnsent = requireUnsent(post.id); !stillUnsent)
            return stillUnsent;
        const QVariant now = SqlTime::toSql(QDateTime::currentDateTimeUtc());
        const QVariant at = SqlTime::toSql(post.scheduledAt);
        const Result<Database::Written> changed = m_database.write(
            u"UPDATE posts SET text = ?, scheduled_at = ?, updated_at = ? WHERE id = ?"_s, {post.text, at, now, post.id});
        if (!changed)
            return Status::from(changed);
        if (changed->rowsAffected == 0)
            return Status::failure(QCoreApplication::translate("PostStore", "There is no post %1.").arg(post.id));
        if (const auto moved = m_database.write(u"UPDATE deliveries SET next_attempt_at = ?, updated_at = ? "
                                               u"WHERE post_id = ? AND state IN ('draft', 'scheduled')"_s,
                                               {at, now, post.id});
            !moved)
            return Status::from(moved);
        if (const auto removed = m_database.write(u"DELETE FROM media WHERE post_id = ?"_s, {post.id}); !removed)
            return Status::from(removed);
        if (const Status added = insertMedia(post.id, post.media); !added)
            return added;
        return unsent ? moveUnsent(post.id, *unsent, now) : Status();
    });
}

// Schedule on a draft, or Save draft on a scheduled post. Nothing was sent or decided, so no note is
// logged: an unsent post keeps an empty log, and can still be deleted.
Status PostStore::moveUnsent(qint64 postId, DeliveryState to, const QVariant &now) const
{
    Result<QSqlQuery> pending = m_database.exec(
        u"SELECT state FROM deliveries WHERE post_id = ? AND state IN ('draft', 'scheduled') AND state <> ?"_s,
        {postId, DeliveryStates::name(to)});
    if (!pending)
        return Status::from(pending);
    while (pending.value().next()) {
        const std::optional<DeliveryState> from = DeliveryStates::fromName(pending.value().value(0).toString());
        if (!from || !DeliveryStates::canChange(*from, to))
            return Status::failure(QCoreApplication::translate("PostStore", "This post cannot become %1.")
                                       .arg(DeliveryStates::displayName(to)));
    }
    return Status::from(m_database.write(u"UPDATE deliveries SET state = ?, updated_at = ? "
                                        u"WHERE post_id = ? AND state IN ('draft', 'scheduled')"_s,
                                        {DeliveryStates::name(to), now, postId}));
}

Result<DeliveryState> PostStore::unsentState(qint64 postId) const
{
    if (const Status unsent = requireUnsent(postId); !unsent)
        return Result<DeliveryState>::failure(unsent.error());
    const Result<std::optional<QVariantList>> row =
        m_database.firstRow(u"SELECT COUNT(*) FROM deliveries WHERE post_id = ? AND state = 'scheduled'"_s, {postId});
    if (!row)
        return Result<DeliveryState>::failure(row.error());
    return row.value()->constFirst().toInt() > 0 ? DeliveryState::Scheduled : DeliveryState::Draft;
}

Result<QList<qint64>> PostStore::accountIds(qint64 postId) const
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT account_id FROM deliveries WHERE post_id = ? AND state <> 'cancelled' ORDER BY id"_s, {postId});
    if (!query)
        return Result<QList<qint64>>::failure(query.error());
    QList<qint64> ids;
    while (query.value().next())
        ids.append(query.value().value(0).toLongLong());
    return ids;
}

Result<QList<PostStore::RemovedPost>> PostStore::removeAll(const QList<qint64> &postIds) const
{
    QList<RemovedPost> removed;
    const Status done = m_database.transaction([&]() -> Status {
        for (const qint64 postId : postIds) {
            Result<RemovedPost> one = remove(postId);
            if (!one)
                return Status::failure(one.error());
            removed.append(std::move(one.value()));
        }
        return {};
    });
    if (!done)
        return Result<QList<RemovedPost>>::failure(done.error());
    return removed;
}

Result<PostStore::RemovedPost> PostStore::remove(qint64 postId) const
{
    const Result<std::optional<QVariantList>> logged = m_database.firstRow(
        u"SELECT COUNT(*) FROM attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.post_id = ?"_s, {postId});
    if (!logged)
        return Result<RemovedPost>::failure(logged.error());
    if (logged.value()->constFirst().toInt() > 0)
        return Result<RemovedPost>::failure(QCoreApplication::translate(
            "PostStore", "This post has a history (a send, a check or a decision), which is kept: cancel it instead "
                         "of deleting it."));
    const Result<Post> post = byId(postId);
    if (!post)
        return Result<RemovedPost>::failure(post.error());
    RemovedPost removed{post.value(), {}};
    Result<QSqlQuery> targets =
        m_database.exec(u"SELECT id, account_id, state FROM deliveries WHERE post_id = ? ORDER BY id"_s, {postId});
    if (!targets)
        return Result<RemovedPost>::failure(targets.error());
    while (targets.value().next()) {
        const QSqlQuery &row = targets.value();
        removed.targets.append({row.value(0).toLongLong(), row.value(1).toLongLong(),
                                DeliveryStates::fromName(row.value(2).toString()).value_or(DeliveryState::Draft)});
    }
    // Media and deliveries go with the post (ON DELETE CASCADE).
    if (const auto deleted = m_database.write(u"DELETE FROM posts WHERE id = ?"_s, {postId}); !deleted)
        return Result<RemovedPost>::failure(deleted.error());
    return removed;
}

Status PostStore::restoreAll(const QList<RemovedPost> &posts) const
{
    return m_database.transaction([&]() -> Status {
        for (const RemovedPost &post : posts) {
            if (const Status restored = restore(post); !restored)
                return restored;
        }
        return {};
    });
}

Status PostStore::restore(const RemovedPost &removed) const
{
    const QVariant now = SqlTime::toSql(QDateTime::currentDateTimeUtc());
    const QVariant at = SqlTime::toSql(removed.post.scheduledAt);
    if (const auto inserted = m_database.write(
            u"INSERT INTO posts (id, text, scheduled_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s,
            {removed.post.id, removed.post.text, at, now, now});
        !inserted)
        return Status::failure(inserted.error());
    if (const Status media = insertMedia(removed.post.id, removed.post.media); !media)
        return media;
    for (const RemovedPost::Target &target : removed.targets) {
        if (const auto added = m_database.write(u"INSERT INTO deliveries (id, post_id, account_id, state, "
                                               u"next_attempt_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                               {target.deliveryId, removed.post.id, target.accountId,
                                                DeliveryStates::name(target.state), at, now});
            !added)
            return Status::failure(added.error());
    }
    return {};
}
