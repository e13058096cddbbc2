// Servers that lie or break: malformed JSON, wrong types, missing ids, huge bodies, HTML pages, 200 with
// an error body, redirects to another host. The real engine against the Mastodon and Bluesky fakes:
// every lie leaves a clear reason in the attempt log, an answer that may hide a carried-out send is
// verified and never blindly resent, each post exists exactly once, and nothing reaches another host.
#include "enginefixture.h"
#include "fakeblueskyserver.h"
#include "fakemastodonserver.h"
#include "hostileanswer.h"

#include "platforms/builtinplatforms.h"
#include "publish/engine.h"
#include "secrets/secretstore.h"
#include "storage/accountstore.h"
#include "storage/database.h"

#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using Lie = HostileAnswer;

namespace {

constexpr int settleTimeoutMs = 20000;
const QString statusesPath = u"/api/v1/statuses"_s;
const QString statusesListPath = u"/api/v1/accounts/1/statuses"_s;
const QString credentialsPath = u"/api/v1/accounts/verify_credentials"_s;
const QString putRecord = u"com.atproto.repo.putRecord"_s;
const QString getRecord = u"com.atproto.repo.getRecord"_s;
const QString createSession = u"com.atproto.server.createSession"_s;

const QStringList verifiedFound { u"unknown"_s, u"found"_s };
const QStringList lookupFailedOnce { u"unknown"_s, u"cannot_tell"_s, u"found"_s };

// 127.0.0.2, where the fakes' redirects point: a token that travels there has left the server the
// user named. It only counts connections; there must be none.
class Elsewhere {
public:
    bool listen(quint16 port) { return m_server.listen(QHostAddress(u"127.0.0.2"_s), port); }
    int connections()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            socket->abort();
        }
        return m_connections;
    }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

struct Settled {
    Delivery delivery;
    QList<Attempt> attempts;
    QStringList outcomes;
};

// Schedules one post now, runs the engine until the delivery is final.
Settled publishOne(EngineFixture &fixture, qint64 accountId, const QString &text)
{
    const qint64 postId = fixture.schedule(text, { accountId }, QDateTime::currentDateTimeUtc());
    const qint64 deliveryId = fixture.deliveriesOfPost(postId).constFirst().id;
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    // A delivery that never settles shows up in the comparisons of the caller.
    (void)QTest::qWaitFor([&] { return DeliveryStates::isFinal(fixture.delivery(deliveryId).state); }, settleTimeoutMs);
    engine->stop();
    return { fixture.delivery(deliveryId), fixture.attempts(deliveryId), fixture.outcomes(deliveryId) };
}

qint64 addBlueskyAccount(EngineFixture &fixture, const QUrl &endpoint)
{
    Account account { 0,
                      u"sky"_s,
                      u"bluesky"_s,
                      endpoint,
                      { { u"did"_s, QString::fromLatin1(FakeBlueskyServer::did) },
                        { u"handle"_s, QString::fromLatin1(FakeBlueskyServer::handle) } } };
    const Result<qint64> id = AccountStore(fixture.database()).add(account);
    if (!id)
        qFatal("cannot add the account: %s", qPrintable(id.error()));
    account.id = id.value();
    const Status stored = fixture.secretStore()->write(account.secretKey(fixture.database().databaseId()),
                                                       QString::fromLatin1(FakeBlueskyServer::password));
    if (!stored)
        qFatal("cannot store the app password: %s", qPrintable(stored.error()));
    return account.id;
}

// The attempt whose outcome is `outcome`, for its reason.
QString errorOf(const Settled &settled, const QString &outcome)
{
    for (const Attempt &attempt : settled.attempts) {
        if (attempt.outcome == outcome)
            return attempt.error;
    }
    return {};
}

} // namespace

class tst_HostileAnswers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinPlatforms(); }
    void mastodonSendAnswer_data();
    void mastodonSendAnswer();
    void mastodonLookupAnswer_data();
    void mastodonLookupAnswer();
    void blueskySendAnswer_data();
    void blueskySendAnswer();
    void blueskyLookupAnswer_data();
    void blueskyLookupAnswer();
    void blueskySessionAnswer_data();
    void blueskySessionAnswer();

private:
    void addSendColumns();
};

void tst_HostileAnswers::addSendColumns()
{
    QTest::addColumn<Lie>("lie");
    QTest::addColumn<QStringList>("outcomes");
    QTest::addColumn<int>("copies"); // of the post on the server at the end
    QTest::addColumn<QString>("reason"); // in the first attempt's error
}

// The status post is carried out, then the answer lies: unknown, so verified and found, never resent.
// A redirect is refused without following it: the post was not made, and the user decides.
void tst_HostileAnswers::mastodonSendAnswer_data()
{
    addSendColumns();
    const QString noStatus = u"without a status"_s;
    QTest::newRow("malformed JSON") << Lie::MalformedJson << verifiedFound << 1 << noStatus;
    QTest::newRow("wrong types") << Lie::WrongTypes << verifiedFound << 1 << noStatus;
    QTest::newRow("missing ids") << Lie::MissingIds << verifiedFound << 1 << noStatus;
    QTest::newRow("huge body") << Lie::HugeBody << verifiedFound << 1 << u"larger than 4 MiB"_s;
    QTest::newRow("HTML page") << Lie::HtmlPage << verifiedFound << 1 << noStatus;
    QTest::newRow("200 with an error") << Lie::ErrorBody << verifiedFound << 1 << noStatus;
    QTest::newRow("redirect elsewhere") << Lie::RedirectElsewhere << QStringList { u"rejected"_s } << 0
                                        << u"redirected"_s;
}

void tst_HostileAnswers::mastodonSendAnswer()
{
    QFETCH(Lie, lie);
    QFETCH(QStringList, outcomes);
    QFETCH(int, copies);
    QFETCH(QString, reason);

    FakeMastodonServer server;
    QVERIFY(server.listen());
    Elsewhere elsewhere;
    QVERIFY(elsewhere.listen(server.port()));
    server.queueHostileAnswer(statusesPath, lie);
    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    const QString text = u"A lie told: %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));

    const Settled settled = publishOne(fixture, account, text);
    QCOMPARE(settled.outcomes, outcomes);
    QCOMPARE(server.countStatusesWithText(text), copies);
    QCOMPARE(server.statusPostsReceived(), 1);
    QVERIFY2(settled.attempts.constFirst().error.contains(reason), qPrintable(settled.attempts.constFirst().error));
    QCOMPARE(elsewhere.connections(), 0);
}

// The send's answer is lost; then the lookup lies once. Cannot tell, looked up again, found.
void tst_HostileAnswers::mastodonLookupAnswer_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Lie>("lie");
    QTest::addColumn<QString>("reason");

    const QString notAList = u"not a list of statuses"_s;
    const QString malformed = u"malformed status"_s;
    QTest::newRow("list: malformed JSON") << statusesListPath << Lie::MalformedJson << notAList;
    QTest::newRow("list: wrong types") << statusesListPath << Lie::WrongTypes << malformed;
    QTest::newRow("list: missing ids") << statusesListPath << Lie::MissingIds << malformed;
    QTest::newRow("list: huge body") << statusesListPath << Lie::HugeBody << u"larger than 4 MiB"_s;
    QTest::newRow("list: HTML page") << statusesListPath << Lie::HtmlPage << notAList;
    QTest::newRow("list: 200 with an error") << statusesListPath << Lie::ErrorBody << notAList;
    QTest::newRow("list: redirect elsewhere") << statusesListPath << Lie::RedirectElsewhere << u"HTTP 307"_s;
    QTest::newRow("account: wrong types") << credentialsPath << Lie::WrongTypes << u"HTTP 200"_s;
    QTest::newRow("account: HTML page") << credentialsPath << Lie::HtmlPage << u"HTTP 200"_s;
    QTest::newRow("account: redirect elsewhere") << credentialsPath << Lie::RedirectElsewhere << u"HTTP 307"_s;
}

void tst_HostileAnswers::mastodonLookupAnswer()
{
    QFETCH(QString, path);
    QFETCH(Lie, lie);
    QFETCH(QString, reason);

    FakeMastodonServer server;
    QVERIFY(server.listen());
    Elsewhere elsewhere;
    QVERIFY(elsewhere.listen(server.port()));
    server.queueStatusFault(FakeMastodonServer::Fault::ProcessThenClose);
    server.queueHostileAnswer(path, lie);
    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"m"_s, server.baseUrl());
    const QString text = u"A lookup lied: %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));

    const Settled settled = publishOne(fixture, account, text);
    QCOMPARE(settled.outcomes, lookupFailedOnce);
    QCOMPARE(server.countStatusesWithText(text), 1);
    QCOMPARE(server.statusPostsReceived(), 1);
    QVERIFY2(errorOf(settled, u"cannot_tell"_s).contains(reason), qPrintable(errorOf(settled, u"cannot_tell"_s)));
    QCOMPARE(elsewhere.connections(), 0);
}

// putRecord is carried out, then the answer lies: verified with getRecord and found, one record.
void tst_HostileAnswers::blueskySendAnswer_data()
{
    addSendColumns();
    const QString noUri = u"without the record's uri"_s;
    QTest::newRow("malformed JSON") << Lie::MalformedJson << verifiedFound << 1 << noUri;
    QTest::newRow("wrong types") << Lie::WrongTypes << verifiedFound << 1 << noUri;
    QTest::newRow("missing ids") << Lie::MissingIds << verifiedFound << 1 << noUri;
    QTest::newRow("huge body") << Lie::HugeBody << verifiedFound << 1 << u"larger than 4 MiB"_s;
    QTest::newRow("HTML page") << Lie::HtmlPage << verifiedFound << 1 << noUri;
    QTest::newRow("200 with an error") << Lie::ErrorBody << verifiedFound << 1 << noUri;
    QTest::newRow("redirect elsewhere") << Lie::RedirectElsewhere << QStringList { u"rejected"_s } << 0
                                        << u"redirected"_s;
}

void tst_HostileAnswers::blueskySendAnswer()
{
    QFETCH(Lie, lie);
    QFETCH(QStringList, outcomes);
    QFETCH(int, copies);
    QFETCH(QString, reason);

    FakeBlueskyServer server;
    QVERIFY(server.listen());
    Elsewhere elsewhere;
    QVERIFY(elsewhere.listen(quint16(server.baseUrl().port())));
    server.queueHostileAnswer(putRecord, lie);
    EngineFixture fixture;
    const qint64 account = addBlueskyAccount(fixture, server.baseUrl());

    const Settled settled = publishOne(fixture, account, u"A PDS lied"_s);
    QCOMPARE(settled.outcomes, outcomes);
    QCOMPARE(server.recordCount(), copies);
    QCOMPARE(server.putRecordsReceived(), copies);
    QVERIFY2(settled.attempts.constFirst().error.contains(reason), qPrintable(settled.attempts.constFirst().error));
    QCOMPARE(elsewhere.connections(), 0);
}

void tst_HostileAnswers::blueskyLookupAnswer_data()
{
    QTest::addColumn<Lie>("lie");
    QTest::addColumn<QString>("reason");
    QTest::newRow("malformed JSON") << Lie::MalformedJson << u"HTTP 200"_s;
    QTest::newRow("wrong types") << Lie::WrongTypes << u"HTTP 200"_s;
    QTest::newRow("missing ids") << Lie::MissingIds << u"HTTP 200"_s;
    QTest::newRow("huge body") << Lie::HugeBody << u"larger than 4 MiB"_s;
    QTest::newRow("HTML page") << Lie::HtmlPage << u"HTTP 200"_s;
    QTest::newRow("200 with an error") << Lie::ErrorBody << u"Something went wrong"_s;
    QTest::newRow("redirect elsewhere") << Lie::RedirectElsewhere << u"HTTP 307"_s;
}

// putRecord's answer lies (unknown), then getRecord lies once: cannot tell, looked up again, found.
void tst_HostileAnswers::blueskyLookupAnswer()
{
    QFETCH(Lie, lie);
    QFETCH(QString, reason);

    FakeBlueskyServer server;
    QVERIFY(server.listen());
    Elsewhere elsewhere;
    QVERIFY(elsewhere.listen(quint16(server.baseUrl().port())));
    server.queueHostileAnswer(putRecord, Lie::ErrorBody);
    server.queueHostileAnswer(getRecord, lie);
    EngineFixture fixture;
    const qint64 account = addBlueskyAccount(fixture, server.baseUrl());

    const Settled settled = publishOne(fixture, account, u"A lookup lied"_s);
    QCOMPARE(settled.outcomes, lookupFailedOnce);
    QCOMPARE(server.recordCount(), 1);
    QCOMPARE(server.putRecordsReceived(), 1);
    QVERIFY2(errorOf(settled, u"cannot_tell"_s).contains(reason), qPrintable(errorOf(settled, u"cannot_tell"_s)));
    QCOMPARE(elsewhere.connections(), 0);
}

// Signing in happens before anything is sent: a lie there means not executed, then sent once.
void tst_HostileAnswers::blueskySessionAnswer_data()
{
    addSendColumns();
    const QStringList retried { u"not_executed"_s, u"published"_s };
    const QString noSession = u"without a session"_s;
    QTest::newRow("malformed JSON") << Lie::MalformedJson << retried << 1 << noSession;
    QTest::newRow("wrong types") << Lie::WrongTypes << retried << 1 << noSession;
    QTest::newRow("huge body") << Lie::HugeBody << retried << 1 << u"larger than 4 MiB"_s;
    QTest::newRow("HTML page") << Lie::HtmlPage << retried << 1 << noSession;
    QTest::newRow("200 with an error") << Lie::ErrorBody << retried << 1 << noSession;
    QTest::newRow("redirect elsewhere") << Lie::RedirectElsewhere << QStringList { u"rejected"_s } << 0
                                        << u"redirected"_s;
}

void tst_HostileAnswers::blueskySessionAnswer()
{
    QFETCH(Lie, lie);
    QFETCH(QStringList, outcomes);
    QFETCH(int, copies);
    QFETCH(QString, reason);

    FakeBlueskyServer server;
    QVERIFY(server.listen());
    Elsewhere elsewhere;
    QVERIFY(elsewhere.listen(quint16(server.baseUrl().port())));
    server.queueHostileAnswer(createSession, lie);
    EngineFixture fixture;
    const qint64 account = addBlueskyAccount(fixture, server.baseUrl());

    const Settled settled = publishOne(fixture, account, u"A sign-in lied"_s);
    QCOMPARE(settled.outcomes, outcomes);
    QCOMPARE(server.recordCount(), copies);
    QVERIFY2(settled.attempts.constFirst().error.contains(reason), qPrintable(settled.attempts.constFirst().error));
    QCOMPARE(elsewhere.connections(), 0);
}

QTEST_GUILESS_MAIN(tst_HostileAnswers)
#include "tst_hostileanswers.moc"
