#include "platformregistry.h"

#include "model/account.h"
#include "platformadapter.h"

#include <QList>

namespace PlatformRegistry {

namespace {
QList<Platform> &platforms()
{
    static QList<Platform> all;
    return all;
}
} // namespace

void add(Platform platform)
{
    if (!find(platform.name))
        platforms().append(std::move(platform));
}

const Platform *find(const QString &name)
{
    for (const Platform &platform : platforms()) {
        if (platform.name == name)
            return &platform;
    }
    return nullptr;
}

QStringList names()
{
    QStringList result;
    for (const Platform &platform : platforms())
        result.append(platform.name);
    return result;
}

std::unique_ptr<PlatformAdapter> offline(const Account &account)
{
    const Platform *platform = find(account.platform);
    return platform ? platform->create(account, {}, {}) : nullptr;
}

} // namespace PlatformRegistry
