// The machine turns hostile: the disk fills up (while scheduling and while a send is in flight), the
// database's filesystem is read-only, another process locks it, the file is corrupt; a server presents
// a self-signed certificate. Each gives a clear message and no crash, and nothing is lost. A known token
// appears nowhere but in the secret store: not in the database (nor its WAL), settings or output, not
// even after a crash; the database and the fallback secret file are 0600.
//
// The full disk is a real one: a 4 MiB tmpfs mounted in a mount namespace of this process's own
// (unshare(CLONE_NEWNS), so that it vanishes with the process), which needs root or CAP_SYS_ADMIN, as the
// tests have here and in CI. The same mount, remounted read-only, is a read-only filesystem that even
// root cannot write, which permission bits are not (tst_database::readOnlyFileRefused).
#include "clirunner.h"
#include "enginefixture.h"
#include "fakemastodonserver.h"

#include "platforms/builtinplatforms.h"
#include "publish/engine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <sched.h>
#include <sys/mount.h>

using namespace Qt::StringLiterals;
using Fault = FakeMastodonServer::Fault;

namespace {

const QString token = u"hostile-environment-token-7c1f"_s;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// A small tmpfs that can be filled up and made read-only.
class SmallDisk {
public:
    explicit SmallDisk(const QString &path)
        : m_path(path)
    {
        QDir().mkpath(path);
        m_mounted = ::mount("tmpfs", qPrintable(path), "tmpfs", MS_NOSUID | MS_NODEV, "size=4m,mode=0700") == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(qPrintable(m_path), MNT_DETACH);
    }
    Q_DISABLE_COPY_MOVE(SmallDisk)

    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }

    // Writes a filler file until the filesystem refuses another byte.
    bool fill()
    {
        QFile filler(filePath(u"filler"_s));
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        return filler.error() != QFileDevice::NoError;
    }
    bool free() { return QFile::remove(filePath(u"filler"_s)); }
    bool makeReadOnly() { return ::mount(nullptr, qPrintable(m_path), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0; }

private:
    QString m_path;
    bool m_mounted = false;
};

// What a database file says about itself, through a connection of this process.
QVariant query(const QString &databasePath, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class tst_HostileEnvironment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void diskFullWhileScheduling();
    void diskFullWhileSending();
    void unusableDatabaseIsRefused_data();
    void unusableDatabaseIsRefused();
    void tokenAppearsNowhere();
    void selfSignedCertificateIsRefused();

private:
    void addAccountAndSchedule(CliRunner &cli, const QString &text);
    QString readEverything(const QString &folder, const QStringList &except) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeMastodonServer> m_server;
};

void tst_HostileEnvironment::initTestCase()
{
    registerBuiltinPlatforms();
    // Mounts stay in this process's own namespace (and its children's), and vanish with it.
    QVERIFY2(::unshare(CLONE_NEWNS) == 0, "a mount namespace of its own needs root or CAP_SYS_ADMIN");
    QVERIFY(::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0);
}

void tst_HostileEnvironment::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeMastodonServer>();
    QVERIFY(m_server->listen());
    m_server->setAccessToken(token);
}

void tst_HostileEnvironment::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void tst_HostileEnvironment::addAccountAndSchedule(CliRunner &cli, const QString &text)
{
    cli.environment().insert(u"TEST_TOKEN"_s, token);
    const CliResult added = cli.run({ u"account"_s, u"add"_s, u"mastodon"_s, u"social"_s, u"--instance"_s,
                                      m_server->baseUrl().toString(), u"--token-env"_s, u"TEST_TOKEN"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const CliResult scheduled
        = cli.run({ u"schedule"_s, u"--account"_s, u"social"_s, u"--at"_s, u"now"_s, u"--text"_s, text });
    QVERIFY2(scheduled.exitCode == 0, qPrintable(scheduled.err));
}

// `schedule` on a full disk: refused with a message that says so, the database intact; once there is
// room again, the same command works.
void tst_HostileEnvironment::diskFullWhileScheduling()
{
    SmallDisk disk(m_dir->filePath(u"disk"_s));
    QVERIFY(disk.isMounted());
    CliRunner cli(m_dir->path(), disk.filePath(u"db.sqlite"_s));
    addAccountAndSchedule(cli, u"before the disk filled up"_s);

    QVERIFY(disk.fill());
    const QStringList later {
        u"schedule"_s, u"--account"_s, u"social"_s, u"--at"_s, u"now"_s, u"--text"_s, u"later"_s
    };
    const CliResult refused = cli.run(later);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"full"_s) && refused.err.contains(cli.databasePath()), qPrintable(refused.err));
    QVERIFY(disk.free());

    QCOMPARE(query(cli.databasePath(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(query(cli.databasePath(), u"SELECT COUNT(*) FROM posts"_s).toInt(), 1);
    const CliResult accepted = cli.run(later);
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QCOMPARE(query(cli.databasePath(), u"SELECT COUNT(*) FROM posts"_s).toInt(), 2);
}

// The disk fills up while a send is in flight: the publisher cannot renew its lease nor record the
// answer, so it stops with a clear message (it must not go on without its lease). The next run
// verifies the interrupted send and finds the post: published once, never sent twice.
void tst_HostileEnvironment::diskFullWhileSending()
{
    SmallDisk disk(m_dir->filePath(u"disk"_s));
    QVERIFY(disk.isMounted());
    CliRunner cli(m_dir->path(), disk.filePath(u"db.sqlite"_s));
    addAccountAndSchedule(cli, u"sent as the disk fills up"_s);
    m_server->setLateAnswerDelay(3000);
    m_server->queueStatusFault(Fault::ProcessThenAnswerLate);

    QProcess *publisher = cli.start({ u"run"_s }, this);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->countStatusesWithText(u"sent as the disk fills up"_s), 1, CliRunner::timeoutMs);
    QVERIFY(disk.fill());
    const CliResult stopped = CliProcess::finish(publisher, CliRunner::timeoutMs);
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY2(stopped.err.contains(u"full"_s), qPrintable(stopped.err));
    QVERIFY(disk.free());

    const CliResult resumed = cli.run({ u"run"_s, u"--until-idle"_s, u"--verify-delay"_s, u"0"_s });
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QCOMPARE(m_server->countStatusesWithText(u"sent as the disk fills up"_s), 1);
    QCOMPARE(m_server->statusPostsReceived(), 1);
    QCOMPARE(query(cli.databasePath(), u"SELECT state FROM deliveries"_s).toString(), u"published"_s);
    QCOMPARE(query(cli.databasePath(),
                   u"SELECT group_concat(kind || ':' || outcome) FROM attempts "
                   u"WHERE kind != 'note'"_s)
                 .toString(),
             u"send:interrupted,verify:found"_s);
    QCOMPARE(query(cli.databasePath(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

enum class Damage { Corrupt, ReadOnlyFilesystem, LockedByAnotherProcess };

void tst_HostileEnvironment::unusableDatabaseIsRefused_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QString>("said");
    QTest::newRow("corrupt") << Damage::Corrupt << u"cannot be read"_s;
    QTest::newRow("read-only filesystem") << Damage::ReadOnlyFilesystem << u"read-only"_s;
    QTest::newRow("locked by another process") << Damage::LockedByAnotherProcess << u"locked"_s;
}

// The real binary, for every command that writes: exit 1, one clear message naming the file, the
// file unchanged.
void tst_HostileEnvironment::unusableDatabaseIsRefused()
{
    QFETCH(Damage, damage);
    QFETCH(QString, said);

    SmallDisk disk(m_dir->filePath(u"disk"_s));
    QVERIFY(disk.isMounted());
    CliRunner cli(m_dir->path(), disk.filePath(u"db.sqlite"_s));
    addAccountAndSchedule(cli, u"already scheduled"_s);

    if (damage == Damage::Corrupt) {
        QFile file(cli.databasePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(512, '\xA5')); // the header and the start of the schema page
    }
    // Read before the lock is taken: closing any descriptor of the file in this process would drop the
    // lock (POSIX record locks belong to the process), and the children would no longer see it.
    const QByteArray before = fileHash(cli.databasePath());
    QSqlDatabase locker;
    const QString lockerName = u"locker"_s;
    if (damage == Damage::ReadOnlyFilesystem) {
        QVERIFY(disk.makeReadOnly());
    } else if (damage == Damage::LockedByAnotherProcess) {
        locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, lockerName);
        locker.setDatabaseName(cli.databasePath());
        QVERIFY(locker.open());
        QVERIFY(QSqlQuery(locker).exec(u"BEGIN EXCLUSIVE"_s));
    }

    for (const QStringList &command :
         { QStringList { u"schedule"_s, u"--account"_s, u"social"_s, u"--at"_s, u"now"_s, u"--text"_s, u"x"_s },
           QStringList { u"run"_s, u"--until-idle"_s } }) {
        const CliResult refused = cli.run(command);
        QVERIFY2(refused.exitCode == 1, qPrintable(command.constFirst() + u": "_s + refused.out + refused.err));
        QVERIFY2(refused.err.contains(said) && refused.err.contains(cli.databasePath()), qPrintable(refused.err));
        QCOMPARE(refused.err.trimmed().count(u'\n'), 0);
    }
    if (locker.isValid()) {
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(lockerName);
    }
    QCOMPARE(fileHash(cli.databasePath()), before);
    QCOMPARE(m_server->statusPostsReceived(), 0);
}

// Every file under `folder` but `except`, as one blob to search.
QString tst_HostileEnvironment::readEverything(const QString &folder, const QStringList &except) const
{
    QString all;
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!except.contains(path) && file.open(QIODevice::ReadOnly))
            all += QString::fromLatin1(file.readAll());
    }
    return all;
}

// A publisher crashes mid-send (SIGSEGV: the crash output too is searched), then a second run
// finishes the job. The token is only in the secret store.
void tst_HostileEnvironment::tokenAppearsNowhere()
{
    CliRunner cli(m_dir->path(), m_dir->filePath(u"db/db.sqlite"_s));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"db"_s)));
    addAccountAndSchedule(cli, u"the token stays secret"_s);
    m_server->setLateAnswerDelay(CliRunner::timeoutMs);
    m_server->queueStatusFault(Fault::ProcessThenAnswerLate);

    QProcess *crashing = cli.start({ u"run"_s }, this);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->countStatusesWithText(u"the token stays secret"_s), 1, CliRunner::timeoutMs);
    const QString wal = cli.databasePath() + u"-wal"_s;
    const QString shm = cli.databasePath() + u"-shm"_s;
    QVERIFY2(QFile::exists(wal) && QFile::exists(shm), "the WAL is searched while it holds the latest writes");
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &file : { wal, shm })
        QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
    const QString whileRunning = readEverything(m_dir->filePath(u"db"_s), {});
    ::kill(pid_t(crashing->processId()), SIGSEGV);
    const CliResult crashed = CliProcess::finish(crashing, CliRunner::timeoutMs);
    QVERIFY(crashed.exitCode != 0); // -1, or 1 where AddressSanitizer reports the SEGV and exits
    const CliResult resumed = cli.run({ u"run"_s, u"--until-idle"_s, u"--verify-delay"_s, u"0"_s });
    QCOMPARE(resumed.exitCode, 0);

    const QString secrets = m_dir->filePath(u"data/postscheduler/postscheduler/secrets.json"_s);
    QVERIFY2(readEverything(m_dir->path(), {}).contains(token), "the search itself works: the secret store has it");
    QVERIFY(!whileRunning.contains(token));
    QVERIFY(!readEverything(m_dir->path(), { secrets }).contains(token)); // database, settings, everything else
    for (const CliResult &output : { crashed, resumed })
        QVERIFY(!output.out.contains(token) && !output.err.contains(token));

    for (const QString &privateFile : { secrets, cli.databasePath() }) {
        QCOMPARE(QFile::permissions(privateFile) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(privateFile).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
}

// A local HTTPS server with a self-signed certificate: `account add` refuses it, saying so, and so does
// a send to an account already stored with that address (it is never tried as if the certificate were
// good).
void tst_HostileEnvironment::selfSignedCertificateIsRefused()
{
    const QString tls = QStringLiteral(POSTSCHEDULER_SOURCE_DIR) + u"/tests/support/tls/"_s;
    QFile certificate(tls + u"selfsigned.crt"_s);
    QFile key(tls + u"selfsigned.key"_s);
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll()));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    QSslServer server;
    server.setSslConfiguration(configuration);
    int requests = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this, [&requests] { ++requests; }); // only after a handshake
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QUrl address(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));

    CliRunner cli(m_dir->path(), m_dir->filePath(u"db.sqlite"_s));
    cli.environment().insert(u"TEST_TOKEN"_s, token);
    const CliResult added = cli.run({ u"account"_s, u"add"_s, u"mastodon"_s, u"tls"_s, u"--instance"_s,
                                      address.toString(), u"--token-env"_s, u"TEST_TOKEN"_s });
    QCOMPARE(added.exitCode, 1);
    QVERIFY2(added.err.contains(u"TLS certificate was refused"_s), qPrintable(added.err));

    EngineFixture fixture;
    const qint64 account = fixture.addAccount(u"mastodon"_s, u"stored"_s, address, token);
    const qint64 postId = fixture.schedule(u"over TLS"_s, { account }, QDateTime::currentDateTimeUtc());
    const qint64 deliveryId = fixture.deliveriesOfPost(postId).constFirst().id;
    std::unique_ptr<Engine> engine = fixture.makeEngine();
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.delivery(deliveryId).state, DeliveryState::Failed, CliRunner::timeoutMs);
    engine->stop();
    QCOMPARE(fixture.outcomes(deliveryId), QStringList { u"rejected"_s });
    const QString reason = fixture.attempts(deliveryId).constFirst().error;
    QVERIFY2(reason.contains(u"TLS certificate was refused"_s), qPrintable(reason));
    QCOMPARE(requests, 0);
}

QTEST_GUILESS_MAIN(tst_HostileEnvironment)
#include "tst_hostileenvironment.moc"
