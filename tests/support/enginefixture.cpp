#include "enginefixture.h"

#include "model/account.h"
#include "publish/engine.h"
#include "secrets/filesecretstore.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/deliverystore.h"
#include "storage/poststore.h"
#include "util/clock.h"

#include <QTest>

using namespace Qt::StringLiterals;

EngineFixture::EngineFixture()
    : m_databasePath(m_dir.filePath(u"test.sqlite"_s))
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath);
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error()));
    m_database = std::move(opened.value());
}

EngineFixture::~EngineFixture() = default;

QString EngineFixture::secretsPath() const
{
    return m_dir.filePath(u"secrets.json"_s);
}

std::unique_ptr<SecretStore> EngineFixture::secretStore() const
{
    return std::make_unique<FileSecretStore>(secretsPath());
}

qint64 EngineFixture::addAccount(const QString &platform, const QString &name, const QUrl &endpoint,
                                 const QString &token, const QJsonObject &settings)
{
    Account account{0, name, platform, endpoint, settings};
    const Result<qint64> id = AccountStore(*m_database).add(account);
    if (!id)
        qFatal("cannot add an account: %s", qPrintable(id.error()));
    account.id = id.value();
    if (const Status stored = secretStore()->write(account.secretKey(m_database->databaseId()), token); !stored)
        qFatal("cannot store a token: %s", qPrintable(stored.error()));
    return account.id;
}

qint64 EngineFixture::schedule(const QString &text, const QList<qint64> &accountIds, const QDateTime &at,
                               const QList<MediaAttachment> &media)
{
    const Result<qint64> postId = PostStore(*m_database).create({0, text, at, media}, accountIds);
    if (!postId)
        qFatal("cannot schedule: %s", qPrintable(postId.error()));
    return postId.value();
}

Delivery EngineFixture::delivery(qint64 deliveryId) const
{
    const Result<Delivery> found = DeliveryStore(*m_database).byId(deliveryId);
    return found ? found.value() : Delivery{};
}

QList<Delivery> EngineFixture::deliveriesOfPost(qint64 postId) const
{
    const Result<QList<Delivery>> all = DeliveryStore(*m_database).list({});
    QList<Delivery> mine;
    for (const Delivery &d : all ? all.value() : QList<Delivery>()) {
        if (d.postId == postId)
            mine.append(d);
    }
    return mine;
}

QList<Attempt> EngineFixture::attempts(qint64 deliveryId) const
{
    const Result<QList<Attempt>> found = DeliveryStore(*m_database).attempts(deliveryId);
    return found ? found.value() : QList<Attempt>();
}

QStringList EngineFixture::outcomes(qint64 deliveryId) const
{
    QStringList result;
    for (const Attempt &attempt : attempts(deliveryId)) {
        if (attempt.kind != Attempt::Kind::Note)
            result.append(attempt.outcome);
    }
    return result;
}

EngineSettings EngineFixture::testSettings(const QString &databasePath)
{
    EngineSettings settings;
    settings.databasePath = databasePath;
    settings.requestTimeoutMs = 1500;
    settings.verifyDelayMs = 50;
    settings.backoffBaseMs = 50;
    settings.backoffMaxMs = 500;
    settings.tickMs = 100;
    settings.leaseTtlSeconds = 5;
    return settings;
}

std::unique_ptr<Engine> EngineFixture::makeEngine(Clock &clock, const EngineSettings &settings) const
{
    auto engine = std::make_unique<Engine>(settings, secretStore(), clock);
    // Problems are not failures by themselves, but a test that fails should show them.
    QObject::connect(engine.get(), &Engine::problem, engine.get(),
                     [](const QString &message) { qWarning("engine problem: %s", qPrintable(message)); });
    return engine;
}

std::unique_ptr<Engine> EngineFixture::makeEngine() const
{
    return makeEngine(Clock::system(), testSettings(m_databasePath));
}
