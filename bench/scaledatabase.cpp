#include "scaledatabase.h"

#include "model/account.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqltime.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// Bump when the generated content changes, so that a cached file of the old shape is not reused.
constexpr int generatorVersion = 1;
constexpr qint64 yearSeconds = 365 * 24 * 3600;

// One post per step over five years; its single delivery goes to account (id % 50) + 1.
const QString insertPosts = uR"(
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)
    INSERT INTO posts (id, text, scheduled_at, created_at, updated_at)
    SELECT i, 'Post ' || i || ': a scheduled update about the product, with a link https://example.org/' || i,
           strftime('%Y-%m-%dT%H:%M:%fZ', :first + (i - 1) * :step, 'unixepoch'), :created, :created
    FROM n)"_s;

// The past is published (a few failed or needing attention), the future scheduled.
const QString insertDeliveries = uR"(
    INSERT INTO deliveries (id, post_id, account_id, state, next_attempt_at, publication_key, first_sent_at,
                            attempt_count, remote_id, reason, updated_at)
    SELECT p.id, p.id, (p.id % :accounts) + 1,
           CASE WHEN p.scheduled_at >= :anchor THEN 'scheduled'
                WHEN p.id % 4999 = 0 THEN 'needs_attention'
                WHEN p.id % 997 = 0 THEN 'failed'
                ELSE 'published' END,
           CASE WHEN p.scheduled_at >= :anchor THEN p.scheduled_at END,
           CASE WHEN p.scheduled_at < :anchor THEN 'key-' || p.id END,
           CASE WHEN p.scheduled_at < :anchor THEN p.scheduled_at END,
           CASE WHEN p.scheduled_at < :anchor THEN 1 ELSE 0 END,
           CASE WHEN p.scheduled_at < :anchor THEN '1' || p.id END,
           '', :created
    FROM posts p)"_s;

// A constant amount of due work at the anchor, so that the due query is compared at equal work.
const QString makeDueWork = uR"(
    UPDATE deliveries SET state = 'retrying', next_attempt_at = :due
    WHERE id IN (SELECT id FROM deliveries WHERE state = 'published' ORDER BY id DESC LIMIT :dueWork))"_s;

// Every delivery that was sent has its send attempt in the log.
const QString insertAttempts = uR"(
    INSERT INTO attempts (delivery_id, kind, publication_key, started_at, finished_at, outcome, http_status)
    SELECT id, 'send', publication_key, first_sent_at, first_sent_at,
           CASE state WHEN 'published' THEN 'published' WHEN 'failed' THEN 'rejected'
                      WHEN 'retrying' THEN 'not_executed' ELSE 'unknown' END,
           CASE state WHEN 'published' THEN 200 WHEN 'failed' THEN 422 WHEN 'retrying' THEN 503 END
    FROM deliveries WHERE first_sent_at IS NOT NULL)"_s;

Status run(const Database &database, const QString &sql, const QVariantMap &values)
{
    QSqlQuery query(database.connection());
    if (!query.prepare(sql))
        return Status::failure(query.lastError().text());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(u':' + it.key(), it.value());
    return query.exec() ? Status() : Status::failure(query.lastError().text());
}

Status addAccounts(const Database &database)
{
    const AccountStore store(database);
    for (int i = 1; i <= ScaleDatabase::accounts; ++i) {
        const Account account{0, u"account-%1"_s.arg(i, 2, 10, QChar(u'0')), u"mastodon"_s,
                              QUrl(u"https://social%1.example"_s.arg(i)), {{u"max_characters"_s, 500}}};
        if (const Result<qint64> added = store.add(account); !added)
            return Status::failure(added.error());
    }
    return {};
}

Status generate(const QString &path, int posts)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        return Status::failure(opened.error());
    const Database &database = *opened.value();
    if (const Status added = addAccounts(database); !added)
        return added;
    if (posts == 0)
        return {}; // the empty database: accounts only
    const QDateTime anchor = ScaleDatabase::anchor();
    const qint64 first = anchor.toSecsSinceEpoch() - 4 * yearSeconds;
    const QVariantMap values{
        {u"count"_s, posts},
        {u"first"_s, first},
        {u"step"_s, double(5 * yearSeconds) / posts},
        {u"created"_s, SqlTime::toSql(anchor.addYears(-5))},
        {u"accounts"_s, ScaleDatabase::accounts},
        {u"anchor"_s, SqlTime::toSql(anchor)},
        {u"due"_s, SqlTime::toSql(anchor.addSecs(-60))},
        {u"dueWork"_s, ScaleDatabase::dueWork},
    };
    return database.transaction([&]() -> Status {
        for (const QString &sql : {insertPosts, insertDeliveries, makeDueWork, insertAttempts}) {
            QVariantMap used;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (sql.contains(u':' + it.key()))
                    used.insert(it.key(), it.value());
            }
            if (const Status done = run(database, sql, used); !done)
                return done;
        }
        return {};
    });
}
} // namespace

namespace ScaleDatabase {

QDateTime anchor()
{
    return QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
}

QString ensure(const QString &dir, int posts)
{
    QDir().mkpath(dir);
    // Named by schema too: a file cached by an older build is generated again, not migrated.
    const QString path = QDir(dir).filePath(
        u"posts-%1-v%2-schema%3.sqlite"_s.arg(posts).arg(generatorVersion).arg(Schema::currentVersion()));
    if (QFile::exists(path))
        return path;
    const QString partial = path + u".partial"_s;
    for (const QString &leftover : QStringList{partial, partial + u"-wal"_s, partial + u"-shm"_s})
        QFile::remove(leftover);
    QElapsedTimer timer;
    timer.start();
    if (const Status generated = generate(partial, posts); !generated)
        qFatal("bench: cannot generate %s: %s", qPrintable(path), qPrintable(generated.error()));
    // Closed above, so the WAL is checkpointed into the file: the rename moves the whole database.
    if (!QFile::rename(partial, path))
        qFatal("bench: cannot move %s into place", qPrintable(partial));
    QTextStream(stdout) << "bench: generated " << path << " in " << timer.elapsed() << " ms" << Qt::endl;
    return path;
}

} // namespace ScaleDatabase
