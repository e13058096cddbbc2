// The exactly-once promise, fault by fault: the real engine (its own thread, real sockets) against
// a Mastodon fake that breaks the exchange the ways real networks do. After every fault, the post
// exists exactly once on the server, the delivery is published, and the attempt log tells the story.
#include "enginefixture.h"
#include "fakemastodonserver.h"
#include "testclock.h"

#include "platforms/builtinplatforms.h"
#include "publish/engine.h"
#include "publish/userdecision.h"
#include "storage/accountstore.h"
#include "storage/deliverystore.h"
#include "util/clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fault = FakeMastodonServer::Fault;

class tst_Publisher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinPlatforms(); }
    void faultLeavesExactlyOnePost_data();
    void faultLeavesExactlyOnePost();
    void refusedConnectionIsRetried();
    void serverRestartBetweenAttempts();
    void interruptedSendIsLookedUpAfterTheVerifyDelay();
    void rateLimitPausesOnlyThatAccount();
    void oneAccountPublishesInOrder();
    void missedItsTimeWaitsForTheUser();
    void wallClockJumpCatchesUp();
    void rejectedPostFails();
    void webhookUnknownOutcomeAsksTheUser();
    void secondPublisherIsRefused();
    void mediaIsUploadedBeforeThePost();
    void verificationPagesThroughLaterPosts();

private:
    static constexpr int settleTimeoutMs = 20000;
};

void tst_Publisher::faultLeavesExactlyOnePost_data()
{
    QTest::addColumn<QList<Fault>>("faults");
    QTest::addColumn<bool>("honoursKey");
    QTest::addColumn<QStringList>("outcomes");
    QTest::addColumn<int>("postsReceived");

    const QStringList verifiedFound{u"unknown"_s, u"found"_s};
    const QStringList retried{u"not_executed"_s, u"published"_s};
    QTest::newRow("no fault") << QList<Fault>{} << true << QStringList{u"published"_s} << 1;
    QTest::newRow("closed before reading: verified absent, sent again")
        << QList<Fault>{Fault::CloseBeforeReading} << true << QStringList{u"unknown"_s, u"absent"_s, u"published"_s}
        << 1;
    QTest::newRow("processed then closed") << QList<Fault>{Fault::ProcessThenClose} << true << verifiedFound << 1;
    QTest::newRow("processed then closed, key ignored")
        << QList<Fault>{Fault::ProcessThenClose} << false << verifiedFound << 1;
    QTest::newRow("processed, answered after the timeout")
        << QList<Fault>{Fault::ProcessThenAnswerLate} << true << verifiedFound << 1;
    QTest::newRow("processed then 502") << QList<Fault>{Fault::ProcessThen502} << true << verifiedFound << 1;
    QTest::newRow("processed then 504, key ignored") << QList<Fault>{Fault::ProcessThen504} << false << verifiedFound << 1;
    QTest::newRow("503 not processed") << QList<Fault>{Fault::Unavailable503} << true << retried << 2;
    QTest::newRow("429 with Retry-After") << QList<Fault>{Fault::TooManyRequests429} << true << retried << 2;
    QTest::newRow("429 without headers") << QList<Fault>{Fault::TooManyRequests429Bare} << true << retried << 2;
    QTest::newRow("429 with X-RateLimit-Reset only")
        << QList<Fault>{Fault::TooManyRequests429ResetOnly} << true << retried << 2;
    QTest::newRow("reset mid-body") << QList<Fault>{Fault::ResetMidBody} << true << verifiedFound << 1;
    QTest::newRow("reset mid-body, key ignored") << QList<Fault>{Fault::ResetMidBody} << false << verifiedFound << 1;
    QTest::newRow("two faults in a row")
        << QList<Fault>{Fault::Unavailable503, Fault::ProcessThen502} << true
        << QStringList{u"not_executed"_s, u"unknown"_s, u"found"_s} << 2;
}

void tst_Publisher::faultLeavesExactlyOnePost()
{
    QFETCH(QList<Fault>, faults);
    QFETCH(bool, honoursKey);
    QFETCH(QStringList, outcomes);
    QFETCH(int, postsReceived);

    FakeMastodonServer server;
    QVERIFY(server.listen());
    server.setHonoursIdempotencyKey(honoursKey);
    for (const Fault fault : faults)
        server.queueStatusFault(fault);

    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    const QString text = u"Exactly once, whatever happens: %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
    const qint64 postId = fixture.schedule(text, {account}, QDateTime::currentDateTimeUtc());
    const qint64 deliveryId = fixture.deliveriesOfPost(postId).constFirst().id;

    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.delivery(deliveryId).state, DeliveryState::Published, settleTimeoutMs);

    QCOMPARE(server.countStatusesWithText(text), 1);
    QCOMPARE(server.statusPostsReceived(), postsReceived);
    QCOMPARE(fixture.outcomes(deliveryId), outcomes);
    const Delivery published = fixture.delivery(deliveryId);
    QCOMPARE(published.remoteId, server.statuses().constFirst().id);
    QVERIFY(!published.publicationKey.isEmpty());
    for (const Attempt &attempt : fixture.attempts(deliveryId))
        QCOMPARE(attempt.publicationKey, published.publicationKey); // every retry under the one key
    for (const FakeMastodonServer::Status &status : server.statuses())
        QCOMPARE(status.idempotencyKey, published.publicationKey);
}

void tst_Publisher::refusedConnectionIsRetried()
{
    FakeMastodonServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    server.stopListening();

    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    const qint64 postId = fixture.schedule(u"refused first"_s, {account}, QDateTime::currentDateTimeUtc());
    const qint64 deliveryId = fixture.deliveriesOfPost(postId).constFirst().id;
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(fixture.outcomes(deliveryId).contains(u"not_executed"_s), settleTimeoutMs);
    QVERIFY(server.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.delivery(deliveryId).state, DeliveryState::Published, settleTimeoutMs);
    QCOMPARE(server.countStatusesWithText(u"refused first"_s), 1);
    QCOMPARE(fixture.outcomes(deliveryId).constLast(), u"published"_s);
}

void tst_Publisher::serverRestartBetweenAttempts()
{
    // The server commits, then dies before answering; it is back by the time we verify.
    FakeMastodonServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    server.setProcessingDelay(300);
    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    const qint64 postId = fixture.schedule(u"restart"_s, {account}, QDateTime::currentDateTimeUtc());
    const qint64 deliveryId = fixture.deliveriesOfPost(postId).constFirst().id;
    QObject::connect(&server, &FakeMastodonServer::statusPostReceived, &server, [&server] { server.stopListening(); },
                     Qt::SingleShotConnection);
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(server.countStatusesWithText(u"restart"_s), 1, settleTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.outcomes(deliveryId).contains(u"unknown"_s), settleTimeoutMs);
    QVERIFY(server.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.delivery(deliveryId).state, DeliveryState::Published, settleTimeoutMs);
    QCOMPARE(server.countStatusesWithText(u"restart"_s), 1);
}

// Found by tst_crashcampaign: recovery looked a cut-off send up at once, while the server was
// still processing it, found nothing, and sent it again.
void tst_Publisher::interruptedSendIsLookedUpAfterTheVerifyDelay()
{
    FakeMastodonServer server;
    QVERIFY(server.listen());
    server.setHonoursIdempotencyKey(false);
    server.setProcessingDelay(300); // the request is read, and committed 300 ms later
    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    const qint64 postId = fixture.schedule(u"cut off"_s, {account}, QDateTime::currentDateTimeUtc());
    const qint64 deliveryId = fixture.deliveriesOfPost(postId).constFirst().id;
    QSignalSpy received(&server, &FakeMastodonServer::statusPostReceived);
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    QVERIFY(received.wait(settleTimeoutMs));
    engine.reset(); // stopped mid-send, as a crash would: the delivery stays `sending`
    QCOMPARE(fixture.delivery(deliveryId).state, DeliveryState::Sending);

    EngineSettings settings = EngineFixture::testSettings(fixture.databasePath());
    settings.verifyDelayMs = 1000;
    engine = fixture.makeEngine(Clock::system(), settings);
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.delivery(deliveryId).state, DeliveryState::Published, settleTimeoutMs);
    QCOMPARE(fixture.outcomes(deliveryId), (QStringList{u"interrupted"_s, u"found"_s}));
    QCOMPARE(server.countStatusesWithText(u"cut off"_s), 1);
}

void tst_Publisher::rateLimitPausesOnlyThatAccount()
{
    FakeMastodonServer limited;
    FakeMastodonServer free;
    QVERIFY(limited.listen());
    QVERIFY(free.listen());
    limited.setRetryAfterSeconds(3);
    limited.queueStatusFault(Fault::TooManyRequests429);
    EngineFixture fixture;
    const qint64 a = fixture.addAccount(u"mastodon"_s, u"limited"_s, limited.baseUrl());
    const qint64 b = fixture.addAccount(u"mastodon"_s, u"free"_s, free.baseUrl());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    fixture.schedule(u"first on limited"_s, {a}, now);
    fixture.schedule(u"second on limited"_s, {a}, now.addMSecs(1));
    const qint64 freePost = fixture.schedule(u"on free"_s, {b}, now.addMSecs(2));
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.deliveriesOfPost(freePost).constFirst().state, DeliveryState::Published,
                              settleTimeoutMs);
    QCOMPARE(limited.statuses().size(), 0); // still paused: Retry-After is 3 s
    QTRY_COMPARE_WITH_TIMEOUT(limited.statuses().size(), 2, settleTimeoutMs);
    QCOMPARE(limited.statuses().at(0).text, u"first on limited"_s); // order kept after the pause
    QCOMPARE(limited.statuses().at(1).text, u"second on limited"_s);
}

void tst_Publisher::oneAccountPublishesInOrder()
{
    FakeMastodonServer server;
    QVERIFY(server.listen());
    server.setProcessingDelay(50);
    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 5; ++i)
        fixture.schedule(u"post %1"_s.arg(i), {account}, now.addMSecs(i));
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    QSignalSpy idle(engine.get(), &Engine::idle);
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(server.statuses().size(), 5, settleTimeoutMs);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(server.statuses().at(i).text, u"post %1"_s.arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), settleTimeoutMs);
}

void tst_Publisher::missedItsTimeWaitsForTheUser()
{
    FakeMastodonServer server;
    QVERIFY(server.listen());
    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    TestClock clock(QDateTime::currentDateTimeUtc());
    const qint64 late = fixture.schedule(u"late"_s, {account}, clock.nowUtc().addSecs(-61 * 60));
    const qint64 onTime = fixture.schedule(u"a little late"_s, {account}, clock.nowUtc().addSecs(-59 * 60));
    std::unique_ptr<Engine> engine = fixture.makeEngine(clock, EngineFixture::testSettings(fixture.databasePath()));
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.deliveriesOfPost(onTime).constFirst().state, DeliveryState::Published,
                              settleTimeoutMs);
    const Delivery missed = fixture.deliveriesOfPost(late).constFirst();
    QCOMPARE(missed.state, DeliveryState::NeedsAttention);
    QVERIFY2(missed.reason.contains(u"missed its time"_s), qPrintable(missed.reason));
    QCOMPARE(server.countStatusesWithText(u"late"_s), 0);
}

void tst_Publisher::wallClockJumpCatchesUp()
{
    // A laptop sleeps through the due time: timers count monotonic time, which stood still.
    FakeMastodonServer server;
    QVERIFY(server.listen());
    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    TestClock clock(QDateTime::currentDateTimeUtc());
    const qint64 post = fixture.schedule(u"after resume"_s, {account}, clock.nowUtc().addSecs(3600));
    std::unique_ptr<Engine> engine = fixture.makeEngine(clock, EngineFixture::testSettings(fixture.databasePath()));
    QSignalSpy idle(engine.get(), &Engine::idle);
    engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), settleTimeoutMs); // nothing due yet
    QCOMPARE(server.statuses().size(), 0);
    clock.advance(3600 * 1000 + 1000);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.deliveriesOfPost(post).constFirst().state, DeliveryState::Published,
                              settleTimeoutMs);
    QCOMPARE(server.countStatusesWithText(u"after resume"_s), 1);
}

void tst_Publisher::rejectedPostFails()
{
    FakeMastodonServer server;
    QVERIFY(server.listen());
    server.setAccessToken(u"another-token"_s);
    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    const qint64 post = fixture.schedule(u"bad token"_s, {account}, QDateTime::currentDateTimeUtc());
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.deliveriesOfPost(post).constFirst().state, DeliveryState::Failed, settleTimeoutMs);
    const Delivery failed = fixture.deliveriesOfPost(post).constFirst();
    QVERIFY2(failed.reason.contains(u"401"_s) && failed.reason.contains(u"reconnect"_s), qPrintable(failed.reason));
    QCOMPARE(fixture.outcomes(failed.id), QStringList{u"rejected"_s});
    // The account shows as signed out until a send succeeds again.
    const auto signInProblem = [&] {
        return AccountStore(fixture.database()).health().value().value(account).signInProblem;
    };
    QVERIFY2(signInProblem().contains(u"401"_s), qPrintable(signInProblem()));

    server.setAccessToken(u"test-token"_s); // the user fixed the token on the server side
    QVERIFY(applyUserDecision(DeliveryStore(fixture.database()), failed.id, UserDecision::PostAgain,
                              QDateTime::currentDateTimeUtc()));
    engine->wake();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.deliveriesOfPost(post).constFirst().state, DeliveryState::Published,
                              settleTimeoutMs);
    QCOMPARE(signInProblem(), QString());
}

void tst_Publisher::webhookUnknownOutcomeAsksTheUser()
{
    // A webhook that processes and then breaks the answer: no lookup exists, so no second send.
    FakeMastodonServer server; // any server that closes without answering will do
    QVERIFY(server.listen());
    server.queueStatusFault(Fault::ProcessThenClose);
    EngineFixture fixture;
    QUrl url = server.baseUrl();
    url.setPath(u"/api/v1/statuses"_s);
    const qint64 account = fixture.addAccount(u"webhook"_s, u"hook"_s, url);
    const qint64 post = fixture.schedule(u"to the hook"_s, {account}, QDateTime::currentDateTimeUtc());
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.deliveriesOfPost(post).constFirst().state, DeliveryState::NeedsAttention,
                              settleTimeoutMs);
    QCOMPARE(server.statusPostsReceived(), 1);
    QCOMPARE(fixture.outcomes(fixture.deliveriesOfPost(post).constFirst().id), QStringList{u"unknown"_s});
}

void tst_Publisher::secondPublisherIsRefused()
{
    EngineFixture fixture;
    std::unique_ptr<Engine> first = fixture.makeEngine();
    QSignalSpy started(first.get(), &Engine::started);
    first->start();
    QTRY_COMPARE(started.size(), 1);
    std::unique_ptr<Engine> second = fixture.makeEngine();
    QSignalSpy refused(second.get(), &Engine::fatalError);
    second->start();
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY2(refused.constFirst().constFirst().toString().contains(u"Another postscheduler"_s),
             qPrintable(refused.constFirst().constFirst().toString()));
}

void tst_Publisher::mediaIsUploadedBeforeThePost()
{
    FakeMastodonServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString image = dir.filePath(u"photo.png"_s);
    const QString video = dir.filePath(u"clip.mp4"_s);
    QFile photo(image);
    QVERIFY(photo.open(QIODevice::WriteOnly));
    photo.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
    photo.close();
    QFile clip(video);
    QVERIFY(clip.open(QIODevice::WriteOnly));
    clip.write(QByteArray::fromHex("00000018") + QByteArray("ftypmp42") + QByteArray(64, '\0'));
    clip.close();

    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Mastodon does not mix images and video in one status.
    const qint64 photos = fixture.schedule(u"with photos"_s, {account}, now, {{image, u"a test photo"_s}, {image, {}}});
    const qint64 film = fixture.schedule(u"with a video"_s, {account}, now.addMSecs(1), {{video, {}}});
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    for (const qint64 post : {photos, film}) {
        QTRY_VERIFY_WITH_TIMEOUT(DeliveryStates::isFinal(fixture.deliveriesOfPost(post).constFirst().state),
                                 settleTimeoutMs);
        const Delivery delivery = fixture.deliveriesOfPost(post).constFirst();
        QVERIFY2(delivery.state == DeliveryState::Published, qPrintable(delivery.reason));
    }
    QCOMPARE(server.statuses().size(), 2);
    QCOMPARE(server.statuses().at(0).mediaIds.size(), 2);
    QCOMPARE(server.statuses().at(1).mediaIds.size(), 1); // the video was processed (202, then 206) first // the video was processed (202, 206...) first
}

void tst_Publisher::verificationPagesThroughLaterPosts()
{
    // By the time we verify, 100 other posts sit above ours: the lookup follows the Link header.
    FakeMastodonServer server;
    QVERIFY(server.listen());
    server.queueStatusFault(Fault::ProcessThenClose);
    QObject::connect(&server, &FakeMastodonServer::statusCreated, &server, [&server] {
        for (int i = 0; i < 100; ++i)
            server.addForeignStatus(u"someone else's post %1"_s.arg(i));
    }, Qt::SingleShotConnection);
    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    const qint64 post = fixture.schedule(u"buried"_s, {account}, QDateTime::currentDateTimeUtc());
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    const qint64 deliveryId = fixture.deliveriesOfPost(post).constFirst().id;
    QTRY_COMPARE_WITH_TIMEOUT(fixture.delivery(deliveryId).state, DeliveryState::Published, settleTimeoutMs);
    QCOMPARE(fixture.outcomes(deliveryId), (QStringList{u"unknown"_s, u"found"_s}));
    QCOMPARE(server.countStatusesWithText(u"buried"_s), 1);
}

QTEST_GUILESS_MAIN(tst_Publisher)
#include "tst_publisher.moc"
