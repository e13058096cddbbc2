#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace {
const QString service = u"postscheduler"_s;

// QtKeychain is asynchronous; secrets are read rarely (when an adapter is made), so waiting is fine.
void waitFor(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

QString unavailable(const QKeychain::Job &job)
{
    return QCoreApplication::translate("SecretStore",
                                       "The system keychain did not answer (%1). Start a keychain service such as "
                                       "gnome-keyring, or use --secret-store file to keep secrets in a private file.")
        .arg(job.errorString());
}
} // namespace

Result<QString> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    waitFor(job);
    if (job.error() == QKeychain::EntryNotFound)
        return Result<QString>::failure(QCoreApplication::translate(
            "SecretStore", "No token is stored for this account in the keychain; add the account again."));
    if (job.error() != QKeychain::NoError)
        return Result<QString>::failure(unavailable(job));
    return job.textData();
}

Status KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(secret);
    waitFor(job);
    return job.error() == QKeychain::NoError ? Status() : Status::failure(unavailable(job));
}

Status KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    waitFor(job);
    const bool fine = job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
    return fine ? Status() : Status::failure(unavailable(job));
}
