#pragma once

#include "util/result.h"

#include <QString>

#include <memory>

// Where tokens and passwords live: never the database, the settings or a log.
class SecretStore
{
public:
    enum class Kind { Keychain, File };

    virtual ~SecretStore() = default;
    virtual Result<QString> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &secret) = 0;
    virtual Status remove(const QString &key) = 0;
    // A warning the user must see when this store is in use (empty for the keychain).
    virtual QString warning() const { return {}; }

    // "keychain" or "file"; the default comes from POSTSCHEDULER_SECRET_STORE, else the keychain.
    static Result<Kind> kindFromName(const QString &name);
    static Kind defaultKind();
    static std::unique_ptr<SecretStore> create(Kind kind);
};
