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
struct Platform
{
    QString name;            // "mastodon"
    QString displayName;     // "Mastodon"
    bool needsSecret = true; // whether an account is useless without a token or password
    Factory create;
};

void add(Platform platform);
const Platform *find(const QString &name);
QStringList names();

} // namespace PlatformRegistry
