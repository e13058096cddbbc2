#pragma once

#include "secretstore.h"

// The OS keychain through QtKeychain (the Secret Service on Linux). Calls wait for the answer.
class KeychainSecretStore final : public SecretStore
{
public:
    Result<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Status remove(const QString &key) override;
};
