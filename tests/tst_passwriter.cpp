// The publisher's pass, as the PassWriter writes it: the outcomes that arrived and the keys of what
// starts next in one transaction, each entry on its own, and no account moving on past an outcome
// that could not be written.
#include "model/account.h"
#include "model/delivery.h"
#include "publish/passwriter.h"
#include "freshdatabase.h"
#include "seeddelivery.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/deliverystore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestPassWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void outcomesAndKeysAreCommittedTogether();
    void anUnrecordedOutcomeHoldsBackItsAccountOnly();
    void aRefusedSendLeavesTheOthers();
    void waitingPassesAreWrittenTogetherInOrder();

private:
    // The first post of `account` being sent: its delivery, and the open attempt.
    qint64 sending(qint64 accountId, qint64 *attemptId);
    PassWrite::Send send(qint64 accountId, qint64 deliveryId, const QString &key) const;
    static PassWrite::Outcome published(qint64 accountId, qint64 attemptId);
    Delivery delivery(qint64 id) const { return DeliveryStore(*m_database).byId(id).value(); }

    const QDateTime m_now{QDate(2026, 12, 1), QTime(9, 0), Qt::UTC};
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    qint64 m_work = 0;
    qint64 m_hook = 0;
};

void TestPassWriter::init()
{
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> opened = openFreshDatabase(m_dir);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_path = m_database->path();
    const AccountStore accounts(*m_database);
    m_work = accounts.add({0, u"work"_s, u"mastodon"_s, QUrl(u"https://mastodon.social"_s), {}}).value();
    m_hook = accounts.add({0, u"hook"_s, u"webhook"_s, QUrl(u"https://hooks.example.com/p"_s), {}}).value();
}

void TestPassWriter::cleanup()
{
    m_database.reset();
}

qint64 TestPassWriter::sending(qint64 accountId, qint64 *attemptId)
{
    const qint64 id = seedDelivery(*m_database, DeliveryState::Scheduled, accountId, u"first"_s, m_now.addSecs(-60), m_now);
    const Result<qint64> begun = DeliveryStore(*m_database).beginSend(id, u"key-first-%1"_s.arg(accountId), "{}", m_now);
    *attemptId = begun ? begun.value() : 0;
    return id;
}

PassWrite::Send TestPassWriter::send(qint64 accountId, qint64 deliveryId, const QString &key) const
{
    return {accountId, {deliveryId, key, "{\"status\":\"next\"}"}};
}

PassWrite::Outcome TestPassWriter::published(qint64 accountId, qint64 attemptId)
{
    AttemptEnd end;
    end.outcome = u"published"_s;
    end.httpStatus = 200;
    end.remoteId = u"110"_s;
    end.nextState = DeliveryState::Published;
    end.reason = u"published"_s;
    return {accountId, {attemptId, end}};
}

void TestPassWriter::outcomesAndKeysAreCommittedTogether()
{
    qint64 attempt = 0;
    const qint64 first = sending(m_work, &attempt);
    QVERIFY(attempt);
    const qint64 next = seedDelivery(*m_database, DeliveryState::Scheduled, m_work, u"next"_s, m_now, m_now);
    const qint64 other = seedDelivery(*m_database, DeliveryState::Scheduled, m_hook, u"other"_s, m_now, m_now);

    PassWriter writer(m_path);
    PassWrite pass;
    pass.outcomes = {published(m_work, attempt)};
    pass.sends = {send(m_work, next, u"key-next"_s), send(m_hook, other, u"key-other"_s)};
    const PassWritten written = writer.write(pass, m_now);

    QVERIFY2(written.committed, qPrintable(written.committed.error()));
    QCOMPARE(written.outcomes.size(), 1);
    QVERIFY(written.outcomes.constFirst());
    QCOMPARE(written.sends.size(), 2);
    QVERIFY(written.sends.at(0) && written.sends.at(1));
    QCOMPARE(delivery(first).state, DeliveryState::Published);
    QCOMPARE(delivery(next).state, DeliveryState::Sending);
    QCOMPARE(delivery(next).publicationKey, u"key-next"_s);
    QCOMPARE(delivery(other).state, DeliveryState::Sending);
    const QList<Attempt> attempts = DeliveryStore(*m_database).attempts(next).value();
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.constFirst().id, written.sends.at(0).value());
    QVERIFY(!attempts.constFirst().finishedAt.isValid()); // open: the send is on record before it leaves
}

void TestPassWriter::anUnrecordedOutcomeHoldsBackItsAccountOnly()
{
    qint64 attempt = 0;
    const qint64 first = sending(m_work, &attempt);
    const qint64 next = seedDelivery(*m_database, DeliveryState::Scheduled, m_work, u"next"_s, m_now, m_now);
    const qint64 other = seedDelivery(*m_database, DeliveryState::Scheduled, m_hook, u"other"_s, m_now, m_now);

    PassWriter writer(m_path);
    PassWrite pass;
    pass.outcomes = {published(m_work, attempt + 1000)}; // no such attempt: the write fails
    pass.sends = {send(m_work, next, u"key-next"_s), send(m_hook, other, u"key-other"_s)};
    const PassWritten written = writer.write(pass, m_now);

    QVERIFY(written.committed);
    QVERIFY(!written.outcomes.constFirst());
    QVERIFY(!written.sends.at(0));
    QVERIFY(written.sends.at(0).error().contains(u"not recorded yet"_s));
    QVERIFY(written.sends.at(1));
    QCOMPARE(delivery(first).state, DeliveryState::Sending);
    QCOMPARE(delivery(next).state, DeliveryState::Scheduled);
    QVERIFY(delivery(next).publicationKey.isEmpty());
    QCOMPARE(delivery(other).state, DeliveryState::Sending);
}

void TestPassWriter::aRefusedSendLeavesTheOthers()
{
    qint64 attempt = 0;
    const qint64 busy = sending(m_work, &attempt); // already sending: a second send is refused
    const qint64 other = seedDelivery(*m_database, DeliveryState::Scheduled, m_hook, u"other"_s, m_now, m_now);

    PassWriter writer(m_path);
    PassWrite pass;
    pass.sends = {send(m_work, busy, u"key-first-%1"_s.arg(m_work)), send(m_hook, other, u"key-other"_s)};
    pass.verifies = {other + 1000}; // no such delivery
    const PassWritten written = writer.write(pass, m_now);

    QVERIFY(written.committed);
    QVERIFY(!written.sends.at(0));
    QVERIFY(written.sends.at(0).error().contains(u"cannot become"_s));
    QVERIFY(written.sends.at(1));
    QCOMPARE(written.verifies.size(), 1);
    QVERIFY(!written.verifies.constFirst());
    QCOMPARE(DeliveryStore(*m_database).attempts(busy).value().size(), 1); // no second send attempt
    QCOMPARE(delivery(other).state, DeliveryState::Sending);
}

// Passes that waited while another was written share one transaction; one with a refused entry
// leaves the other pass whole.
void TestPassWriter::waitingPassesAreWrittenTogetherInOrder()
{
    const qint64 work = seedDelivery(*m_database, DeliveryState::Scheduled, m_work, u"work"_s, m_now, m_now);
    const qint64 hook = seedDelivery(*m_database, DeliveryState::Scheduled, m_hook, u"hook"_s, m_now, m_now);
    PassWriter writer(m_path);
    PassWrite first;
    first.sends = {send(m_work, work, u"key-work"_s)};
    PassWrite second;
    second.sends = {send(m_hook, hook, u"key-hook"_s), send(m_hook, work, u"key-again"_s)}; // work is sending: refused
    writer.enqueue(first, m_now);
    writer.enqueue(second, m_now);

    const QList<PassWritten> written = writer.writeWaiting();
    QCOMPARE(written.size(), 2);
    QVERIFY(written.at(0).committed && written.at(1).committed);
    QVERIFY(written.at(0).sends.constFirst());
    QVERIFY(written.at(1).sends.at(0));
    QVERIFY(!written.at(1).sends.at(1));
    QCOMPARE(delivery(work).publicationKey, u"key-work"_s);
    QCOMPARE(delivery(hook).state, DeliveryState::Sending);
    QVERIFY(writer.writeWaiting().isEmpty()); // taken: nothing waits any more
}

QTEST_GUILESS_MAIN(TestPassWriter)
#include "tst_passwriter.moc"
