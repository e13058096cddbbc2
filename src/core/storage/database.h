#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

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

    // Runs `sql` with bound `params`. The error names the statement's purpose through the SQL error text.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &params = {}) const;
    // BEGIN IMMEDIATE ... COMMIT around `body`; ROLLBACK when it fails. Every multi-statement write goes here.
    // `name` says which one it is to the crash tests' seam (CommitPause).
    Status transaction(const std::function<Status()> &body, const char *name = "write") const;
    // Inside a transaction: `body` is undone alone when it fails, and the rest of the transaction stays.
    Status savepoint(const std::function<Status()> &body) const;

private:
    Database(QString path, QString connectionName);
    Status configure();

    QString m_path;
    QString m_connectionName;
};
