// Bluesky exactly once, against a real, unmodified PDS (@atproto/pds on 127.0.0.1, see PdsProcess):
// the real engine publishes, a lost answer or a crash mid-send is verified with getRecord and never
// makes a second record, and an expired session is renewed. A PDS that cannot start fails the suite.
#include "accounts/accountdialog.h"
#include "cliprocess.h"
#include "enginefixture.h"
#include "pdsfaultproxy.h"
#include "pdsprocess.h"

#include "model/account.h"
#include "platforms/bluesky/blueskyadapter.h"
#include "platforms/bluesky/blueskyrecord.h"
#include "platforms/bluesky/tid.h"
#include "platforms/builtinplatforms.h"
#include "publish/engine.h"
#include "secrets/filesecretstore.h"
#include "secrets/secretstore.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/deliverystore.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr auto password = "app-password-1";
constexpr int settleTimeoutMs = 30000;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class tst_Bluesky : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accountSignsIn();
    void accountDialogAddsABlueskyAccount();
    void postIsPublishedOnce();
    void postWithImage();
    void identicalRepeatIsANoOp();
    void lostAnswerIsVerifiedNotResent();
    void lostRequestIsResentUnderTheSameKey();
    void killedMidSendIsVerified();
    void expiredAccessTokenIsRefreshed();
    void failedRefreshSignsInAgain();

private:
    struct TestAccount {
        qint64 id = 0;
        PdsProcess::Account pds;
        Account account;
    };
    TestAccount addAccount(EngineFixture &fixture, const QUrl &endpoint);
    PdsProcess::Account createPdsAccount();
    QJsonObject xrpcGet(const QString &method, const QUrlQuery &query);
    int recordCount(const QString &did);
    QJsonObject record(const QString &did, const QString &rkey);
    std::unique_ptr<Engine> startEngine(const EngineFixture &fixture);
    QString expiredCopyOf(const QString &accessJwt);

    PdsProcess m_pds;
    QNetworkAccessManager m_network;
    int m_accounts = 0;
};

void tst_Bluesky::initTestCase()
{
    registerBuiltinPlatforms();
    QString error;
    // Never a skip: a PDS that cannot start is a failure (run scripts/setup-pds.sh first).
    QVERIFY2(m_pds.start(&error), qPrintable(error));
}

PdsProcess::Account tst_Bluesky::createPdsAccount()
{
    QString error;
    const auto created = m_pds.createAccount(u"user%1.test"_s.arg(++m_accounts), QString::fromLatin1(password), &error);
    if (!created)
        qFatal("%s", qPrintable(error));
    return *created;
}

tst_Bluesky::TestAccount tst_Bluesky::addAccount(EngineFixture &fixture, const QUrl &endpoint)
{
    TestAccount test;
    test.pds = createPdsAccount();
    test.account = Account {
        0, test.pds.handle, u"bluesky"_s, endpoint, { { u"did"_s, test.pds.did }, { u"handle"_s, test.pds.handle } }
    };
    const Result<qint64> id = AccountStore(fixture.database()).add(test.account);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    test.id = test.account.id = id.value();
    // The app password goes to the secret store, as `account add` puts it there.
    if (const Status stored = fixture.secretStore()->write(test.account.secretKey(fixture.database().databaseId()),
                                                           QString::fromLatin1(password));
        !stored)
        qFatal("%s", qPrintable(stored.error()));
    return test;
}

QJsonObject tst_Bluesky::xrpcGet(const QString &method, const QUrlQuery &query)
{
    QUrl url = m_pds.pdsUrl();
    url.setPath(u"/xrpc/"_s + method);
    url.setQuery(query);
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
    QEventLoop loop;
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

int tst_Bluesky::recordCount(const QString &did)
{
    const QJsonObject listed = xrpcGet(
        u"com.atproto.repo.listRecords"_s,
        QUrlQuery { { u"repo"_s, did }, { u"collection"_s, u"app.bsky.feed.post"_s }, { u"limit"_s, u"100"_s } });
    return listed.contains(u"records"_s) ? int(listed.value(u"records"_s).toArray().size()) : -1;
}

QJsonObject tst_Bluesky::record(const QString &did, const QString &rkey)
{
    return xrpcGet(u"com.atproto.repo.getRecord"_s,
                   QUrlQuery { { u"repo"_s, did }, { u"collection"_s, u"app.bsky.feed.post"_s }, { u"rkey"_s, rkey } });
}

std::unique_ptr<Engine> tst_Bluesky::startEngine(const EngineFixture &fixture)
{
    EngineSettings settings = EngineFixture::testSettings(fixture.databasePath());
    settings.requestTimeoutMs = 10000; // the PDS signs and writes a repo commit: give it time
    std::unique_ptr<Engine> engine = fixture.makeEngine(Clock::system(), settings);
    engine->start();
    return engine;
}

// The same access token, expired two hours ago, signed with the PDS's own secret: the PDS answers
// ExpiredToken for it, deterministically, without waiting two hours.
QString tst_Bluesky::expiredCopyOf(const QString &accessJwt)
{
    QFile stateFile(QDir(m_pds.dataDirectory()).filePath(u"state.json"_s));
    if (!stateFile.open(QIODevice::ReadOnly))
        qFatal("no PDS state.json");
    const QByteArray secret
        = QJsonDocument::fromJson(stateFile.readAll()).object().value(u"jwtSecret"_s).toString().toUtf8();
    const QList<QByteArray> parts = accessJwt.toLatin1().split('.');
    QJsonObject claims
        = QJsonDocument::fromJson(
              QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
              .object();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    claims.insert(u"iat"_s, now - 4 * 3600);
    claims.insert(u"exp"_s, now - 2 * 3600);
    const QByteArray signingInput = parts.at(0) + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

void tst_Bluesky::accountSignsIn()
{
    const PdsProcess::Account pds = createPdsAccount();
    const AdapterContext context { &m_network, 10000 };
    Account account { 1, u"a"_s, u"bluesky"_s, m_pds.pdsUrl(), { { u"handle"_s, pds.handle } } };
    std::optional<Result<QJsonObject>> answer;
    auto adapter = PlatformRegistry::find(u"bluesky"_s)->create(account, QString::fromLatin1(password), context);
    QVERIFY(adapter->capabilities().canVerify);
    QCOMPARE(adapter->capabilities().textLimit, 300);
    adapter->connectAccount([&](Result<QJsonObject> result) { answer = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), settleTimeoutMs);
    QVERIFY2(answer->ok(), qPrintable(answer->error()));
    QCOMPARE(answer->value().value(u"did"_s).toString(), pds.did);
    QCOMPARE(answer->value().value(u"handle"_s).toString(), pds.handle);

    answer.reset();
    auto refused = PlatformRegistry::find(u"bluesky"_s)->create(account, u"wrong-password"_s, context);
    refused->connectAccount([&](Result<QJsonObject> result) { answer = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), settleTimeoutMs);
    QVERIFY(!answer->ok());
    QVERIFY2(answer->error().contains(u"401"_s), qPrintable(answer->error()));
}

// What a person does in the app: the account dialog signs in to the PDS with handle and app
// password, and stores the account (with the DID it learned) and the password in the secret store.
void tst_Bluesky::accountDialogAddsABlueskyAccount()
{
    const PdsProcess::Account pds = createPdsAccount();
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(u"db.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    FileSecretStore secrets(dir.filePath(u"secrets"_s));
    AccountDialog dialog(*opened.value(), secrets);
    dialog.show();
    auto *platforms = dialog.findChild<QComboBox *>(u"platformCombo"_s);
    platforms->setCurrentIndex(platforms->findData(u"bluesky"_s));
    dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"sky"_s);
    dialog.findChild<QLineEdit *>(u"addressEdit"_s)->setText(m_pds.pdsUrl().toString());
    dialog.findChild<QLineEdit *>(u"handleEdit"_s)->setText(u"@"_s + pds.handle);
    dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(QString::fromLatin1(password));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), settleTimeoutMs);

    const Result<std::optional<Account>> stored = AccountStore(*opened.value()).byName(u"sky"_s);
    QVERIFY(stored.ok() && stored.value().has_value());
    QCOMPARE(stored.value()->settings.value(u"did"_s).toString(), pds.did);
    QCOMPARE(stored.value()->settings.value(u"handle"_s).toString(), pds.handle);
    QCOMPARE(secrets.read(stored.value()->secretKey(opened.value()->databaseId())).value(), QString::fromLatin1(password));
}

void tst_Bluesky::postIsPublishedOnce()
{
    EngineFixture fixture;
    const TestAccount test = addAccount(fixture, m_pds.pdsUrl());
    const QString text = u"Grüße ✨ @%1 #exactlyonce https://example.com/x"_s.arg(test.pds.handle);
    const qint64 postId = fixture.schedule(text, { test.id }, QDateTime::currentDateTimeUtc());
    const qint64 deliveryId = fixture.deliveriesOfPost(postId).constFirst().id;

    std::unique_ptr<Engine> engine = startEngine(fixture);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.delivery(deliveryId).state, DeliveryState::Published, settleTimeoutMs);

    const Delivery published = fixture.delivery(deliveryId);
    QCOMPARE(fixture.outcomes(deliveryId), QStringList { u"published"_s });
    QVERIFY(BlueskyTid::isValid(published.publicationKey));
    QCOMPARE(published.remoteId, u"at://%1/app.bsky.feed.post/%2"_s.arg(test.pds.did, published.publicationKey));
    QCOMPARE(recordCount(test.pds.did), 1);
    // The PDS holds exactly the committed record, facets included.
    const QJsonObject stored = record(test.pds.did, published.publicationKey);
    QCOMPARE(stored.value(u"value"_s).toObject(), QJsonDocument::fromJson(published.payload).object());
    const QJsonArray facets = stored.value(u"value"_s).toObject().value(u"facets"_s).toArray();
    QCOMPARE(facets.size(), 3);
    const QJsonObject mention = facets.at(0).toObject().value(u"features"_s).toArray().at(0).toObject();
    QCOMPARE(mention.value(u"did"_s).toString(), test.pds.did);
    const QJsonObject index = facets.at(0).toObject().value(u"index"_s).toObject();
    QCOMPARE(text.toUtf8().mid(index.value(u"byteStart"_s).toInt(),
                               index.value(u"byteEnd"_s).toInt() - index.value(u"byteStart"_s).toInt()),
             '@' + test.pds.handle.toUtf8());
}

void tst_Bluesky::postWithImage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dot.png"_s);
    QFile png(path);
    QVERIFY(png.open(QIODevice::WriteOnly));
    const QByteArray bytes = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    png.write(bytes);
    png.close();

    EngineFixture fixture;
    const TestAccount test = addAccount(fixture, m_pds.pdsUrl());
    const qint64 postId = fixture.schedule(u"a red dot"_s, { test.id }, QDateTime::currentDateTimeUtc(),
                                           { { path, u"one red pixel"_s } });
    const qint64 deliveryId = fixture.deliveriesOfPost(postId).constFirst().id;
    std::unique_ptr<Engine> engine = startEngine(fixture);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.delivery(deliveryId).state, DeliveryState::Published, settleTimeoutMs);

    QCOMPARE(recordCount(test.pds.did), 1);
    const QJsonObject embed = record(test.pds.did, fixture.delivery(deliveryId).publicationKey)
                                  .value(u"value"_s)
                                  .toObject()
                                  .value(u"embed"_s)
                                  .toObject();
    QCOMPARE(embed.value(u"$type"_s).toString(), u"app.bsky.embed.images"_s);
    const QJsonObject image = embed.value(u"images"_s).toArray().at(0).toObject();
    QCOMPARE(image.value(u"alt"_s).toString(), u"one red pixel"_s);
    // The CID computed before the upload is the one the PDS computed from the bytes.
    QCOMPARE(image.value(u"image"_s).toObject().value(u"ref"_s).toObject().value(u"$link"_s).toString(),
             BlueskyRecord::blobCid(bytes));
}

void tst_Bluesky::identicalRepeatIsANoOp()
{
    EngineFixture fixture;
    const TestAccount test = addAccount(fixture, m_pds.pdsUrl());
    BlueskyAdapter adapter(test.account, QString::fromLatin1(password), { &m_network, 10000 });
    PublishRequest request;
    request.text = u"sent twice, posted once"_s;
    request.publicationKey = adapter.newPublicationKey();
    request.payload = adapter.preparePayload(request);
    QList<PublishOutcome> outcomes;
    for (int i = 0; i < 2; ++i) {
        adapter.publish(request, [&](const PublishOutcome &outcome) { outcomes.append(outcome); });
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), i + 1, settleTimeoutMs);
    }
    QCOMPARE(outcomes.at(0).kind, PublishOutcome::Kind::Published);
    QCOMPARE(outcomes.at(1).kind, PublishOutcome::Kind::Published);
    QCOMPARE(outcomes.at(1).remoteId, outcomes.at(0).remoteId);
    QCOMPARE(recordCount(test.pds.did), 1);

    // Other bytes under the same key are refused, and never reported as published.
    PublishRequest other = request;
    other.text = u"something else"_s;
    other.payload = adapter.preparePayload(other);
    adapter.publish(other, [&](const PublishOutcome &outcome) { outcomes.append(outcome); });
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 3, settleTimeoutMs);
    QCOMPARE(outcomes.at(2).kind, PublishOutcome::Kind::Unknown);
    QCOMPARE(recordCount(test.pds.did), 1);
}

void tst_Bluesky::lostAnswerIsVerifiedNotResent()
{
    PdsFaultProxy proxy(m_pds.pdsUrl());
    QVERIFY(proxy.listen());
    proxy.queueFault(u"the answer is lost"_s, PdsFaultProxy::Fault::DropAnswer);
    EngineFixture fixture;
    const TestAccount test = addAccount(fixture, proxy.url());
    const qint64 postId = fixture.schedule(u"the answer is lost"_s, { test.id }, QDateTime::currentDateTimeUtc());
    const qint64 deliveryId = fixture.deliveriesOfPost(postId).constFirst().id;
    std::unique_ptr<Engine> engine = startEngine(fixture);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.delivery(deliveryId).state, DeliveryState::Published, settleTimeoutMs);

    QCOMPARE(fixture.outcomes(deliveryId), (QStringList { u"unknown"_s, u"found"_s }));
    QCOMPARE(proxy.putRecordsSeen(), 1);
    QCOMPARE(recordCount(test.pds.did), 1);
    const Delivery published = fixture.delivery(deliveryId);
    QCOMPARE(published.remoteId, u"at://%1/app.bsky.feed.post/%2"_s.arg(test.pds.did, published.publicationKey));
}

void tst_Bluesky::lostRequestIsResentUnderTheSameKey()
{
    PdsFaultProxy proxy(m_pds.pdsUrl());
    QVERIFY(proxy.listen());
    proxy.queueFault(u"the request is lost"_s, PdsFaultProxy::Fault::CloseBeforeForwarding);
    EngineFixture fixture;
    const TestAccount test = addAccount(fixture, proxy.url());
    const qint64 postId = fixture.schedule(u"the request is lost"_s, { test.id }, QDateTime::currentDateTimeUtc());
    const qint64 deliveryId = fixture.deliveriesOfPost(postId).constFirst().id;
    std::unique_ptr<Engine> engine = startEngine(fixture);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.delivery(deliveryId).state, DeliveryState::Published, settleTimeoutMs);

    QCOMPARE(fixture.outcomes(deliveryId), (QStringList { u"unknown"_s, u"absent"_s, u"published"_s }));
    QCOMPARE(proxy.putRecordsSeen(), 2);
    QCOMPARE(recordCount(test.pds.did), 1);
    for (const Attempt &attempt : fixture.attempts(deliveryId))
        QCOMPARE(attempt.publicationKey, fixture.delivery(deliveryId).publicationKey);
}

// The headless publisher (`postscheduler run`, the real binary) is killed with SIGKILL after the PDS
// wrote the record and before the answer reached it; the restarted publisher finds the record with
// getRecord under the committed key and never writes a second one.
void tst_Bluesky::killedMidSendIsVerified()
{
    QTemporaryDir dir;
    PdsFaultProxy proxy(m_pds.pdsUrl());
    QVERIFY(proxy.listen());
    proxy.setLateAnswerDelay(2 * settleTimeoutMs); // held until the publisher is killed
    const PdsProcess::Account pds = createPdsAccount();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    environment.insert(u"POSTSCHEDULER_SECRET_STORE"_s, u"file"_s);
    environment.insert(u"BLUESKY_PASSWORD"_s, QString::fromLatin1(password));
    const QString databasePath = dir.filePath(u"db.sqlite"_s);
    const auto start = [&](const QStringList &arguments) {
        return CliProcess::start(QStringLiteral(POSTSCHEDULER_BINARY),
                                 QStringList { u"--database"_s, databasePath } + arguments, environment, this);
    };
    // Runs a command while this process keeps relaying (no blocking wait).
    const auto run = [&](const QStringList &arguments) {
        const CliResult result = CliProcess::finish(start(arguments), settleTimeoutMs);
        if (result.exitCode != 0)
            qWarning().noquote() << result.err;
        return result.exitCode;
    };

    QCOMPARE(run({ u"account"_s, u"add"_s, u"bluesky"_s, u"sky"_s, u"--pds"_s, proxy.url().toString(), u"--handle"_s,
                   pds.handle, u"--password-env"_s, u"BLUESKY_PASSWORD"_s }),
             0);
    QCOMPARE(run({ u"schedule"_s, u"--account"_s, u"sky"_s, u"--at"_s, u"now"_s, u"--text"_s, u"killed for real"_s }), 0);
    proxy.queueFault(u"killed for real"_s, PdsFaultProxy::Fault::AnswerLate);
    const std::unique_ptr<QProcess> publisher(start({ u"run"_s }));
    QTRY_COMPARE_WITH_TIMEOUT(recordCount(pds.did), 1, settleTimeoutMs); // written; the answer is held
    publisher->kill();                                                    // SIGKILL
    QVERIFY(publisher->waitForFinished());

    QCOMPARE(run({ u"run"_s, u"--until-idle"_s, u"--verify-delay"_s, u"0"_s }), 0);
    QCOMPARE(recordCount(pds.did), 1);
    QCOMPARE(proxy.putRecordsSeen(), 1); // verified, never sent again

    Result<std::unique_ptr<Database>> opened = Database::open(databasePath);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const DeliveryStore deliveries(*opened.value());
    const Result<QList<Delivery>> all = deliveries.list({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    const Delivery delivery = all->constFirst();
    QCOMPARE(delivery.state, DeliveryState::Published);
    QCOMPARE(delivery.remoteId, u"at://%1/app.bsky.feed.post/%2"_s.arg(pds.did, delivery.publicationKey));
    const Result<QList<Attempt>> attempts = deliveries.attempts(delivery.id);
    QVERIFY(attempts.ok());
    QStringList log;
    for (const Attempt &attempt : attempts.value())
        log.append(Attempt::kindName(attempt.kind) + u':' + attempt.outcome);
    QCOMPARE(log, (QStringList { u"send:interrupted"_s, u"verify:found"_s }));
}

void tst_Bluesky::expiredAccessTokenIsRefreshed()
{
    EngineFixture fixture;
    const TestAccount test = addAccount(fixture, m_pds.pdsUrl());
    BlueskyAdapter adapter(test.account, QString::fromLatin1(password), { &m_network, 10000 });
    const QString expired = expiredCopyOf(test.pds.accessJwt);
    // Believed valid for an hour, so the PDS itself must say ExpiredToken before we refresh.
    adapter.setSession(expired, test.pds.refreshJwt, QDateTime::currentDateTimeUtc().addSecs(3600));
    PublishRequest request;
    request.text = u"after a refresh"_s;
    request.publicationKey = adapter.newPublicationKey();
    request.payload = adapter.preparePayload(request);
    std::optional<PublishOutcome> outcome;
    adapter.publish(request, [&](const PublishOutcome &result) { outcome = result; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), settleTimeoutMs);
    QVERIFY2(outcome->kind == PublishOutcome::Kind::Published, qPrintable(outcome->reason));
    QVERIFY(adapter.accessToken() != expired);
    QCOMPARE(recordCount(test.pds.did), 1);

    // An access token whose own exp has passed is replaced before anything is sent (here by signing in
    // again, since this session has no refresh token).
    adapter.setSession(expired, QString());
    PublishRequest second = request;
    second.text = u"refreshed ahead"_s;
    second.publicationKey = adapter.newPublicationKey();
    second.payload = adapter.preparePayload(second);
    outcome.reset();
    adapter.publish(second, [&](const PublishOutcome &result) { outcome = result; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), settleTimeoutMs);
    QVERIFY2(outcome->kind == PublishOutcome::Kind::Published, qPrintable(outcome->reason));
    QCOMPARE(recordCount(test.pds.did), 2);
}

void tst_Bluesky::failedRefreshSignsInAgain()
{
    EngineFixture fixture;
    const TestAccount test = addAccount(fixture, m_pds.pdsUrl());
    BlueskyAdapter adapter(test.account, QString::fromLatin1(password), { &m_network, 10000 });
    adapter.setSession(expiredCopyOf(test.pds.accessJwt), u"not-a-refresh-token"_s,
                       QDateTime::currentDateTimeUtc().addSecs(3600));
    PublishRequest request;
    request.text = u"signed in again"_s;
    request.publicationKey = adapter.newPublicationKey();
    request.payload = adapter.preparePayload(request);
    std::optional<PublishOutcome> outcome;
    adapter.publish(request, [&](const PublishOutcome &result) { outcome = result; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), settleTimeoutMs);
    QVERIFY2(outcome->kind == PublishOutcome::Kind::Published, qPrintable(outcome->reason));
    QCOMPARE(recordCount(test.pds.did), 1);
}

QTEST_MAIN(tst_Bluesky)
#include "tst_bluesky.moc"
