#include "database.h"

#include "commitpause.h"
#include "schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStorageInfo>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"postscheduler-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Gives Text::tr() the context "Database", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr qint64 nearlyFullBytes = 1024 * 1024;

// SQLite says "disk is full" when a write finds no room, but only "disk I/O error" when its shared-memory
// index cannot grow, as when a database is opened on a full disk: with almost no room left, that is a full disk.
bool diskIsFull(const QString &path, const QString &error)
{
    if (error.contains(u"disk is full"_s))
        return true;
    if (!error.contains(u"disk I/O error"_s))
        return false;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < nearlyFullBytes;
}

// A problem of the machine rather than of the file, and what to do about it; nullopt for any other error.
std::optional<QString> environmentProblem(const QString &path, const QString &error)
{
    if (error.contains(u"locked"_s) || error.contains(u"busy"_s))
        return Text::tr("The database %1 is locked by another program: %2. Close it and try again.").arg(path, error);
    if (diskIsFull(path, error)) // the write was not made; what was committed before is intact
        return Text::tr("The disk that holds the database %1 is full (%2). Free some space and try again.").arg(path, error);
    return std::nullopt;
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_kept.clear(); // a connection with live statements cannot close
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QFileInfo info(path);
    const bool isNew = !info.exists();
    if (info.exists() && !info.isWritable()) {
        return Result<std::unique_ptr<Database>>::failure(
            Text::tr("The database %1 is read-only. Make it writable, or choose another file with --database.").arg(path));
    }
    if (isNew) {
        // Create it private to its owner before SQLite opens it, like the secrets beside it.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Result<std::unique_ptr<Database>>::failure(
                Text::tr("Cannot create the database %1: %2").arg(path, file.errorString()));
    }
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
    connection.setDatabaseName(path);
    connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!connection.open()) {
        return Result<std::unique_ptr<Database>>::failure(
            Text::tr("Cannot open the database %1: %2").arg(path, connection.lastError().text()));
    }
    if (const Status configured = database->configure(); !configured)
        return Result<std::unique_ptr<Database>>::failure(configured.error());
    return database;
}

Status Database::configure()
{
    // Read before writing anything, so that a file we must refuse is left untouched.
    QSqlQuery version(connection());
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
        const QString error = version.lastError().text();
        if (const std::optional<QString> problem = environmentProblem(m_path, error))
            return Status::failure(*problem); // locked or full, not damaged: never suggest restoring a backup
        return Status::failure(Text::tr("The database %1 cannot be read (%2). It may be damaged or not a postscheduler "
                                  "database; restore a backup or choose another file with --database.")
                                   .arg(m_path, error));
    }
    const int fileVersion = version.value(0).toInt();
    version.finish(); // an open statement would keep a transaction open and block the pragmas
    if (fileVersion > Schema::currentVersion()) {
        return Status::failure(Text::tr("The database %1 was written by a newer postscheduler (schema %2; this one knows "
                                  "up to %3). Update postscheduler; the file was not changed.")
                                   .arg(m_path)
                                   .arg(fileVersion)
                                   .arg(Schema::currentVersion()));
    }
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA synchronous = FULL"_s}) {
        if (const Result<QSqlQuery> applied = exec(pragma); !applied)
            return Status::failure(Text::tr("Cannot use the database %1: %2").arg(m_path, applied.error()));
    }
    return Schema::migrate(*this, fileVersion);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::databaseId() const
{
    const Result<std::optional<QVariantList>> row = firstRow(u"SELECT value FROM meta WHERE key = 'database_id'"_s);
    return row && row.value() ? row.value()->constFirst().toString() : QString();
}

namespace {
// QtSql binds a null QString as NULL; an empty text is meant. Deliberate NULLs are null QVariants.
QVariant bindable(const QVariant &param)
{
    const bool nullText = !param.isNull() && param.typeId() == QMetaType::QString && param.toString().isNull();
    return nullText ? QVariant(u""_s) : param;
}
} // namespace

QString Database::failure(const QString &error) const
{
    return environmentProblem(m_path, error).value_or(error);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &params) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true); // every caller reads its rows once, in order: QtSql need not keep them all
    bool done = false;
    if (params.isEmpty()) {
        done = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant &param : params)
            query.addBindValue(bindable(param));
        done = query.exec();
    }
    if (!done)
        return Result<QSqlQuery>::failure(failure(query.lastError().text()));
    return query;
}

QSqlQuery *Database::kept(const QString &sql, QString *error) const
{
    if (const auto found = m_kept.constFind(sql); found != m_kept.constEnd())
        return found->get();
    auto query = std::make_shared<QSqlQuery>(connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = failure(query->lastError().text());
        return nullptr;
    }
    m_kept.insert(sql, query);
    return query.get();
}

// The kept statement for `sql`, run with `params`; on failure it is already reset.
Result<QSqlQuery *> Database::runKept(const QString &sql, const QVariantList &params) const
{
    QString error;
    QSqlQuery *query = kept(sql, &error);
    if (!query)
        return Result<QSqlQuery *>::failure(error);
    for (qsizetype i = 0; i < params.size(); ++i)
        query->bindValue(int(i), bindable(params.at(i)));
    if (!query->exec()) {
        error = failure(query->lastError().text());
        query->finish();
        return Result<QSqlQuery *>::failure(error);
    }
    return query;
}

Result<Database::Written> Database::write(const QString &sql, const QVariantList &params) const
{
    const Result<QSqlQuery *> ran = runKept(sql, params);
    if (!ran)
        return Result<Written>::failure(ran.error());
    QSqlQuery *query = ran.value();
    const Written written{query->lastInsertId().toLongLong(), query->numRowsAffected()};
    query->finish();
    return written;
}

Result<QList<QVariantList>> Database::readKept(const QString &sql, const QVariantList &params, qsizetype maxRows) const
{
    using Rows = QList<QVariantList>;
    const Result<QSqlQuery *> ran = runKept(sql, params);
    if (!ran)
        return Result<Rows>::failure(ran.error());
    QSqlQuery *query = ran.value();
    Rows rows;
    const int columns = query->record().count(); // record() asks SQLite for every column's metadata
    while (rows.size() < maxRows && query->next()) {
        QVariantList &row = rows.emplace_back();
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(query->value(column));
    }
    query->finish(); // a statement left open would hold its read snapshot
    return rows;
}

Result<QList<QVariantList>> Database::rows(const QString &sql, const QVariantList &params) const
{
    return readKept(sql, params, std::numeric_limits<qsizetype>::max());
}

Result<std::optional<QVariantList>> Database::firstRow(const QString &sql, const QVariantList &params) const
{
    using Row = std::optional<QVariantList>;
    const Result<QList<QVariantList>> rows = readKept(sql, params, 1);
    if (!rows)
        return Result<Row>::failure(rows.error());
    return rows.value().isEmpty() ? Row() : Row(rows.value().constFirst());
}

Result<QVariantList> Database::changeStamp() const
{
    const Result<std::optional<QVariantList>> row =
        firstRow(u"SELECT data_version, total_changes() FROM pragma_data_version"_s);
    if (!row)
        return Result<QVariantList>::failure(row.error());
    return *row.value(); // a pragma's table always has its one row
}

Status Database::transaction(const std::function<Status()> &body, const char *name, Parts parts) const
{
    if (m_inTransaction)
        return savepoint(body);
    if (const Result<Written> begun = write(u"BEGIN IMMEDIATE"_s); !begun)
        return Status::failure(Text::tr("Cannot write to the database %1: %2").arg(m_path, begun.error()));
    m_inTransaction = true;
    m_parts = parts;
    m_failedPart.reset();
    Status result = body();
    m_inTransaction = false;
    m_parts = Parts::Undoable;
    if (result && m_failedPart)
        result = Status::failure(*std::exchange(m_failedPart, std::nullopt));
    if (!result) {
        (void)write(u"ROLLBACK"_s);
        return result;
    }
    CommitPause::beforeCommit(name);
    if (const Result<Written> committed = write(u"COMMIT"_s); !committed) {
        (void)write(u"ROLLBACK"_s);
        return Status::failure(Text::tr("Cannot write to the database %1: %2").arg(m_path, committed.error()));
    }
    return {};
}

Status Database::savepoint(const std::function<Status()> &body) const
{
    if (m_parts == Parts::AllOrNothing) {
        const Status result = body();
        if (!result && !m_failedPart)
            m_failedPart = result.error();
        return result;
    }
    if (const Result<Written> set = write(u"SAVEPOINT part"_s); !set)
        return Status::failure(set.error());
    const Status result = body();
    if (!result)
        (void)write(u"ROLLBACK TO part"_s);
    (void)write(u"RELEASE part"_s);
    return result;
}
