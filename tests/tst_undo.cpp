#include "calendar/calendarmodel.h"
#include "seeddelivery.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/deliverystore.h"
#include "storage/poststore.h"
#include "testclock.h"
#include "undo/postactions.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Undo and redo round trips of every change the user makes through PostActions, on a real database:
// each step writes all or nothing, an undo gives back exactly what was there (ids included), and a
// step the database refuses later leaves the stack instead of leaving it out of step.
class TestUndo final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rescheduleRoundTrip();
    void bulkCancelRoundTrip();
    void cancelIsAllOrNothing();
    void deleteRoundTripKeepsIds();
    void deleteRefusedForAPostWithHistory();
    void duplicateAsDraftsRoundTrip();
    void undoRefusedOnceSentLeavesTheStack();
    void calendarDropIsOneUndoStep();

private:
    qint64 seed(DeliveryState state, const QString &text, int minutesFromNow = 60);
    Delivery delivery(qint64 id) const;
    qint64 postOf(qint64 deliveryId) const { return delivery(deliveryId).postId; }
    int postCount() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PostActions> m_actions;
    TestClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};
    qint64 m_account = 0;
    int m_run = 0;
};

void TestUndo::init()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_dir.filePath(u"undo-%1.sqlite"_s.arg(++m_run)));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    const Result<qint64> account =
        AccountStore(*m_database).add({0, u"work"_s, u"mastodon"_s, QUrl(u"https://mastodon.social"_s), {}});
    QVERIFY(account.ok());
    m_account = account.value();
    m_actions = std::make_unique<PostActions>(*m_database, m_clock);
}

void TestUndo::cleanup()
{
    m_actions.reset();
    m_database.reset();
}

qint64 TestUndo::seed(DeliveryState state, const QString &text, int minutesFromNow)
{
    const QDateTime now = m_clock.nowUtc();
    return seedDelivery(*m_database, state, m_account, text, now.addSecs(minutesFromNow * 60), now);
}

Delivery TestUndo::delivery(qint64 id) const
{
    const Result<Delivery> found = DeliveryStore(*m_database).byId(id);
    return found ? found.value() : Delivery{};
}

int TestUndo::postCount() const
{
    const Result<QList<Delivery>> all = DeliveryStore(*m_database).list({});
    return all ? int(all->size()) : -1;
}

void TestUndo::rescheduleRoundTrip()
{
    const qint64 first = seed(DeliveryState::Scheduled, u"one"_s, 60);
    const qint64 second = seed(DeliveryState::Draft, u"two"_s, 120);
    const QDateTime firstAt = delivery(first).scheduledAt;
    const QDateTime secondAt = delivery(second).scheduledAt;

    QVERIFY(m_actions->shift({postOf(first), postOf(second)}, 24 * 3600).ok());
    QCOMPARE(delivery(first).scheduledAt, firstAt.addDays(1));
    QCOMPARE(delivery(first).nextAttemptAt, firstAt.addDays(1)); // the engine wakes at the new time
    QCOMPARE(delivery(second).scheduledAt, secondAt.addDays(1));
    QCOMPARE(m_actions->undoStack()->count(), 1); // one step for the whole selection
    QCOMPARE(m_actions->undoStack()->undoText(), u"Reschedule 2 posts"_s);

    m_actions->undoStack()->undo();
    QCOMPARE(delivery(first).scheduledAt, firstAt);
    QCOMPARE(delivery(first).nextAttemptAt, firstAt);
    QCOMPARE(delivery(second).scheduledAt, secondAt);
    m_actions->undoStack()->redo();
    QCOMPARE(delivery(first).scheduledAt, firstAt.addDays(1));
    QCOMPARE(delivery(second).scheduledAt, secondAt.addDays(1));
}

void TestUndo::bulkCancelRoundTrip()
{
    const qint64 scheduled = seed(DeliveryState::Scheduled, u"scheduled"_s);
    const qint64 attention = seed(DeliveryState::NeedsAttention, u"attention"_s, -10);
    const qint64 retrying = seed(DeliveryState::Retrying, u"retrying"_s, -5);
    const QDateTime scheduledNext = delivery(scheduled).nextAttemptAt;
    QSignalSpy changed(m_actions.get(), &PostActions::changed);

    QVERIFY(m_actions->cancel({scheduled, attention, retrying}).ok());
    for (const qint64 id : {scheduled, attention, retrying})
        QCOMPARE(delivery(id).state, DeliveryState::Cancelled);
    QVERIFY(changed.count() >= 1);

    m_actions->undoStack()->undo();
    QCOMPARE(delivery(scheduled).state, DeliveryState::Scheduled);
    QCOMPARE(delivery(scheduled).nextAttemptAt, scheduledNext);
    QCOMPARE(delivery(attention).state, DeliveryState::NeedsAttention);
    // "retrying" would mean "send again": after a cancel the platform is asked first.
    QCOMPARE(delivery(retrying).state, DeliveryState::Verifying);
    // Both the cancel and its undo are in the audit log.
    const QList<Attempt> log = DeliveryStore(*m_database).attempts(scheduled).value();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).outcome, u"cancelled"_s);
    QCOMPARE(log.at(1).outcome, u"scheduled"_s);

    m_actions->undoStack()->redo();
    for (const qint64 id : {scheduled, attention, retrying})
        QCOMPARE(delivery(id).state, DeliveryState::Cancelled);
}

void TestUndo::cancelIsAllOrNothing()
{
    const qint64 scheduled = seed(DeliveryState::Scheduled, u"scheduled"_s);
    const qint64 inFlight = seed(DeliveryState::Sending, u"in flight"_s, -1);
    const Status cancelled = m_actions->cancel({scheduled, inFlight});
    QVERIFY(!cancelled.ok());
    QVERIFY2(cancelled.error().contains(u"right now"_s), qPrintable(cancelled.error()));
    QCOMPARE(delivery(scheduled).state, DeliveryState::Scheduled); // not half-way
    QCOMPARE(m_actions->undoStack()->count(), 0);                  // nothing to undo
}

void TestUndo::deleteRoundTripKeepsIds()
{
    const QDateTime at = m_clock.nowUtc().addDays(2);
    const Result<qint64> postId = PostStore(*m_database).create(
        {0, u"with media"_s, at, {{u"/tmp/a.png"_s, u"a harbour at dawn"_s}}}, {m_account}, DeliveryState::Draft);
    QVERIFY(postId.ok());
    const qint64 deliveryId = DeliveryStore(*m_database).list({}).value().constFirst().id;

    QVERIFY(m_actions->remove({postId.value()}).ok());
    QCOMPARE(postCount(), 0);
    QVERIFY(!PostStore(*m_database).byId(postId.value()).ok());

    m_actions->undoStack()->undo();
    const Result<Post> back = PostStore(*m_database).byId(postId.value());
    QVERIFY(back.ok());
    QCOMPARE(back->text, u"with media"_s);
    QCOMPARE(back->scheduledAt, at);
    QCOMPARE(back->media.size(), 1);
    QCOMPARE(back->media.constFirst().altText, u"a harbour at dawn"_s);
    QCOMPARE(delivery(deliveryId).state, DeliveryState::Draft);
    QCOMPARE(delivery(deliveryId).postId, postId.value());

    m_actions->undoStack()->redo();
    QCOMPARE(postCount(), 0);
}

void TestUndo::deleteRefusedForAPostWithHistory()
{
    const qint64 fresh = seed(DeliveryState::Scheduled, u"fresh"_s);
    const qint64 published = seed(DeliveryState::Published, u"published"_s, -60);
    const Status removed = m_actions->remove({postOf(fresh), postOf(published)});
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error().contains(u"history"_s), qPrintable(removed.error()));
    QCOMPARE(postCount(), 2); // the fresh one was not deleted either
    QCOMPARE(m_actions->undoStack()->count(), 0);
}

void TestUndo::duplicateAsDraftsRoundTrip()
{
    const qint64 original = seed(DeliveryState::Scheduled, u"say it twice"_s);
    const Result<QList<qint64>> copies = m_actions->duplicateAsDrafts({postOf(original)});
    QVERIFY(copies.ok());
    QCOMPARE(copies->size(), 1);
    const qint64 copyId = copies->constFirst();
    QCOMPARE(PostStore(*m_database).byId(copyId)->text, u"say it twice"_s);
    DeliveryFilter ofCopy;
    ofCopy.states = {DeliveryState::Draft};
    QCOMPARE(DeliveryStore(*m_database).list(ofCopy)->size(), 1); // never a second scheduled copy

    m_actions->undoStack()->undo();
    QCOMPARE(postCount(), 1);
    m_actions->undoStack()->redo();
    QCOMPARE(postCount(), 2);
    QVERIFY(PostStore(*m_database).byId(copyId).ok()); // the same post back, for later steps
}

void TestUndo::undoRefusedOnceSentLeavesTheStack()
{
    const qint64 id = seed(DeliveryState::Scheduled, u"going out"_s, 5);
    QVERIFY(m_actions->shift({postOf(id)}, 3600).ok());
    // The engine sends it before the user presses Ctrl+Z.
    QVERIFY(DeliveryStore(*m_database).beginSend(id, u"key-1"_s, {}, m_clock.nowUtc()).ok());
    QSignalSpy failed(m_actions.get(), &PostActions::failed);
    m_actions->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.constFirst().constFirst().toString().contains(u"already been sent"_s),
             qPrintable(failed.constFirst().constFirst().toString()));
    QCOMPARE(m_actions->undoStack()->count(), 0);
    QCOMPARE(delivery(id).state, DeliveryState::Sending);
}

void TestUndo::calendarDropIsOneUndoStep()
{
    const qint64 first = seed(DeliveryState::Scheduled, u"first"_s, 60);
    const qint64 second = seed(DeliveryState::Scheduled, u"second"_s, 90);
    CalendarModel model(*m_database, m_clock, *m_actions);
    model.setTimeZone(QTimeZone::utc());
    const QDate today = m_clock.nowUtc().date();
    model.setRange(today, today.addDays(6));
    QMimeData data;
    data.setData(CalendarModel::mimeType, QByteArray::number(postOf(first)) + ',' + QByteArray::number(postOf(second)));
    const QDateTime firstAt = delivery(first).scheduledAt;

    QVERIFY(model.dropOnDay(&data, Qt::MoveAction, today.addDays(3)).ok());
    QCOMPARE(delivery(first).scheduledAt, firstAt.addDays(3));
    QCOMPARE(m_actions->undoStack()->count(), 1);
    m_actions->undoStack()->undo();
    QCOMPARE(delivery(first).scheduledAt, firstAt);

    QVERIFY(model.dropOnDay(&data, Qt::CopyAction, today.addDays(1)).ok());
    QCOMPARE(postCount(), 4);
    m_actions->undoStack()->undo();
    QCOMPARE(postCount(), 2);
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
