// One publisher per database: two connections to one file, as the GUI and a headless `run` would have them.
#include "storage/database.h"
#include "storage/publisherlease.h"
#include "storage/sqltime.h"

#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
const QDateTime t0(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
constexpr int ttl = 60;
constexpr qint64 deadPid = 999999;

struct LeaseRow
{
    QString holder;
    QString host;
    qint64 pid = 0;
    QDateTime expiresAt;
};

std::optional<LeaseRow> leaseRow(const Database &database)
{
    Result<QSqlQuery> query = database.exec(u"SELECT holder, host, pid, expires_at FROM publisher_lease"_s);
    if (!query || !query.value().next())
        return std::nullopt;
    return LeaseRow{query.value().value(0).toString(), query.value().value(1).toString(),
                    query.value().value(2).toLongLong(), SqlTime::fromSql(query.value().value(3))};
}

Status writeLease(const Database &database, const QString &host, qint64 pid, const QDateTime &expires)
{
    return Status::from(database.exec(
        u"INSERT OR REPLACE INTO publisher_lease (id, holder, host, pid, expires_at) VALUES (1, 'someone-else', ?, ?, ?)"_s,
        {host, pid, SqlTime::toSql(expires)}));
}
} // namespace

class tst_Lease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void secondHolderRefusedWhileValid();
    void renewExtends();
    void expiredLeaseIsTakenOver();
    void deadProcessOnThisHostIsTakenOverAtOnce();
    void liveProcessOnThisHostIsRespected();
    void deadPidOnAnotherHostIsNotJudged();
    void releaseFreesIt();
    void releaseByAnotherHolderChangesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_first;
    std::unique_ptr<Database> m_second;
};

void tst_Lease::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The takeover test needs a pid that names no process. Fail loudly if this machine happens to have one.
    QVERIFY2(::kill(pid_t(deadPid), 0) != 0 && errno == ESRCH, "pid 999999 exists on this machine");
}

void tst_Lease::init()
{
    const QString path = m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    auto first = Database::open(path);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    auto second = Database::open(path);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    m_first = std::move(first.value());
    m_second = std::move(second.value());
}

void tst_Lease::cleanup()
{
    m_second.reset();
    m_first.reset();
}

void tst_Lease::secondHolderRefusedWhileValid()
{
    PublisherLease gui(*m_first, ttl);
    PublisherLease headless(*m_second, ttl);
    QVERIFY(gui.holderId() != headless.holderId());

    const Status first = gui.acquire(t0);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const std::optional<LeaseRow> row = leaseRow(*m_second); // visible through the other connection
    QVERIFY(row.has_value());
    QCOMPARE(row->holder, gui.holderId());
    QCOMPARE(row->pid, qint64(::getpid()));
    QCOMPARE(row->host, QSysInfo::machineHostName());
    QCOMPARE(row->expiresAt, t0.addSecs(ttl));

    for (const qint64 later : {0, 1, ttl - 1, ttl}) {
        const Status refused = headless.acquire(t0.addSecs(later));
        QVERIFY2(!refused.ok(), qPrintable(u"taken over %1 s after acquiring"_s.arg(later)));
        // The message names the other holder, so that the user can find and stop it.
        QVERIFY2(refused.error().contains(QString::number(::getpid())), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QSysInfo::machineHostName()), qPrintable(refused.error()));
    }
    QCOMPARE(leaseRow(*m_first)->holder, gui.holderId());
}

void tst_Lease::renewExtends()
{
    PublisherLease gui(*m_first, ttl);
    PublisherLease headless(*m_second, ttl);
    QVERIFY(gui.acquire(t0));
    const Status renewed = gui.acquire(t0.addSecs(45));
    QVERIFY2(renewed.ok(), qPrintable(renewed.error()));
    QCOMPARE(leaseRow(*m_first)->expiresAt, t0.addSecs(45 + ttl));
    // Past the first expiry, the renewal still holds.
    QVERIFY(!headless.acquire(t0.addSecs(ttl + 10)).ok());
    QCOMPARE(leaseRow(*m_first)->holder, gui.holderId());
}

void tst_Lease::expiredLeaseIsTakenOver()
{
    PublisherLease crashed(*m_first, ttl);
    PublisherLease next(*m_second, ttl);
    QVERIFY(crashed.acquire(t0));

    const Status taken = next.acquire(t0.addSecs(ttl + 1));
    QVERIFY2(taken.ok(), qPrintable(taken.error()));
    const std::optional<LeaseRow> row = leaseRow(*m_first);
    QCOMPARE(row->holder, next.holderId());
    QCOMPARE(row->expiresAt, t0.addSecs(2 * ttl + 1));

    // The old holder, back from a long suspend, must not take it back while the new one is valid.
    const Status back = crashed.acquire(t0.addSecs(ttl + 2));
    QVERIFY(!back.ok());
    QCOMPARE(leaseRow(*m_first)->holder, next.holderId());
}

void tst_Lease::deadProcessOnThisHostIsTakenOverAtOnce()
{
    QVERIFY(writeLease(*m_first, QSysInfo::machineHostName(), deadPid, t0.addDays(365)));
    PublisherLease next(*m_second, ttl);
    const Status taken = next.acquire(t0);
    QVERIFY2(taken.ok(), qPrintable(taken.error()));
    QCOMPARE(leaseRow(*m_first)->holder, next.holderId());
    QCOMPARE(leaseRow(*m_first)->pid, qint64(::getpid()));
}

void tst_Lease::liveProcessOnThisHostIsRespected()
{
    const qint64 parent = ::getppid(); // whoever started the test is alive while it runs
    QVERIFY(writeLease(*m_first, QSysInfo::machineHostName(), parent, t0.addSecs(ttl)));
    PublisherLease next(*m_second, ttl);
    const Status refused = next.acquire(t0);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QString::number(parent)), qPrintable(refused.error()));
    QCOMPARE(leaseRow(*m_first)->holder, u"someone-else"_s);
}

// A pid means nothing on another machine (a database on a shared drive): only the expiry can free that lease.
void tst_Lease::deadPidOnAnotherHostIsNotJudged()
{
    const QString otherHost = QSysInfo::machineHostName() + u"-elsewhere"_s;
    QVERIFY(writeLease(*m_first, otherHost, deadPid, t0.addSecs(ttl)));
    PublisherLease next(*m_second, ttl);
    const Status refused = next.acquire(t0);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(otherHost), qPrintable(refused.error()));
    const Status afterExpiry = next.acquire(t0.addSecs(ttl + 1));
    QVERIFY2(afterExpiry.ok(), qPrintable(afterExpiry.error()));
}

void tst_Lease::releaseFreesIt()
{
    PublisherLease gui(*m_first, ttl);
    PublisherLease headless(*m_second, ttl);
    QVERIFY(gui.acquire(t0));
    const Status released = gui.release();
    QVERIFY2(released.ok(), qPrintable(released.error()));
    QVERIFY(!leaseRow(*m_second).has_value());
    const Status taken = headless.acquire(t0.addSecs(1)); // long before the old expiry
    QVERIFY2(taken.ok(), qPrintable(taken.error()));
    QCOMPARE(leaseRow(*m_first)->holder, headless.holderId());
}

void tst_Lease::releaseByAnotherHolderChangesNothing()
{
    PublisherLease gui(*m_first, ttl);
    PublisherLease headless(*m_second, ttl);
    QVERIFY(gui.acquire(t0));
    QVERIFY(headless.release()); // nothing of its own to release
    QCOMPARE(leaseRow(*m_first)->holder, gui.holderId());
    QVERIFY(!headless.acquire(t0.addSecs(1)).ok());
}

QTEST_GUILESS_MAIN(tst_Lease)
#include "tst_lease.moc"
