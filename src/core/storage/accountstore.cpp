#include "accountstore.h"

#include "database.h"
#include "sqltime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<qint64> AccountStore::add(const Account &account) const
{
    const Result<Database::Written> inserted = m_database.write(
        u"INSERT INTO accounts (name, platform, endpoint, settings, created_at) VALUES (?, ?, ?, ?, ?)"_s,
        {account.name, account.platform, account.endpoint.toString(),
         QString::fromUtf8(QJsonDocument(account.settings).toJson(QJsonDocument::Compact)),
         SqlTime::toSql(QDateTime::currentDateTimeUtc())});
    if (!inserted) {
        if (inserted.error().contains(u"UNIQUE"_s))
            return Result<qint64>::failure(
                QCoreApplication::translate("AccountStore", "An account named \"%1\" already exists.").arg(account.name));
        return Result<qint64>::failure(inserted.error());
    }
    return inserted->lastInsertId;
}

Result<QList<Account>> AccountStore::select(const QString &where, const QVariantList &params) const
{
    Result<QSqlQuery> query =
        m_database.exec(u"SELECT id, name, platform, endpoint, settings FROM accounts "_s + where + u" ORDER BY name"_s,
                        params);
    if (!query)
        return Result<QList<Account>>::failure(query.error());
    QList<Account> accounts;
    while (query.value().next()) {
        Account account;
        account.id = query.value().value(0).toLongLong();
        account.name = query.value().value(1).toString();
        account.platform = query.value().value(2).toString();
        account.endpoint = QUrl(query.value().value(3).toString());
        account.settings = QJsonDocument::fromJson(query.value().value(4).toString().toUtf8()).object();
        accounts.append(account);
    }
    return accounts;
}

Result<QList<Account>> AccountStore::all() const
{
    return select({}, {});
}

Result<std::optional<Account>> AccountStore::byName(const QString &name) const
{
    const Result<QList<Account>> found = select(u"WHERE name = ?"_s, {name});
    if (!found)
        return Result<std::optional<Account>>::failure(found.error());
    return found.value().isEmpty() ? std::nullopt : std::optional<Account>(found.value().constFirst());
}

Result<std::optional<Account>> AccountStore::byId(qint64 id) const
{
    const Result<QList<Account>> found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return Result<std::optional<Account>>::failure(found.error());
    return found.value().isEmpty() ? std::nullopt : std::optional<Account>(found.value().constFirst());
}

Status AccountStore::remove(qint64 id) const
{
    return Status::from(m_database.write(u"DELETE FROM accounts WHERE id = ?"_s, {id}));
}

Status AccountStore::setSettings(qint64 id, const QJsonObject &settings) const
{
    return Status::from(m_database.write(u"UPDATE accounts SET settings = ? WHERE id = ?"_s,
                                        {QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)), id}));
}

Status AccountStore::setPausedUntil(qint64 id, const QDateTime &until) const
{
    return Status::from(
        m_database.write(u"UPDATE accounts SET paused_until = ? WHERE id = ?"_s, {SqlTime::toSql(until), id}));
}

Status AccountStore::setSignInProblem(qint64 id, const QString &problem) const
{
    const QVariant value = problem.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(problem);
    return Status::from(m_database.write(u"UPDATE accounts SET sign_in_problem = ? WHERE id = ?"_s, {value, id}));
}

Result<QHash<qint64, AccountHealth>> AccountStore::health() const
{
    Result<QSqlQuery> query = m_database.exec(u"SELECT id, paused_until, sign_in_problem FROM accounts"_s);
    if (!query)
        return Result<QHash<qint64, AccountHealth>>::failure(query.error());
    QHash<qint64, AccountHealth> health;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        health.insert(row.value(0).toLongLong(), {SqlTime::fromSql(row.value(1)), row.value(2).toString()});
    }
    return health;
}

Result<QDateTime> AccountStore::pausedUntil(qint64 id) const
{
    const Result<std::optional<QVariantList>> row = m_database.firstRow(u"SELECT paused_until FROM accounts WHERE id = ?"_s, {id});
    if (!row)
        return Result<QDateTime>::failure(row.error());
    return row.value() ? SqlTime::fromSql(row.value()->constFirst()) : QDateTime();
}
