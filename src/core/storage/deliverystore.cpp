#include "deliverystore.h"

#include "database.h"
#include "deliveryqueries.h"
#include "sqltime.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// A DeliverySummary from a row of DeliveryQueries::selectSummaries()'s columns: a query on its row,
// or a row read by Database::rows.
template <typename Row>
DeliverySummary readSummary(const Row &row)
{
    return {row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toLongLong(),
            DeliveryState(row.value(3).toInt()), QDateTime::fromMSecsSinceEpoch(row.value(4).toLongLong(), Qt::UTC)};
}

// A Delivery from a row of DeliveryQueries::selectDeliveries()'s columns: a query on its row, or a row
// read by Database::rows.
template <typename Row>
Delivery readDelivery(const Row &query)
{
    Delivery d;
    d.id = query.value(0).toLongLong();
    d.postId = query.value(1).toLongLong();
    d.accountId = query.value(2).toLongLong();
    d.accountName = query.value(3).toString();
    d.platform = query.value(4).toString();
    d.state = DeliveryStates::fromName(query.value(5).toString()).value_or(DeliveryState::NeedsAttention);
    d.text = query.value(6).toString();
    d.scheduledAt = SqlTime::fromSql(query.value(7));
    d.nextAttemptAt = SqlTime::fromSql(query.value(8));
    d.publicationKey = query.value(9).toString();
    d.payload = query.value(10).toByteArray();
    d.firstSentAt = SqlTime::fromSql(query.value(11));
    d.attemptCount = query.value(12).toInt();
    d.remoteId = query.value(13).toString();
    d.remoteUrl = query.value(14).toString();
    d.reason = query.value(15).toString();
    return d;
}

Result<QList<Delivery>> readDeliveries(Result<QSqlQuery> query)
{
    if (!query)
        return Result<QList<Delivery>>::failure(query.error());
    QList<Delivery> deliveries;
    while (query.value().next())
        deliveries.append(readDelivery(query.value()));
    return deliveries;
}

Result<QList<Delivery>> readDeliveries(const Result<QList<QVariantList>> &rows)
{
    if (!rows)
        return Result<QList<Delivery>>::failure(rows.error());
    QList<Delivery> deliveries;
    deliveries.reserve(rows.value().size());
    for (const QVariantList &row : rows.value())
        deliveries.append(readDelivery(row));
    return deliveries;
}

// A LIKE pattern that finds `text` anywhere, with LIKE's own wildcards in it taken literally.
QString containsPattern(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

QString orderBy(const DeliveryFilter &filter)
{
    using Key = DeliveryFilter::SortKey;
    const QString direction = filter.descending ? u" DESC"_s : u""_s;
    QString first;
    switch (filter.sortKey) {
    case Key::Time: break;
    case Key::Account: first = u"a.name"_s; break;
    case Key::Text: first = u"p.text"_s; break;
    case Key::State: first = u"d.state"_s; break;
    case Key::Attempts: first = u"d.attempt_count"_s; break;
    }
    QStringList keys{u"d.scheduled_at"_s, u"d.id"_s};
    if (!first.isEmpty())
        keys.prepend(first);
    for (QString &key : keys)
        key += direction;
    return u" ORDER BY "_s + keys.join(u", "_s);
}

// Exactly the final states: the history, which has an index of its own.
bool isHistory(const DeliveryFilter &filter)
{
    const QList<DeliveryState> final{DeliveryState::Published, DeliveryState::Failed, DeliveryState::Cancelled};
    return filter.states.size() == final.size()
        && std::all_of(final.cbegin(), final.cend(), [&](DeliveryState state) { return filter.states.contains(state); });
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return u"("_s + marks.join(u',') + u')';
}

const QString &byIdQuery()
{
    static const QString sql = DeliveryQueries::selectDeliveries() + u"WHERE d.id = ?"_s;
    return sql;
}

QString joinPosts()
{
    return u" JOIN posts p ON p.id = d.post_id"_s;
}

// " WHERE ..." for `filter` (empty when it has no condition), its values appended to `params`.
QString whereClause(const DeliveryFilter &filter, QVariantList &params)
{
    QStringList conditions;
    if (isHistory(filter)) {
        conditions.append(u"d.state IN "_s + DeliveryQueries::historyStates());
    } else if (!filter.states.isEmpty()) {
        conditions.append(u"d.state IN "_s + placeholders(filter.states.size()));
        for (const DeliveryState state : filter.states)
            params.append(DeliveryStates::name(state));
    }
    if (!filter.accountIds.isEmpty()) {
        conditions.append(u"d.account_id IN "_s + placeholders(filter.accountIds.size()));
        for (const qint64 id : filter.accountIds)
            params.append(id);
    }
    if (filter.scheduledFrom.isValid()) {
        conditions.append(u"d.scheduled_at >= ?"_s);
        params.append(SqlTime::toSql(filter.scheduledFrom));
    }
    if (filter.scheduledTo.isValid()) {
        conditions.append(u"d.scheduled_at < ?"_s);
        params.append(SqlTime::toSql(filter.scheduledTo));
    }
    if (!filter.textContains.isEmpty()) {
        conditions.append(u"p.text LIKE ? ESCAPE '\\'"_s);
        params.append(containsPattern(filter.textContains));
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

// The tables that list `filter` in its order: posts and accounts only when the filter or the order
// reads them. With many matches, a page sorted by text or account walks that table's index in order
// and stops at the page; CROSS JOIN holds SQLite to that join order, which it would otherwise trade
// for sorting every match.
QString orderedTables(const DeliveryFilter &filter, DeliveryStore::Matches matches)
{
    using Key = DeliveryFilter::SortKey;
    const bool walkSortKey = matches == DeliveryStore::Matches::Many;
    if (walkSortKey && filter.sortKey == Key::Text)
        return u"posts p CROSS JOIN deliveries d ON d.post_id = p.id"_s;
    const QString posts = filter.textContains.isEmpty() && filter.sortKey != Key::Text ? QString() : joinPosts();
    if (walkSortKey && filter.sortKey == Key::Account)
        return u"accounts a CROSS JOIN deliveries d ON d.account_id = a.id"_s + posts;
    // Newest first, the state index would sort every final delivery for one page; this one is in order.
    const QString deliveries = filter.sortKey == Key::Time && isHistory(filter)
        ? u"deliveries d INDEXED BY deliveries_history"_s
        : u"deliveries d"_s;
    return deliveries + posts + (filter.sortKey == Key::Account ? u" JOIN accounts a ON a.id = d.account_id"_s : QString());
}

// filter's page: " LIMIT ? OFFSET ?", its values appended to `params`.
QString pageClause(const DeliveryFilter &filter, QVariantList &params)
{
    params << filter.limit << filter.offset;
    return u" LIMIT ? OFFSET ?"_s;
}
} // namespace

Result<Delivery> DeliveryStore::byId(qint64 id) const
{
    const Result<QList<Delivery>> found = readDeliveries(m_database.rows(byIdQuery(), {id}));
    if (!found)
        return Result<Delivery>::failure(found.error());
    if (found.value().isEmpty())
        return Result<Delivery>::failure(QCoreApplication::translate("DeliveryStore", "There is no delivery %1.").arg(id));
    return found.value().constFirst();
}

Result<QList<Delivery>> DeliveryStore::list(const DeliveryFilter &filter, Matches matches) const
{
    QVariantList params;
    const QString where = whereClause(filter, params);
    const QString page = pageClause(filter, params);
    if (filter.limit < 0) // all of them, read in order through the joins: ids first would only add a sort
        return readDeliveries(m_database.exec(DeliveryQueries::selectDeliveries() + where + orderBy(filter) + page, params));
    // A page's ids first, then the joins for those ids alone: an offset deep into a million rows skips
    // index entries rather than joined rows.
    const QString ids = u"SELECT d.id FROM "_s + orderedTables(filter, matches) + where + orderBy(filter) + page;
    return readDeliveries(
        m_database.exec(DeliveryQueries::selectDeliveries() + u"WHERE d.id IN ("_s + ids + u')' + orderBy(filter), params));
}

Result<int> DeliveryStore::count(const DeliveryFilter &filter) const
{
    QVariantList params;
    const QString posts = filter.textContains.isEmpty() ? QString() : joinPosts();
    const QString where = whereClause(filter, params);
    const Result<std::optional<QVariantList>> row =
        m_database.firstRow(u"SELECT COUNT(*) FROM deliveries d"_s + posts + where, params);
    if (!row)
        return Result<int>::failure(row.error());
    return row.value()->constFirst().toInt(); // COUNT(*) always answers one row
}

Result<QList<DeliverySummary>> DeliveryStore::summaries(const DeliveryFilter &filter) const
{
    QVariantList params;
    const QString tables = orderedTables(filter, Matches::Few);
    const QString where = whereClause(filter, params);
    Result<QSqlQuery> query =
        m_database.exec(DeliveryQueries::selectSummaries() + tables + where + orderBy(filter) + pageClause(filter, params), params);
    if (!query)
        return Result<QList<DeliverySummary>>::failure(query.error());
    QList<DeliverySummary> found;
    for (QSqlQuery &row = query.value(); row.next();)
        found.append(readSummary(row));
    return found;
}

Result<DeliveryStore::FirstPosts> DeliveryStore::firstPosts(const QDateTime &from, const QDateTime &to, int posts,
                                                            std::optional<qint64> account) const
{
    QVariantList range{SqlTime::toSql(from), SqlTime::toSql(to)};
    if (account)
        range.prepend(*account);
    const Result<std::optional<QVariantList>> counted =
        m_database.firstRow(account ? DeliveryQueries::accountPostsInRange() : DeliveryQueries::postsInRange(), range);
    if (!counted)
        return Result<FirstPosts>::failure(counted.error());
    const Result<QList<QVariantList>> rows = m_database.rows(
        account ? DeliveryQueries::accountFirstPostsInRange() : DeliveryQueries::firstPostsInRange(),
        range + QVariantList{posts});
    if (!rows)
        return Result<FirstPosts>::failure(rows.error());
    FirstPosts first;
    first.posts = counted.value()->constFirst().toInt(); // COUNT answers one row
    first.deliveries.reserve(rows.value().size());
    for (const QVariantList &row : rows.value())
        first.deliveries.append(readSummary(row));
    return first;
}

Result<int> DeliveryStore::count(DeliveryState state) const
{
    const Result<std::optional<QVariantList>> row =
        m_database.firstRow(DeliveryQueries::countInState(), {DeliveryStates::name(state)});
    if (!row)
        return Result<int>::failure(row.error());
    return row.value()->constFirst().toInt(); // COUNT(*) always answers one row
}

Result<QHash<qint64, int>> DeliveryStore::countByAccount(const QList<DeliveryState> &states) const
{
    QVariantList params;
    for (const DeliveryState state : states)
        params.append(DeliveryStates::name(state));
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT account_id, COUNT(*) FROM deliveries WHERE state IN "_s + placeholders(states.size())
            + u" GROUP BY account_id"_s,
        params);
    if (!query)
        return Result<QHash<qint64, int>>::failure(query.error());
    QHash<qint64, int> counts;
    while (query.value().next())
        counts.insert(query.value().value(0).toLongLong(), query.value().value(1).toInt());
    return counts;
}

Result<QList<Attempt>> DeliveryStore::attempts(qint64 deliveryId) const
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT id, kind, publication_key, started_at, finished_at, outcome, http_status, error, remote_id "
        u"FROM attempts WHERE delivery_id = ? ORDER BY id"_s,
        {deliveryId});
    if (!query)
        return Result<QList<Attempt>>::failure(query.error());
    QList<Attempt> attempts;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        Attempt attempt;
        attempt.id = row.value(0).toLongLong();
        attempt.deliveryId = deliveryId;
        attempt.kind = Attempt::kindFromName(row.value(1).toString());
        attempt.publicationKey = row.value(2).toString();
        attempt.startedAt = SqlTime::fromSql(row.value(3));
        attempt.finishedAt = SqlTime::fromSql(row.value(4));
        attempt.outcome = row.value(5).toString();
        attempt.httpStatus = row.value(6).toInt();
        attempt.error = row.value(7).toString();
        attempt.remoteId = row.value(8).toString();
        attempts.append(attempt);
    }
    return attempts;
}

Result<QList<Delivery>> DeliveryStore::due(const QDateTime &now, int limit, const QList<qint64> &settling) const
{
    QJsonArray settled;
    for (const qint64 id : settling)
        settled.append(id);
    return readDeliveries(m_database.rows(
        DeliveryQueries::due(),
        {SqlTime::toSql(now), QString::fromUtf8(QJsonDocument(settled).toJson(QJsonDocument::Compact)), limit}));
}

Result<QDateTime> DeliveryStore::nextDueTime() const
{
    const Result<std::optional<QVariantList>> row = m_database.firstRow(DeliveryQueries::nextDueTime());
    if (!row)
        return Result<QDateTime>::failure(row.error());
    return row.value() ? SqlTime::fromSql(row.value()->constFirst()) : QDateTime();
}

Result<int> DeliveryStore::pendingWork(const QDateTime &now) const
{
    const Result<std::optional<QVariantList>> row = m_database.firstRow(DeliveryQueries::pendingWork(), {SqlTime::toSql(now)});
    if (!row)
        return Result<int>::failure(row.error());
    return row.value()->constFirst().toInt(); // a sum of counts: always one row
}

Result<DeliveryState> DeliveryStore::currentState(qint64 deliveryId) const
{
    const Result<std::optional<QVariantList>> row = m_database.firstRow(u"SELECT state FROM deliveries WHERE id = ?"_s, {deliveryId});
    if (!row)
        return Result<DeliveryState>::failure(row.error());
    if (!row.value())
        return Result<DeliveryState>::failure(
            QCoreApplication::translate("DeliveryStore", "There is no delivery %1.").arg(deliveryId));
    return DeliveryStates::fromName(row.value()->constFirst().toString()).value_or(DeliveryState::NeedsAttention);
}

namespace {
// The states from which the state machine lets a delivery become `to` (and `to` itself with
// `orSame`), as an SQL list: the UPDATE checks the edge itself, without reading the state first.
QString sourcesOf(DeliveryState to, bool orSame)
{
    QStringList sources;
    for (const QString &name : DeliveryStates::allNames()) {
        const DeliveryState from = DeliveryStates::fromName(name).value_or(DeliveryState::NeedsAttention);
        if (DeliveryStates::canChange(from, to) || (orSame && from == to))
            sources.append(u"'"_s + name + u"'"_s);
    }
    return u"("_s + sources.join(u", "_s) + u")"_s;
}

// The checked UPDATE that moves a delivery to `to`, built once per target for the whole program:
// the publisher runs one for every outcome.
const QString &moveStatement(DeliveryState to, bool orSame)
{
    const auto key = [](DeliveryState state, bool same) { return int(state) * 2 + int(same); };
    static const QHash<int, QString> statements = [key] {
        QHash<int, QString> built;
        for (const QString &name : DeliveryStates::allNames()) {
            const DeliveryState state = DeliveryStates::fromName(name).value_or(DeliveryState::NeedsAttention);
            for (const bool same : {false, true}) {
                built.insert(key(state, same),
                             u"UPDATE deliveries SET state = ?, next_attempt_at = ?, reason = ?, updated_at = ?, "
                             u"remote_id = COALESCE(?, remote_id), remote_url = COALESCE(?, remote_url) "
                             u"WHERE id = ? AND state IN "_s + sourcesOf(state, same));
            }
        }
        return built;
    }();
    return *statements.constFind(key(to, orSame));
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}
} // namespace

// Why a checked UPDATE changed nothing: the delivery is gone, or its state has no edge to `to`.
Status DeliveryStore::refusal(qint64 deliveryId, DeliveryState to) const
{
    const Result<DeliveryState> from = currentState(deliveryId);
    if (!from)
        return Status::failure(from.error());
    return Status::failure(QCoreApplication::translate("DeliveryStore", "Delivery %1 is %2 and cannot become %3.")
                               .arg(deliveryId)
                               .arg(DeliveryStates::displayName(from.value()), DeliveryStates::displayName(to)));
}

Status DeliveryStore::moveTo(qint64 deliveryId, DeliveryState to, const AttemptEnd &end, const QDateTime &now,
                             SameState same) const
{
    const Result<Database::Written> moved = m_database.write(
        moveStatement(to, same == SameState::Allowed),
        {DeliveryStates::name(to), SqlTime::toSql(end.nextAttemptAt), end.reason, SqlTime::toSql(now),
         nullIfEmpty(end.remoteId), nullIfEmpty(end.remoteUrl), deliveryId});
    if (!moved)
        return Status::failure(moved.error());
    return moved->rowsAffected == 1 ? Status() : refusal(deliveryId, to);
}

Result<qint64> DeliveryStore::openAttempt(qint64 deliveryId, Attempt::Kind kind, const QString &key,
                                          const QDateTime &now) const
{
    const Result<Database::Written> inserted = m_database.write(
        u"INSERT INTO attempts (delivery_id, kind, publication_key, started_at) VALUES (?, ?, ?, ?)"_s,
        {deliveryId, Attempt::kindName(kind), key, SqlTime::toSql(now)});
    if (!inserted)
        return Result<qint64>::failure(inserted.error());
    return inserted->lastInsertId;
}

Result<qint64> DeliveryStore::beginSend(qint64 deliveryId, const QString &key, const QByteArray &payload,
                                        const QDateTime &now) const
{
    const Result<QList<Result<qint64>>> begun = beginSends({{deliveryId, key, payload}}, now);
    if (!begun)
        return Result<qint64>::failure(begun.error());
    return begun.value().constFirst();
}

Result<QList<Result<qint64>>> DeliveryStore::beginSends(const QList<SendStart> &sends, const QDateTime &now) const
{
    QList<Result<qint64>> begun;
    const Status done = m_database.transaction([&]() -> Status {
        for (const SendStart &send : sends) {
            Result<qint64> attemptId = Result<qint64>::failure({});
            (void)m_database.savepoint([&] {
                attemptId = beginSendInTransaction(send, now);
                return Status::from(attemptId);
            });
            begun.append(attemptId);
        }
        return {};
    }, "beginSend");
    if (!done)
        return Result<QList<Result<qint64>>>::failure(done.error());
    return begun;
}

Result<qint64> DeliveryStore::beginSendInTransaction(const SendStart &send, const QDateTime &now) const
{
    if (send.key.isEmpty())
        return Result<qint64>::failure(u"a delivery cannot be sent without a publication key"_s);
    // The key, the payload and the move to `sending` in one checked statement. The trigger
    // deliveries_key_is_permanent refuses a different key: a retry can never send under a new one.
    static const QString sql = u"UPDATE deliveries SET publication_key = ?, payload = COALESCE(payload, ?), "
                               u"first_sent_at = COALESCE(first_sent_at, ?), attempt_count = attempt_count + 1, "
                               u"state = 'sending', next_attempt_at = NULL, reason = ?, updated_at = ? "
                               u"WHERE id = ? AND state IN "_s
        + sourcesOf(DeliveryState::Sending, false);
    const QVariant at = SqlTime::toSql(now);
    const Result<Database::Written> keyed = m_database.write(
        sql, {send.key, send.payload.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(send.payload),
              at, QCoreApplication::translate("DeliveryStore", "sending"), at, send.deliveryId});
    if (!keyed)
        return Result<qint64>::failure(keyed.error());
    if (keyed->rowsAffected != 1)
        return Result<qint64>::failure(refusal(send.deliveryId, DeliveryState::Sending).error());
    return openAttempt(send.deliveryId, Attempt::Kind::Send, send.key, now);
}

Result<qint64> DeliveryStore::beginVerify(qint64 deliveryId, const QDateTime &now) const
{
    qint64 attemptId = 0;
    const Status done = m_database.transaction([&]() -> Status {
        // The user may have decided meanwhile: only a delivery still verifying is looked up.
        const Result<Delivery> delivery = byId(deliveryId);
        if (!delivery)
            return Status::failure(delivery.error());
        if (delivery.value().state != DeliveryState::Verifying)
            return Status::failure(QCoreApplication::translate("DeliveryStore", "Delivery %1 is no longer verifying.")
                                       .arg(deliveryId));
        const Result<qint64> opened = openAttempt(deliveryId, Attempt::Kind::Verify, delivery.value().publicationKey, now);
        attemptId = opened ? opened.value() : 0;
        return Status::from(opened);
    }, "beginVerify");
    if (!done)
        return Result<qint64>::failure(done.error());
    return attemptId;
}

Status DeliveryStore::finishAttempt(qint64 attemptId, const AttemptEnd &end, const QDateTime &now) const
{
    const Result<QList<Status>> finished = finishAttempts({{attemptId, end}}, now);
    if (!finished)
        return Status::failure(finished.error());
    return finished.value().constFirst();
}

Result<QList<Status>> DeliveryStore::finishAttempts(const QList<AttemptFinish> &finishes, const QDateTime &now) const
{
    QList<Status> finished;
    const Status done = m_database.transaction([&]() -> Status {
        for (const AttemptFinish &finish : finishes)
            finished.append(m_database.savepoint([&] { return finishAttemptInTransaction(finish, now); }));
        return {};
    }, "finishAttempt");
    if (!done)
        return Result<QList<Status>>::failure(done.error());
    return finished;
}

Status DeliveryStore::finishAttemptInTransaction(const AttemptFinish &finish, const QDateTime &now) const
{
    const AttemptEnd &end = finish.end;
    const Result<std::optional<QVariantList>> owner = m_database.firstRow(
        u"UPDATE attempts SET finished_at = ?, outcome = ?, http_status = ?, error = ?, remote_id = ? "
        u"WHERE id = ? RETURNING delivery_id"_s,
        {SqlTime::toSql(now), end.outcome, end.httpStatus == 0 ? QVariant(QMetaType::fromType<int>()) : end.httpStatus,
         end.error, end.remoteId, finish.attemptId});
    if (!owner)
        return Status::failure(owner.error());
    if (!owner.value())
        return Status::failure(u"no attempt %1"_s.arg(finish.attemptId));
    // A verification that cannot tell leaves the delivery verifying, with a new time to ask again.
    return moveTo(owner.value()->constFirst().toLongLong(), end.nextState, end, now, SameState::Allowed);
}

Status DeliveryStore::change(qint64 deliveryId, DeliveryState to, const QString &note, const QDateTime &now,
                             const QDateTime &nextAttemptAt) const
{
    return changeAll({{deliveryId, to, note, nextAttemptAt}}, now);
}

Status DeliveryStore::changeAll(const QList<StateChange> &changes, const QDateTime &now) const
{
    return m_database.transaction([&]() -> Status {
        for (const StateChange &change : changes) {
            if (const Status changed = changeWithNote(change, now); !changed)
                return changed;
        }
        return {};
    }, "changeAll");
}

Status DeliveryStore::changeWithNote(const StateChange &change, const QDateTime &now) const
{
    // While the engine waits for the platform, its answer decides: a decision now would race it.
    const Result<std::optional<QVariantList>> open = m_database.firstRow(
        u"SELECT COUNT(*) FROM attempts WHERE delivery_id = ? AND finished_at IS NULL"_s, {change.deliveryId});
    if (!open)
        return Status::failure(open.error());
    if (open.value()->constFirst().toInt() > 0)
        return Status::failure(QCoreApplication::translate(
            "DeliveryStore", "Delivery %1 is being sent or checked right now; try again in a moment.").arg(change.deliveryId));
    AttemptEnd end;
    end.nextState = change.to;
    end.reason = change.note;
    end.nextAttemptAt = change.nextAttemptAt;
    if (const Status moved = moveTo(change.deliveryId, change.to, end, now); !moved)
        return moved;
    const auto noted = m_database.write(
        u"INSERT INTO attempts (delivery_id, kind, started_at, finished_at, outcome, error) "
        u"VALUES (?, 'note', ?, ?, ?, ?)"_s,
        {change.deliveryId, SqlTime::toSql(now), SqlTime::toSql(now), DeliveryStates::name(change.to), change.note});
    return Status::from(noted);
}

Result<int> DeliveryStore::recoverInterrupted(const QDateTime &now, const QDateTime &verifyAt) const
{
    int recovered = 0;
    const Status done = m_database.transaction([&]() -> Status {
        const auto closed = m_database.write(
            u"UPDATE attempts SET finished_at = ?, outcome = 'interrupted', "
            u"error = 'the publisher stopped before the outcome was known' WHERE finished_at IS NULL"_s,
            {SqlTime::toSql(now)});
        if (!closed)
            return Status::failure(closed.error());
        const auto moved = m_database.write(
            u"UPDATE deliveries SET state = 'verifying', next_attempt_at = ?, updated_at = ?, "
            u"reason = 'the publisher stopped while sending; checking whether the post went out' "
            u"WHERE state = 'sending'"_s,
            {SqlTime::toSql(verifyAt), SqlTime::toSql(now)});
        if (!moved)
            return Status::failure(moved.error());
        recovered = moved->rowsAffected;
        return {};
    }, "recoverInterrupted");
    if (!done)
        return Result<int>::failure(done.error());
    return recovered;
}
