#pragma once

#include "model/account.h"
#include "model/accounthealth.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class Database;

class AccountStore final
{
public:
    explicit AccountStore(const Database &database) : m_database(database) {}

    Result<qint64> add(const Account &account) const;
    Result<QList<Account>> all() const;
    Result<std::optional<Account>> byName(const QString &name) const;
    Result<std::optional<Account>> byId(qint64 id) const;
    Status remove(qint64 id) const;
    Status setSettings(qint64 id, const QJsonObject &settings) const;
    // A rate-limited account is paused, not the app; the pause survives a restart.
    Status setPausedUntil(qint64 id, const QDateTime &until) const;
    Result<QDateTime> pausedUntil(qint64 id) const;
    // The platform refused the account's credentials (the user must reconnect); empty clears it.
    Status setSignInProblem(qint64 id, const QString &problem) const;
    // Every account's health, by id.
    Result<QHash<qint64, AccountHealth>> health() const;

private:
    Result<QList<Account>> select(const QString &where, const QVariantList &params) const;
    const Database &m_database;
};
