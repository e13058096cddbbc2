#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct Account;
class PlatformAdapter;
class QNetworkAccessManager;

struct AdapterContext
{
    QNetworkAccessManager *network = nullptr;
    int requestTimeoutMs = 30000;
};

// Platforms by name. Adding a platform is a folder and one line in platforms/builtinplatforms.cpp.
namespace PlatformRegistry {

using Factory = std::function<std::unique_ptr<PlatformAdapter>(const Account &, const QString &secret,
                                                               const AdapterContext &)>;
// How an account of the platform proves who it is: what the account dialog and the command line ask for.
enum class SignIn {
    AccessToken,          // a token the user creates in the platform's settings
    HandleAndAppPassword, // a handle and an app password, exchanged for session tokens
    OptionalSecret,       // nothing required; a shared secret may sign the requests
};

struct Platform
{
    QString name;        // "mastodon"
    QString displayName; // "Mastodon"
    SignIn signIn = SignIn::AccessToken;
    Factory create;

    // Whether an account is useless without its token or password.
    bool needsSecret() const { return signIn != SignIn::OptionalSecret; }
};

void add(Platform platform);
const Platform *find(const QString &name);
QStringList names();
// An adapter with no network and no secret: enough to measure a text and read the capabilities.
// Null for an unknown platform.
std::unique_ptr<PlatformAdapter> offline(const Account &account);

} // namespace PlatformRegistry
