#pragma once

#include "secretstore.h"

#include <QJsonObject>

// The fallback where no keychain runs: a JSON file readable by its owner only (0600).
class FileSecretStore final : public SecretStore
{
public:
    explicit FileSecretStore(QString path) : m_path(std::move(path)) {}

    Result<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Status remove(const QString &key) override;
    QString warning() const override;

private:
    Result<QJsonObject> load() const;
    Status save(const QJsonObject &secrets) const;
    QString m_path;
};
