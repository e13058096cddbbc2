// The calendar: its model over a seeded range, mime data and drops that reschedule or copy posts in
// the database, refusals (posts already sent, times already past), and screenshots to look at.
#include "calendar/calendarmodel.h"
#include "calendar/calendarwidget.h"
#include "calendar/monthview.h"
#include "calendar/weekview.h"
#include "mainwindow.h"
#include "platforms/builtinplatforms.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/deliverystore.h"
#include "storage/poststore.h"
#include "darkpalette.h"
#include "freshdatabase.h"
#include "testclock.h"
#include "undo/postactions.h"
#include "util/localtime.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelShowsThePostsOfTheRange();
    void modelFollowsTheAccountFilter();
    void modelPlacesPostsAcrossADaylightSavingChange();
    void modelReadsTheFirstPostsOfCrowdedDays();
    void monthViewReadsWhatItsCellsCanShow();
    void monthCellShowsWhatFitsAndCountsTheRest_data();
    void monthCellShowsWhatFitsAndCountsTheRest();
    void dropOnADayKeepsTheTimeOfDay();
    void dropOnAnHourKeepsTheMinutes();
    void viewDropReschedules();
    void ctrlDropCopies();
    void keyboardChoosesAndMovesPosts();
    void publishedPostIsRefused();
    void dropInThePastIsRefused();
    void navigationAndShortcuts();
    void screenshots();

private:
    // A post at a Berlin wall-clock time, walked to `state`.
    qint64 seed(const QDateTime &localBerlin, const QList<qint64> &accounts, const QString &text,
                DeliveryState state = DeliveryState::Scheduled, const QList<MediaAttachment> &media = {});
    QDateTime berlin(int month, int day, int hour, int minute) const;
    Post post(qint64 id) const { return PostStore(*m_database).byId(id).value(); }
    QList<Delivery> deliveriesOf(qint64 postId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    const QTimeZone m_zone { "Europe/Berlin" };
    TestClock m_clock { QDateTime(QDate(2026, 12, 8), QTime(9, 0), Qt::UTC) }; // a Tuesday
    qint64 m_work = 0;
    qint64 m_personal = 0;
    qint64 m_hook = 0;
};

namespace {
// Straight to the view, as the drag manager hands a drop to the widget under the pointer; the
// application's notify() drops drop events that no QDrag of its own started.
void deliver(QWidget *view, QEvent *event)
{
    static_cast<QObject *>(view)->event(event);
}
// A calendar on the test's database in its time zone, shown at the size the view tests use.
struct ShownCalendar
{
    ShownCalendar(const Database &database, const Clock &clock, const QTimeZone &zone)
        : actions(database, clock)
        , widget(database, clock, actions)
    {
        widget.model()->setTimeZone(zone);
        widget.resize(900, 650);
        widget.show();
    }
    PostActions actions;
    CalendarWidget widget;
};
} // namespace

void TestCalendar::initTestCase()
{
    registerBuiltinPlatforms();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_zone.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // weeks start on Monday
}

void TestCalendar::init()
{
    Result<std::unique_ptr<Database>> opened = openFreshDatabase(m_dir);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    const AccountStore accounts(*m_database);
    m_work = accounts.add({ 0, u"work-mastodon"_s, u"mastodon"_s, QUrl(u"https://mastodon.social"_s), {} }).value();
    m_personal = accounts.add({ 0, u"personal-bsky"_s, u"bluesky"_s, QUrl(u"https://bsky.social"_s), {} }).value();
    m_hook = accounts.add({ 0, u"team-webhook"_s, u"webhook"_s, QUrl(u"https://hooks.example.com/p"_s), {} }).value();
    QVERIFY(m_work && m_personal && m_hook);
}

void TestCalendar::cleanup()
{
    m_database.reset();
}

QDateTime TestCalendar::berlin(int month, int day, int hour, int minute) const
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), m_zone);
}

QList<Delivery> TestCalendar::deliveriesOf(qint64 postId) const
{
    QList<Delivery> found;
    const Result<QList<Delivery>> all = DeliveryStore(*m_database).list({});
    for (const Delivery &delivery : all.value()) {
        if (delivery.postId == postId)
            found.append(delivery);
    }
    return found;
}

qint64 TestCalendar::seed(const QDateTime &localBerlin, const QList<qint64> &accounts, const QString &text,
                          DeliveryState state, const QList<MediaAttachment> &media)
{
    const Result<qint64> postId
        = PostStore(*m_database)
              .create({ 0, text, localBerlin.toUTC(), media }, accounts,
                      state == DeliveryState::Draft ? DeliveryState::Draft : DeliveryState::Scheduled);
    if (!postId)
        qFatal("create: %s", qPrintable(postId.error()));
    const DeliveryStore store(*m_database);
    const QDateTime now = m_clock.nowUtc();
    const qint64 id = deliveriesOf(postId.value()).constFirst().id;
    const auto send = [&](DeliveryState next, const QString &outcome) {
        const Result<qint64> attempt = store.beginSend(id, QUuid::createUuid().toString(QUuid::WithoutBraces), {}, now);
        AttemptEnd end;
        end.outcome = outcome;
        end.nextState = next;
        end.nextAttemptAt = now.addSecs(60);
        end.reason = outcome;
        if (!attempt || !store.finishAttempt(attempt.value(), end, now))
            qFatal("could not seed");
    };
    switch (state) {
    case DeliveryState::Published:
        send(DeliveryState::Published, u"published"_s);
        break;
    case DeliveryState::Failed:
        send(DeliveryState::Failed, u"rejected"_s);
        break;
    case DeliveryState::Verifying:
        send(DeliveryState::Verifying, u"unknown"_s);
        break;
    case DeliveryState::NeedsAttention:
        send(DeliveryState::Verifying, u"unknown"_s);
        if (!store.change(id, DeliveryState::NeedsAttention, u"cannot tell"_s, now))
            qFatal("change");
        break;
    case DeliveryState::Cancelled:
        if (!store.change(id, DeliveryState::Cancelled, u"cancelled by the user"_s, now))
            qFatal("change");
        break;
    default:
        break;
    }
    return postId.value();
}

void TestCalendar::modelShowsThePostsOfTheRange()
{
    const qint64 both = seed(berlin(12, 9, 10, 30), { m_work, m_personal }, u"Webinar tomorrow\nDetails inside"_s);
    const qint64 early = seed(berlin(12, 7, 0, 15), { m_hook }, u"Monday just after midnight"_s);
    const qint64 late = seed(berlin(12, 13, 23, 45), { m_hook }, u"Sunday night"_s);
    seed(berlin(12, 6, 23, 59), { m_hook }, u"the Sunday before: outside"_s);
    seed(berlin(12, 14, 0, 0), { m_hook }, u"the Monday after: outside"_s);
    const qint64 mixed = seed(berlin(12, 8, 8, 0), { m_work }, u"already out"_s, DeliveryState::Published);

    PostActions actions(*m_database, m_clock);
    CalendarModel model(*m_database, m_clock, actions);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(m_zone);
    model.setRange(QDate(2026, 12, 7), QDate(2026, 12, 13));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.today(), QDate(2026, 12, 8));

    QList<qint64> order;
    for (int row = 0; row < model.rowCount(); ++row)
        order.append(model.index(row).data(CalendarModel::PostIdRole).toLongLong());
    QCOMPARE(order, (QList<qint64> { early, mixed, both, late }));

    const QModelIndex chip = model.index(2);
    QCOMPARE(chip.data(CalendarModel::LocalDateRole).toDate(), QDate(2026, 12, 9));
    QCOMPARE(chip.data(CalendarModel::LocalTimeRole).toTime(), QTime(10, 30));
    QCOMPARE(chip.data(CalendarModel::ScheduledAtRole).toDateTime(),
             QDateTime(QDate(2026, 12, 9), QTime(9, 30), Qt::UTC));
    QCOMPARE(chip.data(CalendarModel::AccountsRole).toStringList(),
             (QStringList { u"work-mastodon"_s, u"personal-bsky"_s }));
    QCOMPARE(chip.data().toString(), u"10:30 work-mastodon, personal-bsky · Webinar tomorrow"_s);
    QVERIFY(chip.data(Qt::ToolTipRole).toString().contains(u"Details inside"_s));
    QVERIFY(chip.flags().testFlag(Qt::ItemIsDragEnabled));
    QCOMPARE(model.rowsOn(QDate(2026, 12, 9)), QList<int> { 2 });

    const QModelIndex published = model.index(1);
    QCOMPARE(published.data(CalendarModel::StateRole).value<DeliveryState>(), DeliveryState::Published);
    QVERIFY(!published.data(CalendarModel::MovableRole).toBool());
    QVERIFY(!published.flags().testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(published.data(Qt::BackgroundRole).isValid());

    // The chip shows the state that most needs the user among its deliveries.
    const qint64 attention
        = seed(berlin(12, 10, 12, 0), { m_work }, u"did it go out?"_s, DeliveryState::NeedsAttention);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(resets.count(), 1);
    model.refresh(); // nothing written since: nothing read again (the window polls every 5 s)
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.index(model.rowsOn(QDate(2026, 12, 10)).constFirst())
                 .data(CalendarModel::StateRole)
                 .value<DeliveryState>(),
             DeliveryState::NeedsAttention);
    Q_UNUSED(attention);
}

// Chips are placed by each day's bounds and offset, converted once: the day the clocks go back has
// two offsets, and the nights around it must not lend theirs.
void TestCalendar::modelPlacesPostsAcrossADaylightSavingChange()
{
    const qint64 saturdayNight = seed(berlin(10, 24, 23, 59), { m_hook }, u"Saturday, summer time"_s);
    const qint64 beforeChange = seed(QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC), { m_hook }, u"02:30 CEST"_s);
    const qint64 afterChange = seed(QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC), { m_hook }, u"02:30 CET"_s);
    const qint64 sundayNight = seed(berlin(10, 25, 23, 30), { m_hook }, u"Sunday, winter time"_s);
    const qint64 monday = seed(berlin(10, 26, 0, 10), { m_hook }, u"Monday"_s);

    PostActions actions(*m_database, m_clock);
    CalendarModel model(*m_database, m_clock, actions);
    model.setTimeZone(m_zone);
    model.setRange(QDate(2026, 10, 19), QDate(2026, 11, 1));
    QCOMPARE(model.rowCount(), 5);
    const auto placed = [&](qint64 postId) {
        const QModelIndex chip = model.index(model.rowOf(postId));
        return std::pair(chip.data(CalendarModel::LocalDateRole).toDate(), chip.data(CalendarModel::LocalTimeRole).toTime());
    };
    QCOMPARE(placed(saturdayNight), std::pair(QDate(2026, 10, 24), QTime(23, 59)));
    QCOMPARE(placed(beforeChange), std::pair(QDate(2026, 10, 25), QTime(2, 30)));
    QCOMPARE(placed(afterChange), std::pair(QDate(2026, 10, 25), QTime(2, 30)));
    QCOMPARE(placed(sundayNight), std::pair(QDate(2026, 10, 25), QTime(23, 30)));
    QCOMPARE(placed(monday), std::pair(QDate(2026, 10, 26), QTime(0, 10)));
    QCOMPARE(model.rowsOn(QDate(2026, 10, 25)).size(), 3);
}

// A month of a large database holds thousands of posts a day; a month view shows a few of each.
void TestCalendar::modelReadsTheFirstPostsOfCrowdedDays()
{
    const qint64 eight = seed(berlin(12, 9, 8, 0), { m_work }, u"08:00"_s);
    const qint64 nine = seed(berlin(12, 9, 9, 0), { m_work, m_personal }, u"09:00, two accounts"_s);
    QList<qint64> hooks;
    for (int hour = 10; hour <= 13; ++hour)
        hooks.append(seed(berlin(12, 9, hour, 0), { m_hook }, u"%1:00"_s.arg(hour)));
    const qint64 seven = seed(berlin(12, 9, 7, 0), { m_personal }, u"07:00, made late"_s);
    const qint64 early = seed(berlin(12, 9, 6, 30), { m_hook }, u"06:30, made last"_s);
    const qint64 alone = seed(berlin(12, 10, 12, 0), { m_work }, u"the next day"_s);
    const QDate crowded(2026, 12, 9);

    PostActions actions(*m_database, m_clock);
    CalendarModel model(*m_database, m_clock, actions);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(m_zone);
    model.setRange(QDate(2026, 12, 7), QDate(2026, 12, 13), 4);
    const auto postsOfRows = [&](const QDate &day) {
        QList<qint64> ids;
        for (const int row : model.rowsOn(day))
            ids.append(model.index(row).data(CalendarModel::PostIdRole).toLongLong());
        return ids;
    };
    const auto accountsOf = [&](qint64 postId) {
        return model.index(model.rowOf(postId)).data(CalendarModel::AccountsRole).toStringList();
    };
    QCOMPARE(postsOfRows(crowded), (QList<qint64> { early, seven, eight, nine })); // by time, not by id
    QCOMPARE(model.postsOn(crowded), 8); // the post to two accounts counts once
    QCOMPARE(accountsOf(nine), (QStringList { u"work-mastodon"_s, u"personal-bsky"_s }));
    QCOMPARE(postsOfRows(QDate(2026, 12, 10)), QList<qint64> { alone });
    QCOMPARE(model.postsOn(QDate(2026, 12, 10)), 1);
    QCOMPARE(model.postsOn(QDate(2026, 12, 11)), 0);

    // The account the sidebar chose: its first posts from its own index, and its deliveries only.
    model.setAccountIds({ m_hook });
    QCOMPARE(postsOfRows(crowded), (QList<qint64> { early, hooks.at(0), hooks.at(1), hooks.at(2) }));
    QCOMPARE(model.postsOn(crowded), 5);
    model.setAccountIds({ m_personal });
    QCOMPARE(postsOfRows(crowded), (QList<qint64> { seven, nine }));
    QCOMPARE(model.postsOn(crowded), 2);
    QCOMPARE(accountsOf(nine), QStringList { u"personal-bsky"_s });
    model.setAccountIds({ m_hook, m_work }); // several accounts: read whole
    QCOMPARE(model.rowsOn(crowded).size(), 7);
    QCOMPARE(model.postsOn(crowded), 7);

    model.setAccountIds({});
    model.setRange(QDate(2026, 12, 7), QDate(2026, 12, 13)); // no limit: every post
    QCOMPARE(model.rowsOn(crowded).size(), 8);
    QCOMPARE(model.postsOn(crowded), 8);
}

// The month reads at most what a cell can show and counts the rest ("+n more"); the week reads all.
void TestCalendar::monthViewReadsWhatItsCellsCanShow()
{
    const int crowd = MonthView::MostChipsPerDay + 5;
    QList<qint64> ids;
    for (int n = 0; n < crowd; ++n)
        ids.append(seed(berlin(12, 9, 0, n), { m_hook }, u"post %1"_s.arg(n)));
    ShownCalendar shown(*m_database, m_clock, m_zone);
    CalendarWidget &calendar = shown.widget;
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    const QDate day(2026, 12, 9);
    QCOMPARE(calendar.model()->rowsOn(day).size(), MonthView::MostChipsPerDay);
    QCOMPARE(calendar.model()->postsOn(day), crowd);
    (void)calendar.monthView()->grab();
    QVERIFY(!calendar.monthView()->chipRect(ids.constFirst()).isEmpty());
    QVERIFY(calendar.monthView()->chipRect(ids.constLast()).isEmpty()); // behind "+n more"

    calendar.setMode(CalendarWidget::Mode::Week);
    QCOMPARE(calendar.model()->rowsOn(day).size(), crowd);
    QCOMPARE(calendar.model()->postsOn(day), crowd);
}

// Lines of 20 px, a "+n more" link of 18 px.
void TestCalendar::monthCellShowsWhatFitsAndCountsTheRest_data()
{
    QTest::addColumn<int>("posts");
    QTest::addColumn<int>("read");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("shown");
    QTest::addColumn<int>("more");
    QTest::newRow("empty day") << 0 << 0 << 100 << 0 << 0;
    QTest::newRow("all fit") << 3 << 3 << 100 << 3 << 0;
    QTest::newRow("exactly fit") << 5 << 5 << 100 << 5 << 0;
    QTest::newRow("one too many: the link takes a line") << 6 << 6 << 100 << 4 << 2;
    QTest::newRow("crowded day, short cell") << 25 << 20 << 100 << 4 << 21;
    QTest::newRow("crowded day, cell taller than what was read") << 25 << 20 << 600 << 20 << 5;
    QTest::newRow("no room for a chip") << 2 << 2 << 10 << 0 << 2;
}

void TestCalendar::monthCellShowsWhatFitsAndCountsTheRest()
{
    QFETCH(int, posts);
    QFETCH(int, read);
    QFETCH(int, height);
    QFETCH(int, shown);
    QFETCH(int, more);
    QCOMPARE(MonthView::layoutDay(posts, read, height, 20, 18), (MonthView::DayLayout { shown, more }));
}

void TestCalendar::modelFollowsTheAccountFilter()
{
    seed(berlin(12, 9, 10, 30), { m_work, m_personal }, u"both"_s);
    seed(berlin(12, 9, 11, 0), { m_hook }, u"hook only"_s);
    PostActions actions(*m_database, m_clock);
    CalendarModel model(*m_database, m_clock, actions);
    model.setTimeZone(m_zone);
    model.setRange(QDate(2026, 12, 7), QDate(2026, 12, 13));
    QCOMPARE(model.rowCount(), 2);
    model.setAccountIds({ m_hook });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(CalendarModel::TextRole).toString(), u"hook only"_s);
}

void TestCalendar::dropOnADayKeepsTheTimeOfDay()
{
    const qint64 id = seed(berlin(12, 9, 14, 30), { m_work }, u"move me"_s);
    PostActions actions(*m_database, m_clock);
    CalendarModel model(*m_database, m_clock, actions);
    model.setTimeZone(m_zone);
    model.setRange(QDate(2026, 11, 30), QDate(2027, 1, 3));
    QCOMPARE(model.mimeTypes(), QStringList { CalendarModel::mimeType });
    std::unique_ptr<QMimeData> data(model.mimeData({ model.index(0) }));
    QVERIFY(data);
    QVERIFY(data->hasFormat(CalendarModel::mimeType));
    QSignalSpy changed(&model, &CalendarModel::postsChanged);

    // Across the change to winter... there is none in December; across the year then.
    const Status moved = model.dropOnDay(data.get(), Qt::MoveAction, QDate(2026, 12, 31));
    QVERIFY2(moved.ok(), qPrintable(moved.error()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(post(id).scheduledAt, berlin(12, 31, 14, 30).toUTC());
    QCOMPARE(deliveriesOf(id).constFirst().nextAttemptAt, berlin(12, 31, 14, 30).toUTC());
    QCOMPARE(model.index(0).data(CalendarModel::LocalDateRole).toDate(), QDate(2026, 12, 31));
    QCOMPARE(model.rowCount(), 1); // moved, not copied
}

void TestCalendar::dropOnAnHourKeepsTheMinutes()
{
    const qint64 id = seed(berlin(12, 9, 14, 30), { m_work }, u"move me"_s);
    PostActions actions(*m_database, m_clock);
    CalendarModel model(*m_database, m_clock, actions);
    model.setTimeZone(m_zone);
    model.setRange(QDate(2026, 12, 7), QDate(2026, 12, 13));
    std::unique_ptr<QMimeData> data(model.mimeData({ model.index(0) }));
    QVERIFY(model.dropOnHour(data.get(), Qt::MoveAction, QDate(2026, 12, 11), 7));
    QCOMPARE(post(id).scheduledAt, berlin(12, 11, 7, 30).toUTC());
}

void TestCalendar::viewDropReschedules()
{
    const qint64 id = seed(berlin(12, 9, 14, 30), { m_work }, u"move me"_s);
    ShownCalendar shown(*m_database, m_clock, m_zone);
    CalendarWidget &calendar = shown.widget;
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    MonthView *month = calendar.monthView();
    QCOMPARE(month->firstDay(), QDate(2026, 11, 30));
    QCOMPARE(month->lastDay(), QDate(2027, 1, 3)); // five weeks: no row of January only
    (void)month->grab(); // paints, so that the chips have their places
    QVERIFY(!month->chipRect(id).isEmpty());
    QVERIFY(month->slotRect({ QDate(2026, 12, 9), {} }).contains(month->chipRect(id)));

    std::unique_ptr<QMimeData> data(calendar.model()->mimeData({ calendar.model()->index(0) }));
    const QPoint target = month->slotRect({ QDate(2026, 12, 17), {} }).center();
    QDropEvent drop(target, Qt::MoveAction | Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    deliver(month, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(drop.dropAction(), Qt::MoveAction);
    QCOMPARE(post(id).scheduledAt, berlin(12, 17, 14, 30).toUTC());

    // In the week: the hour under the pointer.
    calendar.setMode(CalendarWidget::Mode::Week);
    calendar.setDate(QDate(2026, 12, 17));
    WeekView *week = calendar.weekView();
    QCOMPARE(week->firstDay(), QDate(2026, 12, 14));
    std::unique_ptr<QMimeData> again(calendar.model()->mimeData({ calendar.model()->index(0) }));
    QDropEvent hourDrop(week->slotRect({ QDate(2026, 12, 18), 16 }).center(), Qt::MoveAction | Qt::CopyAction,
                        again.get(), Qt::LeftButton, Qt::NoModifier);
    deliver(week, &hourDrop);
    QVERIFY(hourDrop.isAccepted());
    QCOMPARE(post(id).scheduledAt, berlin(12, 18, 16, 30).toUTC());
}

void TestCalendar::ctrlDropCopies()
{
    const QList<MediaAttachment> media { { u"/tmp/harbour.jpg"_s, u"The harbour at dawn"_s } };
    const qint64 id = seed(berlin(12, 9, 14, 30), { m_work, m_hook }, u"copy me"_s, DeliveryState::Scheduled, media);
    ShownCalendar shown(*m_database, m_clock, m_zone);
    CalendarWidget &calendar = shown.widget;
    MonthView *month = calendar.monthView();
    std::unique_ptr<QMimeData> data(calendar.model()->mimeData({ calendar.model()->index(0) }));
    QSignalSpy changed(&calendar, &CalendarWidget::postsChanged);
    QDropEvent drop(month->slotRect({ QDate(2026, 12, 21), {} }).center(), Qt::MoveAction | Qt::CopyAction, data.get(),
                    Qt::LeftButton, Qt::ControlModifier);
    deliver(month, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(drop.dropAction(), Qt::CopyAction);
    QCOMPARE(changed.count(), 1);

    QCOMPARE(post(id).scheduledAt, berlin(12, 9, 14, 30).toUTC()); // the original stays
    QCOMPARE(calendar.model()->rowCount(), 2);
    const qint64 copyId = calendar.model()->index(1).data(CalendarModel::PostIdRole).toLongLong();
    QVERIFY(copyId != id);
    const Post copy = post(copyId);
    QCOMPARE(copy.text, u"copy me"_s);
    QCOMPARE(copy.scheduledAt, berlin(12, 21, 14, 30).toUTC());
    QCOMPARE(copy.media.size(), 1);
    QCOMPARE(copy.media.constFirst().altText, u"The harbour at dawn"_s);
    QList<qint64> accounts;
    for (const Delivery &delivery : deliveriesOf(copyId)) {
        accounts.append(delivery.accountId);
        QCOMPARE(delivery.state, DeliveryState::Scheduled);
        QVERIFY(delivery.publicationKey.isEmpty()); // a new delivery, with a key of its own later
    }
    std::sort(accounts.begin(), accounts.end());
    QCOMPARE(accounts, (QList<qint64> { m_work, m_hook }));
}

void TestCalendar::keyboardChoosesAndMovesPosts()
{
    const qint64 first = seed(berlin(12, 9, 14, 30), { m_work }, u"first"_s);
    const qint64 second = seed(berlin(12, 10, 9, 0), { m_work }, u"second"_s);
    ShownCalendar shown(*m_database, m_clock, m_zone);
    CalendarWidget &calendar = shown.widget;
    calendar.setDate(QDate(2026, 12, 9));
    MonthView *month = calendar.monthView();
    month->setFocus();
    QSignalSpy activated(&calendar, &CalendarWidget::postActivated);

    QTest::keyClick(month, Qt::Key_Right); // nothing chosen yet: the first post
    QTest::keyClick(month, Qt::Key_Right); // then the next one in time
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().constFirst().toLongLong(), deliveriesOf(second).constFirst().id);
    QTest::keyClick(month, Qt::Key_Left);
    QCOMPARE(activated.last().constFirst().toLongLong(), deliveriesOf(first).constFirst().id);

    QTest::keyClick(month, Qt::Key_Right, Qt::ControlModifier); // a day later, same time
    QCOMPARE(post(first).scheduledAt, berlin(12, 10, 14, 30).toUTC());
    QTest::keyClick(month, Qt::Key_Down, Qt::ControlModifier); // a week later in the month view
    QCOMPARE(post(first).scheduledAt, berlin(12, 17, 14, 30).toUTC());
    shown.actions.undoStack()->undo();
    shown.actions.undoStack()->undo();
    QCOMPARE(post(first).scheduledAt, berlin(12, 9, 14, 30).toUTC());

    calendar.setMode(CalendarWidget::Mode::Week);
    WeekView *week = calendar.weekView();
    week->setFocus();
    QTest::keyClick(week, Qt::Key_Right); // the week view keeps the chosen post
    QTest::keyClick(week, Qt::Key_Left);
    QTest::keyClick(week, Qt::Key_Up, Qt::ControlModifier); // an hour earlier in the week view
    QCOMPARE(post(first).scheduledAt, berlin(12, 9, 13, 30).toUTC());
}

void TestCalendar::publishedPostIsRefused()
{
    const qint64 id = seed(berlin(12, 8, 8, 0), { m_work }, u"already out"_s, DeliveryState::Published);
    ShownCalendar shown(*m_database, m_clock, m_zone);
    CalendarWidget &calendar = shown.widget;
    // It cannot be picked up at all...
    QCOMPARE(calendar.model()->mimeData({ calendar.model()->index(0) }), nullptr);

    // ...and a drop that carries it anyway (another window, an old drag) changes nothing.
    MonthView *month = calendar.monthView();
    QSignalSpy messages(&calendar, &CalendarWidget::message);
    QSignalSpy changed(&calendar, &CalendarWidget::postsChanged);
    QMimeData forged;
    forged.setData(CalendarModel::mimeType, QByteArray::number(id));
    QDropEvent drop(month->slotRect({ QDate(2026, 12, 20), {} }).center(), Qt::MoveAction | Qt::CopyAction, &forged,
                    Qt::LeftButton, Qt::NoModifier);
    deliver(month, &drop);
    QVERIFY(!drop.isAccepted());
    QCOMPARE(post(id).scheduledAt, berlin(12, 8, 8, 0).toUTC());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.constFirst().constFirst().toString().contains(u"already been sent"_s),
             qPrintable(messages.constFirst().constFirst().toString()));

    // Dragging its chip with the mouse says why instead of starting a drag.
    (void)month->grab();
    const QRect chip = month->chipRect(id);
    QVERIFY(!chip.isEmpty());
    QTest::mousePress(month, Qt::LeftButton, {}, chip.center());
    QMouseEvent move(QEvent::MouseMove, chip.center() + QPoint(40, 40),
                     month->mapToGlobal(chip.center() + QPoint(40, 40)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    deliver(month, &move);
    QCOMPARE(messages.count(), 2);
    QCOMPARE(messages.last().constFirst().toString(), u"This post has already been sent, so it cannot be moved."_s);
    QTest::mouseRelease(month, Qt::LeftButton, {}, chip.center() + QPoint(40, 40));
}

void TestCalendar::dropInThePastIsRefused()
{
    const qint64 id = seed(berlin(12, 9, 14, 30), { m_work }, u"not backwards"_s);
    PostActions actions(*m_database, m_clock);
    CalendarModel model(*m_database, m_clock, actions);
    model.setTimeZone(m_zone);
    model.setRange(QDate(2026, 11, 30), QDate(2027, 1, 3));
    std::unique_ptr<QMimeData> data(model.mimeData({ model.index(0) }));
    // Today 10:00 Berlin; 14:30 is still ahead, 07:30 is not.
    QVERIFY(model.dropOnDay(data.get(), Qt::MoveAction, QDate(2026, 12, 8)));
    QCOMPARE(post(id).scheduledAt, berlin(12, 8, 14, 30).toUTC());
    const Status past = model.dropOnDay(data.get(), Qt::MoveAction, QDate(2026, 12, 7));
    QVERIFY(!past.ok());
    QVERIFY(past.error().contains(u"has already passed"_s));
    QVERIFY(!model.dropOnHour(data.get(), Qt::CopyAction, QDate(2026, 12, 8), 7));
    QCOMPARE(post(id).scheduledAt, berlin(12, 8, 14, 30).toUTC());
    QCOMPARE(model.rowCount(), 1);
}

void TestCalendar::navigationAndShortcuts()
{
    seed(berlin(12, 9, 14, 30), { m_work }, u"hello"_s);
    MainWindow window(*m_database, m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"viewTabs"_s);
    CalendarWidget *calendar = window.calendar();
    QCOMPARE(tabs->currentWidget()->objectName(), u"queue"_s);

    window.findChild<QAction *>(u"actionShowWeek"_s)->trigger();
    QCOMPARE(tabs->currentWidget()->objectName(), u"calendarPage"_s);
    QCOMPARE(calendar->mode(), CalendarWidget::Mode::Week);
    QVERIFY(calendar->weekView()->isVisible());
    QCOMPARE(window.findChild<QAction *>(u"actionShowWeek"_s)->shortcut(), QKeySequence(u"Ctrl+3"_s));
    QCOMPARE(window.findChild<QAction *>(u"actionShowMonth"_s)->shortcut(), QKeySequence(u"Ctrl+2"_s));
    QCOMPARE(window.findChild<QAction *>(u"actionShowQueue"_s)->shortcut(), QKeySequence(u"Ctrl+1"_s));

    window.findChild<QAction *>(u"actionShowMonth"_s)->trigger();
    QCOMPARE(calendar->mode(), CalendarWidget::Mode::Month);
    QVERIFY(calendar->monthView()->isVisible());
    QCOMPARE(calendar->model()->firstDay(), QDate(2026, 11, 30));
    calendar->showNext();
    QCOMPARE(calendar->monthView()->date().month(), 1);
    QCOMPARE(calendar->model()->firstDay(), QDate(2026, 12, 28));
    calendar->showToday();
    QCOMPARE(calendar->monthView()->date(), QDate(2026, 12, 8));
    QVERIFY(!calendar->monthView()->accessibleName().isEmpty());
    QVERIFY(!calendar->weekView()->accessibleName().isEmpty());

    window.findChild<QAction *>(u"actionShowQueue"_s)->trigger();
    QCOMPARE(tabs->currentWidget()->objectName(), u"queue"_s);
}

void TestCalendar::screenshots()
{
    // A month of posts in every state, some crowded on one day.
    seed(berlin(12, 1, 9, 0), { m_work }, u"December plans: what is coming this month"_s, DeliveryState::Published);
    seed(berlin(12, 2, 18, 30), { m_personal }, u"A very long thread opener that the server refused"_s,
         DeliveryState::Failed);
    seed(berlin(12, 4, 12, 0), { m_work }, u"Draft announcement we decided not to send"_s, DeliveryState::Cancelled);
    seed(berlin(12, 7, 8, 15), { m_work, m_personal }, u"Join us at the meetup on Thursday!"_s,
         DeliveryState::NeedsAttention);
    seed(berlin(12, 8, 9, 45), { m_personal }, u"Photo of the week: the harbour at dawn"_s, DeliveryState::Verifying);
    seed(berlin(12, 8, 13, 0), { m_work }, u"Reminder: webinar tomorrow at 10:00"_s);
    seed(berlin(12, 8, 16, 30), { m_hook }, u"Deploy 4.3 window opens"_s);
    seed(berlin(12, 8, 16, 45), { m_work }, u"Office hours in 15 minutes"_s);
    seed(berlin(12, 8, 19, 0), { m_personal }, u"Evening reading list"_s);
    seed(berlin(12, 8, 21, 0), { m_personal }, u"Good night thread"_s);
    seed(berlin(12, 9, 10, 0), { m_work, m_personal, m_hook }, u"Webinar starts now: link inside"_s);
    seed(berlin(12, 11, 7, 30), { m_hook }, u"Nightly build report"_s);
    seed(berlin(12, 12, 11, 0), { m_personal }, u"Weekend market photos"_s);
    seed(berlin(12, 15, 10, 0), { m_hook }, u"Release notes 4.3 (draft)"_s, DeliveryState::Draft);
    seed(berlin(12, 18, 17, 0), { m_work }, u"Holiday opening hours"_s);
    seed(berlin(12, 24, 18, 30), { m_work, m_personal }, u"Happy holidays from all of us"_s);
    seed(berlin(12, 31, 23, 30), { m_work }, u"Happy new year!"_s);

    const QString dir = QCoreApplication::applicationDirPath();
    const auto shoot = [&](const QPalette &palette, const QString &suffix) {
        PostActions actions(*m_database, m_clock);
        CalendarWidget calendar(*m_database, m_clock, actions);
        calendar.setPalette(palette);
        calendar.model()->setTimeZone(m_zone);
        calendar.resize(1000, 700);
        calendar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&calendar));
        QVERIFY(calendar.grab().save(dir + u"/calendar-month"_s + suffix + u".png"_s));
        calendar.setMode(CalendarWidget::Mode::Week);
        QVERIFY(calendar.grab().save(dir + u"/calendar-week"_s + suffix + u".png"_s));
    };
    shoot(QApplication::palette(), QString());
    shoot(darkPalette(), u"-dark"_s);

    MainWindow window(*m_database, m_clock);
    window.calendar()->model()->setTimeZone(m_zone);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"actionShowMonth"_s)->trigger();
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(dir + u"/mainwindow-calendar.png"_s));
    window.findChild<QAction *>(u"actionShowWeek"_s)->trigger();
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(dir + u"/mainwindow-week.png"_s));
    qInfo("screenshots in %s", qPrintable(dir));
}

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
