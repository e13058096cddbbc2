#include "schema.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
// Each entry moves the schema one version forward. Never edit a released entry: append a new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            uR"(CREATE TABLE accounts (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                platform TEXT NOT NULL,
                endpoint TEXT NOT NULL,
                settings TEXT NOT NULL DEFAULT '{}',
                paused_until TEXT,
                created_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE posts (
                id INTEGER PRIMARY KEY,
                text TEXT NOT NULL,
                scheduled_at TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"_s,
            uR"(CREATE INDEX posts_scheduled_at ON posts(scheduled_at))"_s,
            uR"(CREATE TABLE media (
                id INTEGER PRIMARY KEY,
                post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                path TEXT NOT NULL,
                alt_text TEXT NOT NULL DEFAULT '',
                UNIQUE (post_id, position)))"_s,
            uR"(CREATE TABLE deliveries (
                id INTEGER PRIMARY KEY,
                post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
                account_id INTEGER NOT NULL REFERENCES accounts(id),
                state TEXT NOT NULL CHECK (state IN ('draft', 'scheduled', 'sending', 'verifying', 'retrying',
                                                     'published', 'failed', 'needs_attention', 'cancelled')),
                next_attempt_at TEXT,
                publication_key TEXT,
                payload BLOB,
                first_sent_at TEXT,
                attempt_count INTEGER NOT NULL DEFAULT 0,
                remote_id TEXT,
                remote_url TEXT,
                reason TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL,
                UNIQUE (post_id, account_id)))"_s,
            // The engine's one hot query: what is due next. A partial index keeps it flat as history grows.
            uR"(CREATE INDEX deliveries_due ON deliveries(next_attempt_at)
                WHERE state IN ('scheduled', 'retrying', 'verifying'))"_s,
            uR"(CREATE INDEX deliveries_account ON deliveries(account_id, state))"_s,
            uR"(CREATE UNIQUE INDEX deliveries_key ON deliveries(publication_key)
                WHERE publication_key IS NOT NULL)"_s,
            // A publication key, once committed, is the delivery's identity on the platform: never replaced.
            uR"(CREATE TRIGGER deliveries_key_is_permanent BEFORE UPDATE OF publication_key ON deliveries
                WHEN OLD.publication_key IS NOT NULL AND NEW.publication_key IS NOT OLD.publication_key
                BEGIN SELECT RAISE(ABORT, 'a committed publication key cannot change'); END)"_s,
            uR"(CREATE TABLE attempts (
                id INTEGER PRIMARY KEY,
                delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('send', 'verify', 'note')),
                publication_key TEXT,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                outcome TEXT,
                http_status INTEGER,
                error TEXT,
                remote_id TEXT))"_s,
            uR"(CREATE INDEX attempts_delivery ON attempts(delivery_id))"_s,
            // The audit log is append-only: a row is completed once, then never changed or removed.
            uR"(CREATE TRIGGER attempts_append_only BEFORE UPDATE ON attempts WHEN OLD.finished_at IS NOT NULL
                BEGIN SELECT RAISE(ABORT, 'attempts are append-only'); END)"_s,
            uR"(CREATE TRIGGER attempts_never_deleted BEFORE DELETE ON attempts
                BEGIN SELECT RAISE(ABORT, 'attempts are append-only'); END)"_s,
            // Names this database in the keychain, so that two databases never share an account's secret.
            uR"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))"_s,
            uR"(INSERT INTO meta (key, value) VALUES ('database_id', lower(hex(randomblob(16)))))"_s,
            uR"(CREATE TABLE publisher_lease (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                holder TEXT NOT NULL,
                host TEXT NOT NULL,
                pid INTEGER NOT NULL,
                expires_at TEXT NOT NULL))"_s,
        },
        {
            // Why the platform last refused the account's credentials (NULL: it has not), for the
            // sidebar's "token expired" until a send succeeds again.
            uR"(ALTER TABLE accounts ADD COLUMN sign_in_problem TEXT)"_s,
        },
        {
            // The queue and the calendar list deliveries in time order, filtered by account or state. With
            // the post's time copied onto each delivery, every such list is read in order from an index
            // and stops at its page, however long the history (issue #6). Triggers keep the copy exact.
            uR"(ALTER TABLE deliveries ADD COLUMN scheduled_at TEXT)"_s,
            uR"(UPDATE deliveries SET scheduled_at = (SELECT scheduled_at FROM posts WHERE posts.id = deliveries.post_id))"_s,
            uR"(CREATE TRIGGER deliveries_take_post_time AFTER INSERT ON deliveries
                BEGIN UPDATE deliveries SET scheduled_at = (SELECT scheduled_at FROM posts WHERE id = NEW.post_id)
                      WHERE id = NEW.id; END)"_s,
            uR"(CREATE TRIGGER posts_time_to_deliveries AFTER UPDATE OF scheduled_at ON posts
                BEGIN UPDATE deliveries SET scheduled_at = NEW.scheduled_at WHERE post_id = NEW.id; END)"_s,
            uR"(CREATE INDEX deliveries_by_time ON deliveries(scheduled_at))"_s,
            uR"(CREATE INDEX deliveries_account_by_time ON deliveries(account_id, scheduled_at))"_s,
            uR"(CREATE INDEX deliveries_state_by_time ON deliveries(state, scheduled_at))"_s,
            // The publisher's check that an account's earlier post is settled, on every pass. Its WHERE
            // term is DeliveryQueries::unsettledStates(), spelled the same way.
            uR"(CREATE INDEX deliveries_unsettled ON deliveries(account_id, scheduled_at)
                WHERE state IN ('sending', 'retrying', 'verifying'))"_s,
        },
        {
            // The history (final deliveries, newest first) grows without end: its own index reads its
            // first page from the newest end. The term is DeliveryQueries::historyStates(), spelled the same way.
            uR"(CREATE INDEX deliveries_history ON deliveries(scheduled_at)
                WHERE state IN ('published', 'failed', 'cancelled'))"_s,
        },
        {
            // A calendar month at scale holds tens of thousands of deliveries: the time index also
            // holds what a chip needs (post, account, state), so the month is read from the index alone.
            uR"(DROP INDEX deliveries_by_time)"_s,
            uR"(CREATE INDEX deliveries_by_time ON deliveries(scheduled_at, id, post_id, account_id, state))"_s,
        },
        {
            // Every state change rewrote this index too, and since step 3 no query reads it: lists by
            // account use deliveries_account_by_time (which also serves the accounts' foreign key), and
            // counts by state use deliveries_state_by_time.
            uR"(DROP INDEX deliveries_account)"_s,
        },
        {
            // The queue can be sorted by any column, and at a million rows its first and last pages must
            // come from an index in that order, not from sorting every row (a second each). Time, state
            // and account have theirs; this is the text's, which costs about as much disk as the text
            // itself and is written only when a post is. The attempts get none: every send changes the
            // count, and the publisher's cost per delivery is what issue #6 guards first (an index on it
            // cost the burst 3%); sorted by attempts, a page of a million rows takes a sort (~0.5 s).
            uR"(CREATE INDEX posts_by_text ON posts(text))"_s,
        },
    };
    return steps;
}
} // namespace

namespace Schema {

int currentVersion()
{
    return int(migrations().size());
}

Status migrate(const Database &database, int fromVersion)
{
    for (int version = fromVersion; version < currentVersion(); ++version) {
        const Status step = database.transaction([&]() -> Status {
            for (const QString &statement : migrations().at(version)) {
                if (const Result<QSqlQuery> done = database.exec(statement); !done)
                    return Status::failure(done.error());
            }
            return Status::from(database.exec(u"PRAGMA user_version = %1"_s.arg(version + 1)));
        });
        if (!step) {
            return Status::failure(QCoreApplication::translate("Database", "Cannot update the database %1 to schema %2: %3")
                                       .arg(database.path())
                                       .arg(version + 1)
                                       .arg(step.error()));
        }
    }
    return {};
}

} // namespace Schema
