#include "deliveryqueries.h"

#include "model/deliverystate.h"
#include "sqltime.h"

using namespace Qt::StringLiterals;

// SQLite uses a partial index only when the query repeats the index's WHERE term exactly: these
// state lists are spelled here once, and the partial indexes (schema.cpp) spell them the same way.
namespace DeliveryQueries {

const QString &actionableStates()
{
    static const QString states = u"('scheduled', 'retrying', 'verifying')"_s;
    return states;
}

const QString &unsettledStates()
{
    static const QString states = u"('sending', 'retrying', 'verifying')"_s;
    return states;
}

const QString &historyStates()
{
    static const QString states = u"('published', 'failed', 'cancelled')"_s;
    return states;
}

namespace {
// A Delivery's columns, from `deliveries d` joined with its post and account; `index` may name the
// index that must answer for `deliveries`.
QString selectDeliveriesUsing(const QString &index)
{
    return uR"(
    SELECT d.id, d.post_id, d.account_id, a.name, a.platform, d.state, p.text, d.scheduled_at, d.next_attempt_at,
           d.publication_key, d.payload, d.first_sent_at, d.attempt_count, d.remote_id, d.remote_url, d.reason
    FROM deliveries d )"_s
        + (index.isEmpty() ? QString() : u"INDEXED BY "_s + index)
        + u" JOIN posts p ON p.id = d.post_id JOIN accounts a ON a.id = d.account_id "_s;
}
} // namespace

const QString &selectDeliveries()
{
    static const QString sql = selectDeliveriesUsing({});
    return sql;
}

const QString &due()
{
    // In the order the deliveries fell due, which the partial index already holds: no sort, and the
    // scan stops at the limit. An account whose earlier post is still unsettled (being sent, retried
    // or verified) is left out here, so that its waiting deliveries never take up the limit; the
    // deliveries of the JSON array in the second parameter count as settled (their outcome is being
    // written in the same transaction as what this query lets start).
    static const QString sql = selectDeliveriesUsing(u"deliveries_due"_s) + u"WHERE d.state IN "_s + actionableStates()
        + u" AND d.next_attempt_at <= ? AND NOT EXISTS (SELECT 1 FROM deliveries u INDEXED BY deliveries_unsettled "
          u"WHERE u.state IN "_s
        + unsettledStates()
        + u" AND u.account_id = d.account_id AND u.scheduled_at < d.scheduled_at "
          u"AND u.id NOT IN (SELECT value FROM json_each(?))) "
          u"ORDER BY d.next_attempt_at, d.id LIMIT ?"_s;
    return sql;
}

const QString &nextDueTime()
{
    static const QString sql = u"SELECT MIN(next_attempt_at) FROM deliveries INDEXED BY deliveries_due WHERE state IN "_s
        + actionableStates();
    return sql;
}

const QString &pendingWork()
{
    // Two indexed counts rather than one OR, which SQLite would answer with a full scan.
    static const QString sql = u"SELECT (SELECT COUNT(*) FROM deliveries INDEXED BY deliveries_unsettled WHERE state IN "_s
        + unsettledStates()
        + u") + (SELECT COUNT(*) FROM deliveries INDEXED BY deliveries_due WHERE state IN "_s + actionableStates()
        + u" AND next_attempt_at <= ? AND state = 'scheduled')"_s;
    return sql;
}

const QString &countInState()
{
    static const QString sql = u"SELECT COUNT(*) FROM deliveries INDEXED BY deliveries_state_by_time WHERE state = ?"_s;
    return sql;
}

const QString &selectSummaries()
{
    static const QString sql = u"SELECT d.id, d.post_id, d.account_id, "_s + stateCode(u"d.state"_s) + u", "_s
        + SqlTime::epochMs(u"d.scheduled_at"_s) + u" FROM "_s;
    return sql;
}

const QString &postsInRange()
{
    static const QString sql =
        u"SELECT COUNT(DISTINCT post_id) FROM deliveries WHERE scheduled_at >= ? AND scheduled_at < ?"_s;
    return sql;
}

// The posts in the order of their first deliveries (both are numbered as they are made), from the
// posts' time index as far as the page; a post's deliveries share its time. A post left without
// deliveries (its accounts removed) shows nowhere.
const QString &firstPostsInRange()
{
    static const QString sql = selectSummaries()
        + u"deliveries d WHERE d.post_id IN (SELECT p.id FROM posts p"
          " WHERE p.scheduled_at >= ? AND p.scheduled_at < ? AND EXISTS (SELECT 1 FROM deliveries a WHERE a.post_id = p.id)"
          " ORDER BY p.scheduled_at, p.id LIMIT ?) ORDER BY d.scheduled_at, d.id"_s;
    return sql;
}

// A post has one delivery per account (UNIQUE (post_id, account_id)): an account's first deliveries
// are its first posts, in the order of its own time index.
const QString &accountPostsInRange()
{
    static const QString sql =
        u"SELECT COUNT(*) FROM deliveries WHERE account_id = ? AND scheduled_at >= ? AND scheduled_at < ?"_s;
    return sql;
}

const QString &accountFirstPostsInRange()
{
    static const QString sql = selectSummaries()
        + u"deliveries d WHERE d.account_id = ? AND d.scheduled_at >= ? AND d.scheduled_at < ?"
          " ORDER BY d.scheduled_at, d.id LIMIT ?"_s;
    return sql;
}

QString stateCode(const QString &column)
{
    QString sql = u"CASE "_s + column;
    for (const QString &name : DeliveryStates::allNames())
        sql += u" WHEN '%1' THEN %2"_s.arg(name).arg(int(DeliveryStates::fromName(name).value_or(DeliveryState::NeedsAttention)));
    return sql + u" END"_s;
}

} // namespace DeliveryQueries
