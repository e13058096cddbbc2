#pragma once

#include "util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

// One SQLite connection, owned by one thread (QtSql connections must not cross threads).
// Opening checks the file, applies the pragmas and migrates the schema forward; a file it cannot
// use safely (corrupt, newer schema, read-only, locked) is refused with a message naming it, and
// left exactly as it was.
class Database final
{
public:
    static Result<std::unique_ptr<Database>> open(const QString &path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;
    // A random identity made with the file: secrets are filed under it.
    QString databaseId() const;

    // What a write changed.
    struct Written
    {
        qint64 lastInsertId = 0;
        int rowsAffected = 0;
    };

    // Runs `sql` with bound `params`. The error names the statement's purpose through the SQL error text.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &params = {}) const;
    // Like exec() for a statement run for its effect. The statement is compiled once per connection
    // and kept: an UPDATE of a table with triggers costs more to compile than to run.
    Result<Written> write(const QString &sql, const QVariantList &params = {}) const;
    // The rows of a query, read and released at once; kept like write(). For the small reads the
    // engine repeats for every delivery.
    Result<QList<QVariantList>> rows(const QString &sql, const QVariantList &params = {}) const;
    // The first row (nullopt when there is none).
    Result<std::optional<QVariantList>> firstRow(const QString &sql, const QVariantList &params = {}) const;
    // Differs from one call to the next when anything may have changed in between: a commit on another
    // connection (another thread or process) or a row written on this one. A reader that polls asks it
    // before reading everything again.
    Result<QVariantList> changeStamp() const;
    // BEGIN IMMEDIATE ... COMMIT around `body`; ROLLBACK when it fails. Every multi-statement write goes here.
    // Inside another transaction it is a savepoint of that one, which commits it with the rest.
    // `name` says which one it is to the crash tests' seam (CommitPause).
    // With Parts::AllOrNothing the savepoints inside run their part bare (two statements fewer each), and
    // a part that fails fails the whole transaction: for batches whose parts nearly always succeed.
    enum class Parts { Undoable, AllOrNothing };
    Status transaction(const std::function<Status()> &body, const char *name = "write",
                       Parts parts = Parts::Undoable) const;
    // Inside a transaction: `body` is undone alone when it fails, and the rest of the transaction stays.
    Status savepoint(const std::function<Status()> &body) const;

private:
    Database(QString path, QString connectionName);
    Status configure();
    QSqlQuery *kept(const QString &sql, QString *error) const;
    Result<QSqlQuery *> runKept(const QString &sql, const QVariantList &params) const;
    Result<QList<QVariantList>> readKept(const QString &sql, const QVariantList &params, qsizetype maxRows) const;
    QString failure(const QString &error) const;

    QString m_path;
    QString m_connectionName;
    // Prepared statements by their SQL; one thread uses a connection, so one instance of each suffices.
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_kept;
    mutable bool m_inTransaction = false;
    mutable Parts m_parts = Parts::Undoable;
    mutable std::optional<QString> m_failedPart; // an all-or-nothing transaction's first failing part
};
