#include "secretstore.h"

#include "filesecretstore.h"
#include "keychainsecretstore.h"
#include "util/apppaths.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

Result<SecretStore::Kind> SecretStore::kindFromName(const QString &name)
{
    if (name == u"keychain")
        return Kind::Keychain;
    if (name == u"file")
        return Kind::File;
    return Result<Kind>::failure(
        QCoreApplication::translate("SecretStore", "Unknown secret store \"%1\": use keychain or file.").arg(name));
}

SecretStore::Kind SecretStore::defaultKind()
{
    const QString fromEnvironment = qEnvironmentVariable("POSTSCHEDULER_SECRET_STORE");
    const Result<Kind> kind = kindFromName(fromEnvironment);
    return kind ? kind.value() : Kind::Keychain;
}

std::unique_ptr<SecretStore> SecretStore::create(Kind kind)
{
    if (kind == Kind::File)
        return std::make_unique<FileSecretStore>(AppPaths::fallbackSecretsFile());
    return std::make_unique<KeychainSecretStore>();
}
