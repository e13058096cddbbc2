#pragma once

#include "model/account.h"
#include "util/result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class Database;
class PlatformAdapter;
class QNetworkAccessManager;
class SecretStore;

// Adds an account the one way the command line and the account dialog share: check the name and
// address, ask the platform (credentials, limits), then store the account and its secret, all or
// nothing. Nothing is written when any step fails.
class AccountConnector final : public QObject
{
    Q_OBJECT

public:
    AccountConnector(const Database &database, SecretStore &secrets, QObject *parent = nullptr);
    ~AccountConnector() override;

    // What is wrong with an account before the network is asked, and which field it concerns, so
    // that the dialog can say it beside that field.
    struct Problem
    {
        enum class Field { Platform, Name, Address, Handle, Secret };
        Field field;
        QString message;
    };
    // What can be said without the network: the name, the platform, the address, the sign-in.
    std::optional<Problem> findProblem(const Account &account, const QString &secret) const;
    Status check(const Account &account, const QString &secret) const;
    // Runs check(), then the platform's connectAccount(), then stores. `done` is called once.
    void add(Account account, const QString &secret, std::function<void(Result<Account>)> done);

private:
    Result<Account> store(Account account, const QString &secret) const;

    const Database &m_database;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network;
    std::unique_ptr<PlatformAdapter> m_adapter;
};
