#include "filesecretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
// Gives Text::tr() the context "SecretStore", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};
} // namespace

Result<QJsonObject> FileSecretStore::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonObject>::failure(Text::tr("Cannot read the secrets file %1: %2").arg(m_path, file.errorString()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

Status FileSecretStore::save(const QJsonObject &secrets) const
{
    QSaveFile file(m_path);
    // Owner-only from the first byte: the file is created 0600 before anything is written.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(secrets).toJson()) < 0 || !file.commit()) {
        return Status::failure(Text::tr("Cannot write the secrets file %1: %2").arg(m_path, file.errorString()));
    }
    return {};
}

Result<QString> FileSecretStore::read(const QString &key)
{
    const Result<QJsonObject> secrets = load();
    if (!secrets)
        return Result<QString>::failure(secrets.error());
    if (!secrets.value().contains(key))
        return Result<QString>::failure(Text::tr("No token is stored for this account in %1; add the account again.").arg(m_path));
    return secrets.value().value(key).toString();
}

Status FileSecretStore::write(const QString &key, const QString &secret)
{
    Result<QJsonObject> secrets = load();
    if (!secrets)
        return Status::failure(secrets.error());
    secrets.value().insert(key, secret);
    return save(secrets.value());
}

Status FileSecretStore::remove(const QString &key)
{
    Result<QJsonObject> secrets = load();
    if (!secrets)
        return Status::failure(secrets.error());
    secrets.value().remove(key);
    return save(secrets.value());
}

QString FileSecretStore::warning() const
{
    return Text::tr("Secrets are kept in the file %1 (readable only by you), not in the system keychain.").arg(m_path);
}
