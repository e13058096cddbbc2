// A seeded crash campaign: the headless publisher (`postscheduler run`, the real binary) against
// fake Mastodon servers in this process, killed with SIGKILL at random moments and, one run in
// three, inside a database transaction just before its COMMIT (the CommitPause seam: sending,
// recording an outcome, or recovering from the last kill), restarted each time, then left to
// settle everything. Afterwards the database passes integrity_check, every
// post is on its server exactly once, and every send that was in flight at a kill was followed by
// a lookup before anything else. It prints one line of figures (see CampaignFigures). The default
// size runs in the quick suite; the campaign label kills 300 times.
//   POSTSCHEDULER_CAMPAIGN_SEED=N  POSTSCHEDULER_CAMPAIGN_KILLS=N  ./tst_crashcampaign
#include "campaignfigures.h"
#include "cliprocess.h"
#include "fakemastodonfleet.h"
#include "fakemastodonserver.h"

#include "storage/database.h"
#include "storage/poststore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int accountCount = 4;
constexpr int faultPercent = 20;
constexpr int postsPerKill = 2;
constexpr int spacingMs = 200;         // posts fall due as a stream while the publisher is killed
constexpr int processingDelayMs = 300; // a server commits a post this long after reading it
constexpr int maxKillDelayMs = 800;
constexpr int commitPauseMs = 200;
constexpr int markerTimeoutMs = 3000;
constexpr int requestTimeoutMs = 1000;
constexpr int processTimeoutMs = 300'000;

// Short delays, but a lookup still waits longer than a server takes to commit what it has read.
// The publisher's pass (outcomes and the next keys in one commit) and the start's recovery.
const QList<QByteArray> killableCommits{"publisherPass"_ba, "recoverInterrupted"_ba};

const QStringList publisherArguments{u"run"_s, u"--request-timeout"_s, u"1"_s, u"--verify-delay"_s, u"0.5"_s,
                                     u"--retry-delay"_s, u"0.05"_s};
} // namespace

class tst_CrashCampaign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedPublisherNeverDuplicatesNorLoses();

private:
    QStringList withDatabase(const QStringList &arguments) const;
    QProcess *startPublisher(bool pauseBeforeCommits);
    void addAccounts();
    QStringList schedulePosts(QRandomGenerator &random, int count);
    bool killOnce(QRandomGenerator &random);
    bool killInsideCommit(QProcess *publisher, const QByteArray &transaction, int occurrence);
    void recordSendsInFlight();
    int unverifiedInterruptions() const;

    QTemporaryDir m_dir;
    QString m_databasePath;
    std::unique_ptr<FakeMastodonFleet> m_fleet;
    std::unique_ptr<Database> m_database;
    QProcessEnvironment m_environment;
    QList<qint64> m_accounts;
    QSet<qint64> m_sendsInFlightAtKills; // attempt ids
    QStringList m_unexpectedExits;       // what a publisher that stopped before its kill said
};

void tst_CrashCampaign::initTestCase()
{
    m_databasePath = m_dir.filePath(u"crash.sqlite"_s);
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    m_environment.insert(u"POSTSCHEDULER_SECRET_STORE"_s, u"file"_s);
    m_environment.insert(u"TEST_TOKEN"_s, u"test-token"_s);
    m_fleet = std::make_unique<FakeMastodonFleet>(accountCount, requestTimeoutMs);
    for (int i = 0; i < m_fleet->size(); ++i)
        m_fleet->server(i).setProcessingDelay(processingDelayMs);
}

QStringList tst_CrashCampaign::withDatabase(const QStringList &arguments) const
{
    return QStringList{u"--database"_s, m_databasePath} + arguments;
}

QProcess *tst_CrashCampaign::startPublisher(bool pauseBeforeCommits)
{
    QProcessEnvironment environment = m_environment;
    if (pauseBeforeCommits)
        environment.insert(u"POSTSCHEDULER_TEST_PAUSE_BEFORE_COMMIT_MS"_s, QString::number(commitPauseMs));
    return CliProcess::start(QStringLiteral(POSTSCHEDULER_BINARY), withDatabase(publisherArguments), environment, this);
}

void tst_CrashCampaign::addAccounts()
{
    for (int i = 0; i < m_fleet->size(); ++i) {
        const QStringList add{u"account"_s, u"add"_s, u"mastodon"_s, u"account%1"_s.arg(i), u"--instance"_s,
                              m_fleet->server(i).baseUrl().toString(), u"--token-env"_s, u"TEST_TOKEN"_s};
        const CliResult added = CliProcess::finish(
            CliProcess::start(QStringLiteral(POSTSCHEDULER_BINARY), withDatabase(add), m_environment, this),
            processTimeoutMs);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    Result<QSqlQuery> ids = m_database->exec(u"SELECT id FROM accounts ORDER BY id"_s);
    while (ids && ids.value().next())
        m_accounts.append(ids.value().value(0).toLongLong());
    QCOMPARE(m_accounts.size(), accountCount);
}

QStringList tst_CrashCampaign::schedulePosts(QRandomGenerator &random, int count)
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QStringList texts;
    for (int i = 0; i < count; ++i) {
        const int account = int(random.bounded(accountCount));
        const QString text = u"crash campaign post %1"_s.arg(i);
        const Post post{0, text, start.addMSecs(qint64(i) * spacingMs), {}};
        if (const Result<qint64> created = PostStore(*m_database).create(post, {m_accounts.at(account)}); !created)
            qFatal("cannot schedule: %s", qPrintable(created.error()));
        m_fleet->planFaults(random, account, text, faultPercent);
        texts.append(text);
    }
    return texts;
}

// Kills one publisher, at a random moment or inside a commit; true when it was inside a commit.
bool tst_CrashCampaign::killOnce(QRandomGenerator &random)
{
    const bool insideCommit = random.bounded(3) == 0;
    QProcess *publisher = startPublisher(insideCommit);
    const QByteArray transaction = killableCommits.at(int(random.bounded(killableCommits.size())));
    // Recovery commits once per start; a pass again and again.
    const int occurrence = transaction == "recoverInterrupted" ? 1 : 1 + int(random.bounded(3));
    const int delayMs = int(random.bounded(maxKillDelayMs));
    bool paused = false;
    if (insideCommit)
        paused = killInsideCommit(publisher, transaction, occurrence);
    else
        QTest::qWait(delayMs);
    publisher->kill(); // SIGKILL
    publisher->waitForFinished();
    if (publisher->exitStatus() == QProcess::NormalExit) // it stopped by itself: it could not take over
        m_unexpectedExits.append(QString::fromUtf8(publisher->readAllStandardError()));
    delete publisher;
    recordSendsInFlight();
    return paused;
}

// Waits until the publisher announces the given COMMIT for the given time, then kills it while it
// pauses there. False if the marker did not come (nothing to do): the kill is then a random one.
bool tst_CrashCampaign::killInsideCommit(QProcess *publisher, const QByteArray &transaction, int occurrence)
{
    const QByteArray marker = "postscheduler-test: before COMMIT of " + transaction + '\n';
    QByteArray seen;
    bool reached = false;
    const QMetaObject::Connection watching = connect(publisher, &QProcess::readyReadStandardError, publisher, [&] {
        seen += publisher->readAllStandardError();
        if (seen.count(marker) >= occurrence && !reached) {
            reached = true;
            publisher->kill(); // within the pause, before the test's event loop moves on
        }
    });
    (void)QTest::qWaitFor([&] { return reached || publisher->state() == QProcess::NotRunning; }, markerTimeoutMs);
    disconnect(watching); // `seen` and `reached` end here
    return reached;
}

void tst_CrashCampaign::recordSendsInFlight()
{
    Result<QSqlQuery> open = m_database->exec(u"SELECT id FROM attempts WHERE kind = 'send' AND finished_at IS NULL"_s);
    while (open && open.value().next())
        m_sendsInFlightAtKills.insert(open.value().value(0).toLongLong());
}

// A send cut off by a kill must be followed, on its delivery, by a lookup: never by another send.
int tst_CrashCampaign::unverifiedInterruptions() const
{
    int unverified = 0;
    for (const qint64 attempt : m_sendsInFlightAtKills) {
        const int next = Campaign::countOf(*m_database,
                                 u"SELECT kind = 'verify' FROM attempts WHERE delivery_id = "
                                 u"(SELECT delivery_id FROM attempts WHERE id = %1) AND id > %1 AND kind != 'note' "
                                 u"ORDER BY id LIMIT 1"_s.arg(attempt));
        unverified += next == 1 ? 0 : 1;
    }
    return unverified;
}


void tst_CrashCampaign::killedPublisherNeverDuplicatesNorLoses()
{
    CampaignFigures figures;
    figures.campaign = u"crash"_s;
    figures.seed = quint32(Campaign::setting("POSTSCHEDULER_CAMPAIGN_SEED", 20261129));
    const int kills = Campaign::setting("POSTSCHEDULER_CAMPAIGN_KILLS", 20);
    figures.posts = kills * postsPerKill;
    QRandomGenerator random(figures.seed);

    Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_database = std::move(opened.value());
    QVERIFY(m_database->exec(u"PRAGMA synchronous = OFF"_s)); // this connection only sets up and reads
    addAccounts();
    const QStringList texts = schedulePosts(random, figures.posts);
    const QDateTime lastDue = QDateTime::currentDateTimeUtc().addMSecs(qint64(figures.posts) * spacingMs);

    int insideCommits = 0;
    for (int kill = 0; kill < kills; ++kill)
        insideCommits += killOnce(random) ? 1 : 0;
    QVERIFY(QTest::qWaitFor([&] { return QDateTime::currentDateTimeUtc() > lastDue; }, processTimeoutMs));
    const CliResult settled = CliProcess::finish(
        CliProcess::start(QStringLiteral(POSTSCHEDULER_BINARY), withDatabase(publisherArguments + QStringList{u"--until-idle"_s}),
                          m_environment, this),
        processTimeoutMs);
    QVERIFY2(settled.exitCode == 0, qPrintable(settled.err));
    QVERIFY2(m_unexpectedExits.isEmpty(), qPrintable(m_unexpectedExits.join(u'\n')));
    // A kill inside a commit needs the transaction names above: a renamed one must not turn every
    // such kill into a random one unnoticed.
    QVERIFY2(insideCommits > 0, "no kill landed inside a commit");

    figures.faults = m_fleet->faultsTaken();
    figures.extra = {{u"kills"_s, kills},
                     {u"kills_inside_commit"_s, insideCommits},
                     {u"sends_in_flight_at_kills"_s, int(m_sendsInFlightAtKills.size())}};
    figures.finish(texts, m_fleet->copiesByText(), *m_database);
    Result<QSqlQuery> integrity = m_database->exec(u"PRAGMA integrity_check"_s);
    QVERIFY(integrity && integrity.value().next());
    QCOMPARE(integrity.value().value(0).toString(), u"ok"_s);
    QCOMPARE(Campaign::unsettled(*m_database), 0);
    QCOMPARE(figures.duplicates, 0);
    QCOMPARE(figures.lost, 0);
    QCOMPARE(unverifiedInterruptions(), 0);
    QCOMPARE(figures.published, figures.posts); // every fault and crash here is one the platform lets us settle
}

QTEST_GUILESS_MAIN(tst_CrashCampaign)
#include "tst_crashcampaign.moc"
