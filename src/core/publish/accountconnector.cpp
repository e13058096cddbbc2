#include "accountconnector.h"

#include "http.h"
#include "platformadapter.h"
#include "platformregistry.h"
#include "secrets/secretstore.h"
#include "storage/accountstore.h"
#include "storage/database.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

AccountConnector::AccountConnector(const Database &database, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
{
}

AccountConnector::~AccountConnector() = default;

std::optional<AccountConnector::Problem> AccountConnector::findProblem(const Account &account, const QString &secret) const
{
    using Field = Problem::Field;
    const PlatformRegistry::Platform *platform = PlatformRegistry::find(account.platform);
    if (!platform)
        return Problem{Field::Platform, tr("Unknown platform \"%1\": use one of %2.")
                                            .arg(account.platform, PlatformRegistry::names().join(u", "_s))};
    static const QRegularExpression validName(u"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"_s);
    if (!validName.match(account.name).hasMatch())
        return Problem{Field::Name,
                       tr("\"%1\" is not a usable account name: use letters, digits, . _ @ -.").arg(account.name)};
    const Result<std::optional<Account>> existing = AccountStore(m_database).byName(account.name);
    if (!existing)
        return Problem{Field::Name, existing.error()};
    if (existing.value())
        return Problem{Field::Name, tr("An account named \"%1\" already exists.").arg(account.name)};
    if (const Status allowed = Http::checkEndpoint(account.endpoint); !allowed)
        return Problem{Field::Address, allowed.error()};
    if (platform->signIn == PlatformRegistry::SignIn::HandleAndAppPassword
        && account.settings.value(u"handle"_s).toString().isEmpty())
        return Problem{Field::Handle, tr("A %1 account signs in with its handle.").arg(platform->displayName)};
    if (platform->needsSecret() && secret.isEmpty())
        return Problem{Field::Secret, tr("A %1 account needs its token or app password.").arg(platform->displayName)};
    return std::nullopt;
}

Status AccountConnector::check(const Account &account, const QString &secret) const
{
    if (const std::optional<Problem> problem = findProblem(account, secret))
        return Status::failure(problem->message);
    return {};
}

void AccountConnector::add(Account account, const QString &secret, std::function<void(Result<Account>)> done)
{
    if (const Status checked = check(account, secret); !checked) {
        done(Result<Account>::failure(checked.error()));
        return;
    }
    const PlatformRegistry::Platform *platform = PlatformRegistry::find(account.platform);
    m_adapter = platform->create(account, secret, {m_network, 30'000});
    m_adapter->connectAccount([this, account, secret, done](const Result<QJsonObject> &learned) mutable {
        if (!learned) {
            done(Result<Account>::failure(learned.error()));
            return;
        }
        account.settings = learned.value();
        done(store(account, secret));
    });
}

Result<Account> AccountConnector::store(Account account, const QString &secret) const
{
    const AccountStore accounts(m_database);
    const Result<qint64> added = accounts.add(account);
    if (!added)
        return Result<Account>::failure(added.error());
    account.id = added.value();
    if (!secret.isEmpty()) {
        if (const Status stored = m_secrets.write(account.secretKey(m_database.databaseId()), secret); !stored) {
            (void)accounts.remove(account.id); // nothing half-way: no account without its secret
            return Result<Account>::failure(stored.error());
        }
    }
    return account;
}
