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
    QList<Attempt> attempts;
    QStringList outcomes;
};

// The attempt whose outcome is `outcome`, for its reason.
QString errorOf(const Settled &settled, const QString &outcome)
{
    for (const Attempt &attempt : settled.attempts) {
        if (attempt.outcome == outcome)
            return attempt.error;
    }
    return {};
}

// A Mastodon fake and a Bluesky fake, an account on each, and the host their redirects point to.
class LyingServers {
public:
    bool start()
    {
        return m_mastodon.listen() && m_bluesky.listen() && m_mastodonElsewhere.listen(m_mastodon.port())
            && m_blueskyElsewhere.listen(quint16(m_bluesky.baseUrl().port()));
    }
    qint64 addAccount(EngineFixture &fixture, const QString &platform)
    {
        if (platform == u"mastodon")
            return fixture.addAccount(platform, u"m"_s, m_mastodon.baseUrl());
        Account account { 0,
                          u"sky"_s,
                          platform,
                          m_bluesky.baseUrl(),
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
    // `where` is a path on the Mastodon fake, an XRPC method on the Bluesky one.
    void lie(const QString &platform, const QString &where, Lie lie)
    {
        if (platform == u"mastodon")
            m_mastodon.queueHostileAnswer(where, lie);
        else
            m_bluesky.queueHostileAnswer(where, lie);
    }
    // The next send is carried out and its answer lost, so that it is looked up.
    void loseNextSendAnswer(const QString &platform)
    {
        if (platform == u"mastodon")
            m_mastodon.queueStatusFault(FakeMastodonServer::Fault::ProcessThenClose);
        else
            m_bluesky.queueHostileAnswer(putRecord, Lie::ErrorBody);
    }
    int copies(const QString &platform, const QString &text) const
    {
        return platform == u"mastodon" ? m_mastodon.countStatusesWithText(text) : m_bluesky.recordCount();
    }
    int sendsReceived(const QString &platform) const
    {
        return platform == u"mastodon" ? m_mastodon.statusPostsReceived() : m_bluesky.putRecordsReceived();
    }
    int connectionsElsewhere() { return m_mastodonElsewhere.connections() + m_blueskyElsewhere.connections(); }

private:
    FakeMastodonServer m_mastodon;
    FakeBlueskyServer m_bluesky;
    Elsewhere m_mastodonElsewhere;
    Elsewhere m_blueskyElsewhere;
};

// Schedules one post now on a fresh account, runs the engine until the delivery is final.
Settled publishOne(LyingServers &servers, const QString &platform, const QString &text)
{
    EngineFixture fixture;
    const qint64 accountId = servers.addAccount(fixture, platform);
    const qint64 postId = fixture.schedule(text, { accountId }, QDateTime::currentDateTimeUtc());
    const qint64 deliveryId = fixture.deliveriesOfPost(postId).constFirst().id;
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    // A delivery that never settles shows up in the comparisons of the caller.
    (void)QTest::qWaitFor([&] { return DeliveryStates::isFinal(fixture.delivery(deliveryId).state); }, settleTimeoutMs);
    engine->stop();
    return { fixture.attempts(deliveryId), fixture.outcomes(deliveryId) };
}

} // namespace

class tst_HostileAnswers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinPlatforms(); }
    void lieToASend_data();
    void lieToASend();
    void lieToALookup_data();
    void lieToALookup();
};

// A send carried out, then a lying answer: unknown, so verified and found, never resent. A lie to a
// Bluesky sign-in comes before anything is sent: not executed, then sent once. A redirect is refused
// without following it: nothing was made, and the user decides.
void tst_HostileAnswers::lieToASend_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("where");
    QTest::addColumn<Lie>("lie");
    QTest::addColumn<QStringList>("outcomes");
    QTest::addColumn<int>("copies"); // of the post on the server at the end
    QTest::addColumn<QString>("reason"); // in the first attempt's error

    struct Target {
        QString platform;
        QString where;
        QStringList outcomes; // after a lie the request survived
        QString reason; // of such a lie, when the body is unusable
    };
    const QStringList retried { u"not_executed"_s, u"published"_s };
    for (const Target &t : { Target { u"mastodon"_s, statusesPath, verifiedFound, u"without a status"_s },
                             Target { u"bluesky"_s, putRecord, verifiedFound, u"without the record's uri"_s },
                             Target { u"bluesky"_s, createSession, retried, u"without a session"_s } }) {
        const QByteArray name = (t.platform + u' ' + t.where.section(u'.', -1).section(u'/', -1)).toUtf8();
        const auto row = [&](const char *lie) -> QTestData & {
            return QTest::addRow("%s: %s", name.constData(), lie) << t.platform << t.where;
        };
        row("malformed JSON") << Lie::MalformedJson << t.outcomes << 1 << t.reason;
        row("wrong types") << Lie::WrongTypes << t.outcomes << 1 << t.reason;
        if (t.where != createSession) // a session has no ids to lose
            row("missing ids") << Lie::MissingIds << t.outcomes << 1 << t.reason;
        row("huge body") << Lie::HugeBody << t.outcomes << 1 << u"larger than 4 MiB"_s;
        row("HTML page") << Lie::HtmlPage << t.outcomes << 1 << t.reason;
        row("200 with an error") << Lie::ErrorBody << t.outcomes << 1 << t.reason;
        row("redirect elsewhere") << Lie::RedirectElsewhere << QStringList { u"rejected"_s } << 0 << u"redirected"_s;
    }
}

void tst_HostileAnswers::lieToASend()
{
    QFETCH(QString, platform);
    QFETCH(QString, where);
    QFETCH(Lie, lie);
    QFETCH(QStringList, outcomes);
    QFETCH(int, copies);
    QFETCH(QString, reason);

    LyingServers servers;
    QVERIFY(servers.start());
    servers.lie(platform, where, lie);
    const QString text = u"A lie told: %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));

    const Settled settled = publishOne(servers, platform, text);
    QCOMPARE(settled.outcomes, outcomes);
    QCOMPARE(servers.copies(platform, text), copies);
    QVERIFY(servers.sendsReceived(platform) <= 1); // never a second send
    QVERIFY2(settled.attempts.constFirst().error.contains(reason), qPrintable(settled.attempts.constFirst().error));
    QCOMPARE(servers.connectionsElsewhere(), 0);
}

// The send's answer is lost; then the lookup lies once: cannot tell, looked up again, found.
void tst_HostileAnswers::lieToALookup_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("where");
    QTest::addColumn<Lie>("lie");
    QTest::addColumn<QString>("reason"); // in the cannot-tell attempt's error

    const QString mastodon = u"mastodon"_s;
    const QString bluesky = u"bluesky"_s;
    const QString notAList = u"not a list of statuses"_s;
    const QString malformed = u"malformed status"_s;
    const QString tooLarge = u"larger than 4 MiB"_s;
    const QString unusable200 = u"HTTP 200"_s;
    const QString redirected = u"HTTP 307"_s;
    QTest::newRow("mastodon list: malformed JSON") << mastodon << statusesListPath << Lie::MalformedJson << notAList;
    QTest::newRow("mastodon list: wrong types") << mastodon << statusesListPath << Lie::WrongTypes << malformed;
    QTest::newRow("mastodon list: missing ids") << mastodon << statusesListPath << Lie::MissingIds << malformed;
    QTest::newRow("mastodon list: huge body") << mastodon << statusesListPath << Lie::HugeBody << tooLarge;
    QTest::newRow("mastodon list: HTML page") << mastodon << statusesListPath << Lie::HtmlPage << notAList;
    QTest::newRow("mastodon list: 200 with an error") << mastodon << statusesListPath << Lie::ErrorBody << notAList;
    QTest::newRow("mastodon list: redirect elsewhere")
        << mastodon << statusesListPath << Lie::RedirectElsewhere << redirected;
    QTest::newRow("mastodon account: wrong types") << mastodon << credentialsPath << Lie::WrongTypes << unusable200;
    QTest::newRow("mastodon account: HTML page") << mastodon << credentialsPath << Lie::HtmlPage << unusable200;
    QTest::newRow("mastodon account: redirect elsewhere")
        << mastodon << credentialsPath << Lie::RedirectElsewhere << redirected;
    QTest::newRow("bluesky getRecord: malformed JSON") << bluesky << getRecord << Lie::MalformedJson << unusable200;
    QTest::newRow("bluesky getRecord: wrong types") << bluesky << getRecord << Lie::WrongTypes << unusable200;
    QTest::newRow("bluesky getRecord: missing ids") << bluesky << getRecord << Lie::MissingIds << unusable200;
    QTest::newRow("bluesky getRecord: huge body") << bluesky << getRecord << Lie::HugeBody << tooLarge;
    QTest::newRow("bluesky getRecord: HTML page") << bluesky << getRecord << Lie::HtmlPage << unusable200;
    QTest::newRow("bluesky getRecord: 200 with an error")
        << bluesky << getRecord << Lie::ErrorBody << u"Something went wrong"_s;
    QTest::newRow("bluesky getRecord: redirect elsewhere")
        << bluesky << getRecord << Lie::RedirectElsewhere << redirected;
}

void tst_HostileAnswers::lieToALookup()
{
    QFETCH(QString, platform);
    QFETCH(QString, where);
    QFETCH(Lie, lie);
    QFETCH(QString, reason);

    LyingServers servers;
    QVERIFY(servers.start());
    servers.loseNextSendAnswer(platform);
    servers.lie(platform, where, lie);
    const QString text = u"A lookup lied: %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));

    const Settled settled = publishOne(servers, platform, text);
    QCOMPARE(settled.outcomes, lookupFailedOnce);
    QCOMPARE(servers.copies(platform, text), 1);
    QCOMPARE(servers.sendsReceived(platform), 1);
    QVERIFY2(errorOf(settled, u"cannot_tell"_s).contains(reason), qPrintable(errorOf(settled, u"cannot_tell"_s)));
    QCOMPARE(servers.connectionsElsewhere(), 0);
}

QTEST_GUILESS_MAIN(tst_HostileAnswers)
#include "tst_hostileanswers.moc"
