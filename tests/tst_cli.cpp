// The command line as a user runs it: the real binary in its own process, against the Mastodon fake
// in this one. Bad input is refused with one line and exit 2, and nothing is written; a publisher
// killed mid-send recovers without a duplicate.
#include "cliprocess.h"
#include "fakemastodonserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fault = FakeMastodonServer::Fault;

namespace {
constexpr int processTimeoutMs = 60000;
const QString token = u"s3cr3t-token-for-tests"_s;
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void badInputExitsTwoAndWritesNothing_data();
    void badInputExitsTwoAndWritesNothing();
    void scheduleRunAndList();
    void tokenNeverReachesTheDatabase();
    void killedMidSendRecoversWithoutDuplicate();
    void needsAttentionIsResolvedByTheUser();
    void webhookKilledMidSendAsksTheUser();
    void newerSchemaIsRefused();
    void secondRunIsRefusedWhileOneIsActive();

private:
    QStringList withDatabase(const QStringList &arguments) const;
    CliResult run(const QStringList &arguments);
    QProcess *start(const QStringList &arguments);
    QJsonObject onlyDelivery();
    int rowCount(const QString &table) const;
    void addMastodonAccount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeMastodonServer> m_server;
    QProcessEnvironment m_environment;
};

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeMastodonServer>();
    QVERIFY(m_server->listen());
    m_server->setAccessToken(token);
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    m_environment.insert(u"POSTSCHEDULER_SECRET_STORE"_s, u"file"_s);
    m_environment.insert(u"TEST_TOKEN"_s, token);
}

void tst_Cli::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QStringList tst_Cli::withDatabase(const QStringList &arguments) const
{
    return QStringList{u"--database"_s, m_dir->filePath(u"db.sqlite"_s)} + arguments;
}

QProcess *tst_Cli::start(const QStringList &arguments)
{
    return CliProcess::start(QStringLiteral(POSTSCHEDULER_BINARY), withDatabase(arguments), m_environment, this);
}

// Runs the binary while this process keeps serving the fake (no blocking wait).
CliResult tst_Cli::run(const QStringList &arguments)
{
    return CliProcess::finish(start(arguments), processTimeoutMs);
}

int tst_Cli::rowCount(const QString &table) const
{
    const QString name = u"probe"_s;
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_dir->filePath(u"db.sqlite"_s));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

void tst_Cli::addMastodonAccount()
{
    const CliResult added = run({u"account"_s, u"add"_s, u"mastodon"_s, u"social"_s, u"--instance"_s,
                                 m_server->baseUrl().toString(), u"--token-env"_s, u"TEST_TOKEN"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

QJsonObject tst_Cli::onlyDelivery()
{
    const CliResult listed = run({u"list"_s, u"--json"_s});
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    return lines.size() == 1 ? QJsonDocument::fromJson(lines.constFirst().toUtf8()).object() : QJsonObject();
}

void tst_Cli::badInputExitsTwoAndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown account") << QStringList{u"schedule"_s, u"--account"_s, u"nobody"_s, u"--at"_s, u"now"_s,
                                                    u"--text"_s, u"hi"_s}
                                     << u"no account named \"nobody\""_s;
    QTest::newRow("bad date") << QStringList{u"schedule"_s, u"--account"_s, u"social"_s, u"--at"_s,
                                             u"2026-02-30T10:00"_s, u"--text"_s, u"hi"_s}
                              << u"is not a date and time"_s;
    QTest::newRow("empty text") << QStringList{u"schedule"_s, u"--account"_s, u"social"_s, u"--at"_s, u"now"_s,
                                               u"--text"_s, u"   "_s}
                                << u"The text is empty"_s;
    QTest::newRow("over-long text") << QStringList{u"schedule"_s, u"--account"_s, u"social"_s, u"--at"_s, u"now"_s,
                                                   u"--text"_s, QString(501, u'x')}
                                    << u"501 characters; social allows 500"_s;
    QTest::newRow("missing media") << QStringList{u"schedule"_s, u"--account"_s, u"social"_s, u"--at"_s, u"now"_s,
                                                  u"--text"_s, u"hi"_s, u"--media"_s, u"/nonexistent.png"_s}
                                   << u"does not exist"_s;
    QTest::newRow("unknown state") << QStringList{u"list"_s, u"--state"_s, u"lost"_s} << u"Unknown state \"lost\""_s;
    QTest::newRow("resolve without a decision") << QStringList{u"resolve"_s, u"1"_s} << u"Choose exactly one"_s;
    QTest::newRow("resolve unknown delivery") << QStringList{u"resolve"_s, u"99"_s, u"--posted"_s}
                                              << u"no delivery 99"_s;
    QTest::newRow("unknown command") << QStringList{u"publish"_s} << u"Unknown command"_s;
    QTest::newRow("plain http to another host")
        << QStringList{u"account"_s, u"add"_s, u"mastodon"_s, u"x"_s, u"--instance"_s, u"http://example.com"_s,
                       u"--token-env"_s, u"TEST_TOKEN"_s}
        << u"must use https://"_s;
    QTest::newRow("token variable unset")
        << QStringList{u"account"_s, u"add"_s, u"mastodon"_s, u"y"_s, u"--instance"_s, u"https://example.com"_s,
                       u"--token-env"_s, u"NO_SUCH_VARIABLE"_s}
        << u"NO_SUCH_VARIABLE is empty or not set"_s;
    QTest::newRow("unknown option") << QStringList{u"list"_s, u"--colour"_s} << u"Unknown option"_s;
}

void tst_Cli::badInputExitsTwoAndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    addMastodonAccount();
    const int posts = rowCount(u"posts"_s);
    const int accounts = rowCount(u"accounts"_s);
    const CliResult result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message, Qt::CaseInsensitive), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1); // one clear line
    QCOMPARE(rowCount(u"posts"_s), posts);
    QCOMPARE(rowCount(u"accounts"_s), accounts);
}

void tst_Cli::scheduleRunAndList()
{
    addMastodonAccount();
    const CliResult scheduled =
        run({u"schedule"_s, u"--account"_s, u"social"_s, u"--at"_s, u"now"_s, u"--text"_s, u"Hello from the CLI"_s});
    QVERIFY2(scheduled.exitCode == 0, qPrintable(scheduled.err));
    const CliResult ran = run({u"run"_s, u"--until-idle"_s});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
    const QJsonObject delivery = onlyDelivery();
    QCOMPARE(delivery.value(u"state"_s).toString(), u"published"_s);
    QCOMPARE(delivery.value(u"account"_s).toString(), u"social"_s);
    QCOMPARE(delivery.value(u"attempts"_s).toInt(), 1);
    QCOMPARE(delivery.value(u"remote_id"_s).toString(), m_server->statuses().constFirst().id);
    QVERIFY(delivery.value(u"remote_url"_s).toString().startsWith(m_server->baseUrl().toString()));
    for (const char *key : {"id", "post_id", "scheduled_at", "reason"})
        QVERIFY2(delivery.contains(QLatin1StringView(key)), key);
    QCOMPARE(m_server->countStatusesWithText(u"Hello from the CLI"_s), 1);

    // Scheduled in the future is not work: run --until-idle returns at once, sending nothing.
    QVERIFY(run({u"schedule"_s, u"--account"_s, u"social"_s, u"--at"_s, u"2099-01-01T09:00+01:00"_s, u"--text"_s,
                 u"later"_s})
                .exitCode
            == 0);
    QCOMPARE(run({u"run"_s, u"--until-idle"_s}).exitCode, 0);
    QCOMPARE(m_server->statuses().size(), 1);
    const CliResult scheduledOnly = run({u"list"_s, u"--json"_s, u"--state"_s, u"scheduled"_s});
    QCOMPARE(scheduledOnly.out.count(u'\n'), 1);
    QVERIFY(scheduledOnly.out.contains(u"\"scheduled_at\":\"2099-01-01T08:00:00Z\""_s));
}

void tst_Cli::tokenNeverReachesTheDatabase()
{
    addMastodonAccount();
    QVERIFY(run({u"schedule"_s, u"--account"_s, u"social"_s, u"--at"_s, u"now"_s, u"--text"_s, u"t"_s}).exitCode == 0);
    const CliResult ran = run({u"run"_s, u"--until-idle"_s});
    QCOMPARE(ran.exitCode, 0);
    QVERIFY(!ran.out.contains(token) && !ran.err.contains(token));
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile file(m_dir->filePath(u"db.sqlite"_s + suffix));
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
    }
    const QString secrets = m_dir->filePath(u"data/postscheduler/postscheduler/secrets.json"_s);
    QVERIFY2(QFile::exists(secrets), qPrintable(secrets));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &privateFile : {secrets, m_dir->filePath(u"db.sqlite"_s)}) {
        QCOMPARE(QFile::permissions(privateFile) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(privateFile).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
}

void tst_Cli::killedMidSendRecoversWithoutDuplicate()
{
    addMastodonAccount();
    QVERIFY(run({u"schedule"_s, u"--account"_s, u"social"_s, u"--at"_s, u"now"_s, u"--text"_s, u"crash test"_s})
                .exitCode
            == 0);
    // The server commits the status but holds the answer; the publisher is killed while it waits.
    m_server->setLateAnswerDelay(processTimeoutMs);
    m_server->queueStatusFault(Fault::ProcessThenAnswerLate);
    QProcess *publisher = start({u"run"_s});
    QTRY_COMPARE_WITH_TIMEOUT(m_server->countStatusesWithText(u"crash test"_s), 1, processTimeoutMs);
    QCOMPARE(onlyDelivery().value(u"state"_s).toString(), u"sending"_s);
    publisher->kill(); // SIGKILL
    QVERIFY(publisher->waitForFinished());

    const CliResult restarted = run({u"run"_s, u"--until-idle"_s, u"--verify-delay"_s, u"0"_s});
    QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.err));
    QCOMPARE(m_server->countStatusesWithText(u"crash test"_s), 1);
    QCOMPARE(m_server->statusPostsReceived(), 1);
    const QJsonObject delivery = onlyDelivery();
    QCOMPARE(delivery.value(u"state"_s).toString(), u"published"_s);
    QCOMPARE(delivery.value(u"remote_id"_s).toString(), m_server->statuses().constFirst().id);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"attempts"_s);
    db.setDatabaseName(m_dir->filePath(u"db.sqlite"_s));
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT kind || ':' || outcome FROM attempts ORDER BY id"_s));
    QStringList log;
    while (query.next())
        log.append(query.value(0).toString());
    QCOMPARE(log, (QStringList{u"send:interrupted"_s, u"verify:found"_s}));
    query = QSqlQuery();
    db.close();
}

void tst_Cli::needsAttentionIsResolvedByTheUser()
{
    QUrl hook = m_server->baseUrl();
    hook.setPath(u"/api/v1/statuses"_s);
    QVERIFY(run({u"account"_s, u"add"_s, u"webhook"_s, u"hook"_s, u"--url"_s, hook.toString(), u"--token-env"_s,
                 u"TEST_TOKEN"_s})
                .exitCode
            == 0);
    QVERIFY(run({u"schedule"_s, u"--account"_s, u"hook"_s, u"--at"_s, u"now"_s, u"--text"_s, u"to a webhook"_s}).exitCode
            == 0);
    m_server->queueStatusFault(Fault::ProcessThen502);
    QCOMPARE(run({u"run"_s, u"--until-idle"_s}).exitCode, 0);
    QJsonObject delivery = onlyDelivery();
    QCOMPARE(delivery.value(u"state"_s).toString(), u"needs_attention"_s);
    QVERIFY(delivery.value(u"reason"_s).toString().contains(u"cannot be asked"_s));
    const QString id = QString::number(delivery.value(u"id"_s).toInteger());
    QCOMPARE(run({u"resolve"_s, id, u"--posted"_s}).exitCode, 0);
    QCOMPARE(onlyDelivery().value(u"state"_s).toString(), u"published"_s);
    const CliResult again = run({u"resolve"_s, id, u"--cancel"_s});
    QCOMPARE(again.exitCode, 2); // published is final
    QVERIFY(again.err.contains(u"cannot become"_s));
    QCOMPARE(m_server->statusPostsReceived(), 1);
}

void tst_Cli::webhookKilledMidSendAsksTheUser()
{
    QUrl hook = m_server->baseUrl();
    hook.setPath(u"/api/v1/statuses"_s);
    QVERIFY(run({u"account"_s, u"add"_s, u"webhook"_s, u"hook"_s, u"--url"_s, hook.toString()}).exitCode == 0);
    QVERIFY(run({u"schedule"_s, u"--account"_s, u"hook"_s, u"--at"_s, u"now"_s, u"--text"_s, u"hook crash"_s}).exitCode
            == 0);
    m_server->setLateAnswerDelay(processTimeoutMs);
    m_server->queueStatusFault(Fault::ProcessThenAnswerLate);
    QProcess *publisher = start({u"run"_s});
    QTRY_COMPARE_WITH_TIMEOUT(m_server->statusPostsReceived(), 1, processTimeoutMs);
    publisher->kill();
    QVERIFY(publisher->waitForFinished());
    const CliResult restarted = run({u"run"_s, u"--until-idle"_s});
    QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.err));
    const QJsonObject delivery = onlyDelivery();
    QCOMPARE(delivery.value(u"state"_s).toString(), u"needs_attention"_s); // a webhook cannot be asked
    QCOMPARE(m_server->statusPostsReceived(), 1);                        // and is never sent blindly again
}

void tst_Cli::newerSchemaIsRefused()
{
    addMastodonAccount();
    const QString path = m_dir->filePath(u"db.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    const CliResult result = run({u"list"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path) && result.err.contains(u"newer"_s), qPrintable(result.err));
}

void tst_Cli::secondRunIsRefusedWhileOneIsActive()
{
    addMastodonAccount();
    QProcess *first = start({u"run"_s});
    // It holds the lease once it says it is publishing.
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += first->readAllStandardOutput()).contains("Publishing from"), processTimeoutMs);
    const CliResult second = run({u"run"_s, u"--until-idle"_s});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(u"Another postscheduler"_s), qPrintable(second.err));
    first->kill();
    QVERIFY(first->waitForFinished());
    // Its holder is gone: the lease is taken over at once.
    QCOMPARE(run({u"run"_s, u"--until-idle"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
