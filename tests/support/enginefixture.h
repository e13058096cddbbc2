#pragma once

#include "model/attempt.h"
#include "model/delivery.h"
#include "model/post.h"
#include "publish/enginesettings.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class Database;
class Engine;
class Clock;
class SecretStore;

// A fresh database in a temporary folder, accounts pointing at test servers, their tokens in a
// private file secret store, and an engine tuned for tests (short delays, real threads and sockets).
class EngineFixture
{
public:
    EngineFixture();
    ~EngineFixture();

    const QString &databasePath() const { return m_databasePath; }
    QString secretsPath() const;
    Database &database() { return *m_database; }

    qint64 addAccount(const QString &platform, const QString &name, const QUrl &endpoint,
                      const QString &token = QStringLiteral("test-token"),
                      const QJsonObject &settings = {{QStringLiteral("max_characters"), 500}});
    qint64 schedule(const QString &text, const QList<qint64> &accountIds, const QDateTime &at,
                    const QList<MediaAttachment> &media = {});
    Delivery delivery(qint64 deliveryId) const;
    QList<Delivery> deliveriesOfPost(qint64 postId) const;
    QList<Attempt> attempts(qint64 deliveryId) const;
    QStringList outcomes(qint64 deliveryId) const; // attempt outcomes in order, notes excluded

    static EngineSettings testSettings(const QString &databasePath);
    std::unique_ptr<SecretStore> secretStore() const;
    // An engine on this database; started by the caller.
    std::unique_ptr<Engine> makeEngine(Clock &clock, const EngineSettings &settings) const;
    std::unique_ptr<Engine> makeEngine() const;

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
};
