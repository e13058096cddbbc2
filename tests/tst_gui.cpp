// The desktop app's models and widgets over a real database: the queue's pages, order and filters,
// the user's decisions in the detail pane, the banner, and a screenshot of the main window to look at.
#include "accounts/accountitemdelegate.h"
#include "calendar/calendarwidget.h"
#include "composer/composerdialog.h"
#include "detail/attempttablemodel.h"
#include "detail/deliverydetailpane.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "platforms/builtinplatforms.h"
#include "publish/engine.h"
#include "queue/deliverytablemodel.h"
#include "queue/statecolors.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/deliverystore.h"
#include "storage/poststore.h"
#include "storage/sqltime.h"
#include "darkpalette.h"
#include "seeddelivery.h"
#include "freshdatabase.h"
#include "testclock.h"
#include "undo/postactions.h"
#include "util/localtime.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLineEdit>
#include <QDateTimeEdit>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QFile>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Stands in for the web browser: QDesktopServices hands it the URLs it would open.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

namespace {
DeliveryFilter filterOf(const QList<DeliveryState> &states, const QList<qint64> &accountIds)
{
    DeliveryFilter filter;
    filter.states = states;
    filter.accountIds = accountIds;
    return filter;
}
} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void queueModelPassesTheTester();
    void queueCountsEveryRowAndReadsTheEndFirst();
    void queueRefreshFollowsChangesAndNewPosts();
    void queueSortsAsTheStoreDoes_data();
    void queueSortsAsTheStoreDoes();
    void queueFiltersByStateAndAccount();
    void queueShowsStateColours();
    void detailButtonsFollowTheStateMachine_data();
    void detailButtonsFollowTheStateMachine();
    void itWasPostedPublishes();
    void postAgainAsksFirst();
    void noDecisionWhileALookupIsInFlight();
    void bannerCountsWhatNeedsTheUser();
    void bannerHiddenWhenNothingWaits();
    void sidebarFiltersByAccount();
    void sidebarShowsHealthAndCounts();
    void queueSortsInSql();
    void findFiltersByText();
    void bulkActionsOnTheSelectionCanBeUndone();
    void selectingMoreThanABulkChangeTakesSaysSo();
    void historyShowsFinishedPostsWithTheirLinks();
    void editFromTheWindowCanBeUndone();
    void newPostFromTheComposerCanBeUndone();
    void calendarFileDropOpensTheComposerThere();
    void fatalEngineErrorMakesTheWindowReadOnly();
    void screenshot();

private:
    qint64 seed(DeliveryState state, qint64 accountId, const QString &text, int minutesFromNow = 0);
    void seedEveryState();
    void seedMany(int count);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    TestClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};
    qint64 m_work = 0;
    qint64 m_personal = 0;
    qint64 m_hook = 0;
};

void TestGui::initTestCase()
{
    registerBuiltinPlatforms();
    QVERIFY(m_dir.isValid());
}

void TestGui::init()
{
    Result<std::unique_ptr<Database>> opened = openFreshDatabase(m_dir);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    const AccountStore accounts(*m_database);
    const Result<qint64> work = accounts.add({0, u"work-mastodon"_s, u"mastodon"_s, QUrl(u"https://mastodon.social"_s), {}});
    const Result<qint64> personal =
        accounts.add({0, u"personal-mastodon"_s, u"mastodon"_s, QUrl(u"https://fosstodon.org"_s), {}});
    const Result<qint64> hook = accounts.add({0, u"team-webhook"_s, u"webhook"_s, QUrl(u"https://hooks.example.com/p"_s), {}});
    QVERIFY(work.ok() && personal.ok() && hook.ok());
    m_work = work.value();
    m_personal = personal.value();
    m_hook = hook.value();
}

void TestGui::cleanup()
{
    m_database.reset();
}

qint64 TestGui::seed(DeliveryState state, qint64 accountId, const QString &text, int minutesFromNow)
{
    const QDateTime now = m_clock.nowUtc();
    return seedDelivery(*m_database, state, accountId, text, now.addSecs(minutesFromNow * 60), now);
}

void TestGui::seedEveryState()
{
    seed(DeliveryState::Published, m_work, u"Our autumn release is out: faster sync, fewer clicks."_s, -300);
    seed(DeliveryState::Failed, m_personal, u"A very long thread opener that the server refused"_s, -240);
    seed(DeliveryState::Cancelled, m_work, u"Draft announcement we decided not to send"_s, -200);
    seed(DeliveryState::NeedsAttention, m_work, u"Join us at the meetup on Thursday!\nDetails inside."_s, -120);
    seed(DeliveryState::Verifying, m_personal, u"Photo of the week: the harbour at dawn"_s, -30);
    seed(DeliveryState::Verifying, m_hook, u"Deploy 4.2 finished"_s, -25);
    seed(DeliveryState::Sending, m_work, u"Weekly digest #48"_s, -1);
    seed(DeliveryState::Retrying, m_hook, u"Nightly build report"_s, -5);
    seed(DeliveryState::Scheduled, m_work, u"Reminder: webinar tomorrow at 10:00"_s, 60);
    seed(DeliveryState::Scheduled, m_personal, u"Sunday reading list"_s, 24 * 60);
    seed(DeliveryState::Draft, m_hook, u"Release notes 4.3 (draft)"_s, 3 * 24 * 60);
}

// Posts over three accounts in five states, with times and texts that repeat, so that every order
// needs its tie-breaks; one transaction, so that a thousand take a moment.
void TestGui::seedMany(int count)
{
    const QList<DeliveryState> states{DeliveryState::Scheduled, DeliveryState::Published, DeliveryState::Draft,
                                      DeliveryState::NeedsAttention, DeliveryState::Failed};
    const QList<qint64> accounts{m_work, m_personal, m_hook};
    const Status seeded = m_database->transaction([&] {
        for (int i = 0; i < count; ++i)
            seed(states.at(i % states.size()), accounts.at(i % accounts.size()), u"post %1"_s.arg(i % 37), i / 3);
        return Status();
    });
    QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
}

void TestGui::queueModelPassesTheTester()
{
    for (int i = 0; i < 250; ++i)
        seed(DeliveryState::Scheduled, m_work, u"post %1"_s.arg(i), i);
    const qint64 decideMe = seed(DeliveryState::NeedsAttention, m_hook, u"decide me"_s, 5);
    DeliveryTableModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 251);
    QCOMPARE(model.index(250, DeliveryTableModel::TextColumn).data().toString(), u"post 249"_s);
    QCOMPARE(model.index(0, DeliveryTableModel::TextColumn).data().toString(), u"post 0"_s);
    QVERIFY(applyUserDecision(DeliveryStore(*m_database), decideMe, UserDecision::WasPosted, m_clock.nowUtc()));
    model.refresh();
    QCOMPARE(model.index(model.rowOf(decideMe), DeliveryTableModel::StateColumn).data().toString(), u"published"_s);
    model.setFilter(filterOf({DeliveryState::Published}, {}));
    QCOMPARE(model.rowCount(), 1);
    model.setFilter(filterOf({DeliveryState::Published}, {m_work}));
    QCOMPARE(model.rowCount(), 0);
    seed(DeliveryState::Published, m_work, u"new one"_s);
    model.refresh(); // a row arrived: a reset
    QCOMPARE(model.rowCount(), 1);
}

void TestGui::queueCountsEveryRowAndReadsTheEndFirst()
{
    seedMany(1'050); // six pages, the last one short
    const Result<QList<Delivery>> all = DeliveryStore(*m_database).list({});
    QVERIFY(all.ok());
    DeliveryTableModel model(*m_database);
    QCOMPARE(model.rowCount(), 1'050);
    // The end first, as the view asks for it after scrollToBottom(): no page before it is read.
    const int last = model.rowCount() - 1;
    const Delivery &expected = all.value().constLast();
    QCOMPARE(model.deliveryId(last), expected.id);
    QCOMPARE(model.index(last, DeliveryTableModel::TextColumn).data().toString(), expected.text);
    QCOMPARE(model.index(last, DeliveryTableModel::AccountColumn).data().toString(), expected.accountName);
    QCOMPARE(model.index(last, 0).data(DeliveryTableModel::StateRole).value<DeliveryState>(), expected.state);
    QCOMPARE(model.rowOf(all.value().constFirst().id), -1);
    // Every row in its place, through pages read from either end.
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.deliveryId(row), all.value().at(row).id);

    // A view scrolled to its end shows the last row.
    QTableView view;
    view.setModel(&model);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.scrollToBottom();
    QTRY_COMPARE(view.rowAt(view.viewport()->height() - 1), last);
}

void TestGui::queueRefreshFollowsChangesAndNewPosts()
{
    for (int i = 0; i < 650; ++i)
        seed(DeliveryState::Scheduled, m_work, u"post %1"_s.arg(i), i + 1);
    DeliveryTableModel model(*m_database);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const int last = model.rowCount() - 1;
    const qint64 lastId = model.deliveryId(last);
    QCOMPARE(model.index(last, DeliveryTableModel::TextColumn).data().toString(), u"post 649"_s);
    model.refresh(); // nothing written since the count: nothing to read (the window polls every 5 s)
    QCOMPARE(changes.size(), 0);

    // A state changed in place: the same rows, the new state, no reset (the view keeps its place).
    QVERIFY(DeliveryStore(*m_database).change(lastId, DeliveryState::Cancelled, u"cancelled"_s, m_clock.nowUtc()).ok());
    model.refresh();
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.rowCount(), 650);
    QCOMPARE(model.index(last, 0).data(DeliveryTableModel::StateRole).value<DeliveryState>(), DeliveryState::Cancelled);

    // New posts at both ends: counted, and found where they belong.
    const qint64 latest = seed(DeliveryState::Scheduled, m_personal, u"the latest"_s, 10'000);
    const qint64 earliest = seed(DeliveryState::Draft, m_hook, u"the earliest"_s, -10);
    model.refresh();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 652);
    QCOMPARE(model.deliveryId(651), latest);
    QCOMPARE(model.deliveryId(650), lastId);
    QCOMPARE(model.deliveryId(0), earliest);
    QCOMPARE(model.index(1, DeliveryTableModel::TextColumn).data().toString(), u"post 0"_s);
}

void TestGui::queueSortsAsTheStoreDoes_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("key"); // a DeliveryFilter::SortKey
    QTest::addColumn<bool>("descending");
    using Key = DeliveryFilter::SortKey;
    const QList<std::tuple<const char *, int, Key>> keys{
        {"time", DeliveryTableModel::TimeColumn, Key::Time},
        {"account", DeliveryTableModel::AccountColumn, Key::Account},
        {"text", DeliveryTableModel::TextColumn, Key::Text},
        {"state", DeliveryTableModel::StateColumn, Key::State},
        {"attempts", DeliveryTableModel::AttemptsColumn, Key::Attempts}};
    for (const auto &[name, column, key] : keys) {
        QTest::addRow("%s ascending", name) << column << int(key) << false;
        QTest::addRow("%s descending", name) << column << int(key) << true;
    }
}

// The model reads pages from either end and the store sorts in SQL; both must give the one order that
// DeliveryStore::list gives for the whole table, ties included, whichever way the page is found.
void TestGui::queueSortsAsTheStoreDoes()
{
    QFETCH(int, column);
    QFETCH(int, key);
    QFETCH(bool, descending);
    seedMany(1'050);
    DeliveryFilter filter;
    filter.sortKey = DeliveryFilter::SortKey(key);
    filter.descending = descending;
    const DeliveryStore store(*m_database);
    const Result<QList<Delivery>> sorted = store.list(filter);
    const Result<QList<Delivery>> walked = store.list(filter, DeliveryStore::Matches::Many);
    QVERIFY(sorted.ok() && walked.ok());
    QList<qint64> sortedIds;
    QList<qint64> walkedIds;
    for (int i = 0; i < sorted.value().size(); ++i) {
        sortedIds.append(sorted.value().at(i).id);
        walkedIds.append(walked.value().at(i).id);
    }
    QCOMPARE(walkedIds, sortedIds);

    DeliveryTableModel model(*m_database);
    model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), sortedIds.size());
    const int middle = model.rowCount() / 2;
    for (const int row : {model.rowCount() - 1, model.rowCount() - 2, middle + 1, middle, middle - 1, 1, 0})
        QCOMPARE(model.deliveryId(row), sortedIds.at(row));
}

void TestGui::queueFiltersByStateAndAccount()
{
    seedEveryState();
    DeliveryTableModel model(*m_database);
    QCOMPARE(model.rowCount(), 11);
    model.setFilter(filterOf({DeliveryState::Verifying, DeliveryState::NeedsAttention}, {}));
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto state = model.index(row, 0).data(DeliveryTableModel::StateRole).value<DeliveryState>();
        QVERIFY(state == DeliveryState::Verifying || state == DeliveryState::NeedsAttention);
    }
    model.setFilter(filterOf({DeliveryState::Verifying}, {m_hook}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, DeliveryTableModel::AccountColumn).data().toString(), u"team-webhook"_s);
    QCOMPARE(model.index(0, DeliveryTableModel::StateColumn).data().toString(), u"possibly sent — verifying"_s);
    model.setFilter(filterOf({}, {m_work, m_hook}));
    QCOMPARE(model.rowCount(), 8);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter(model.filter()); // the same again: nothing to count or read
    QCOMPARE(resets.size(), 0);

    // A change elsewhere shows after refresh(): the verifying webhook post was found.
    model.setFilter(filterOf({DeliveryState::Verifying}, {}));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(applyUserDecision(DeliveryStore(*m_database), model.deliveryId(1), UserDecision::WasPosted, m_clock.nowUtc()));
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
}

void TestGui::queueShowsStateColours()
{
    seedEveryState();
    DeliveryTableModel model(*m_database);
    QSet<QRgb> colours;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex state = model.index(row, DeliveryTableModel::StateColumn);
        const auto value = state.data(DeliveryTableModel::StateRole).value<DeliveryState>();
        const QVariant background = state.data(Qt::BackgroundRole);
        const bool marked = value == DeliveryState::Verifying || value == DeliveryState::NeedsAttention
                         || value == DeliveryState::Published || value == DeliveryState::Failed;
        QCOMPARE(background.isValid(), marked);
        if (marked)
            colours.insert(background.value<QColor>().rgb());
        QVERIFY(!model.index(row, DeliveryTableModel::TextColumn).data(Qt::BackgroundRole).isValid());
    }
    QCOMPARE(colours.size(), 4); // one distinct colour per marked state

    // On a dark palette the marks are dark too, so that the light text on them stays readable.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    for (const DeliveryState state : {DeliveryState::Verifying, DeliveryState::NeedsAttention,
                                      DeliveryState::Published, DeliveryState::Failed}) {
        QVERIFY(StateColors::background(state, dark).lightness() < 128);
        QVERIFY(StateColors::background(state, QPalette(Qt::white)).lightness() >= 128);
    }
}

void TestGui::detailButtonsFollowTheStateMachine_data()
{
    QTest::addColumn<DeliveryState>("state");
    QTest::addColumn<bool>("wasPosted");
    QTest::addColumn<bool>("postAgain");
    QTest::addColumn<bool>("cancel");
    QTest::newRow("draft") << DeliveryState::Draft << false << false << true;
    QTest::newRow("scheduled") << DeliveryState::Scheduled << false << false << true;
    QTest::newRow("sending") << DeliveryState::Sending << false << false << false;
    QTest::newRow("verifying") << DeliveryState::Verifying << true << true << true;
    QTest::newRow("retrying") << DeliveryState::Retrying << false << false << true;
    QTest::newRow("published") << DeliveryState::Published << false << false << false;
    QTest::newRow("failed") << DeliveryState::Failed << false << true << false;
    QTest::newRow("needs_attention") << DeliveryState::NeedsAttention << true << true << true;
    QTest::newRow("cancelled") << DeliveryState::Cancelled << false << false << false;
}

void TestGui::detailButtonsFollowTheStateMachine()
{
    QFETCH(DeliveryState, state);
    QFETCH(bool, wasPosted);
    QFETCH(bool, postAgain);
    QFETCH(bool, cancel);
    const qint64 id = seed(state, m_work, u"hello"_s);
    DeliveryDetailPane pane(*m_database, m_clock);
    pane.showDelivery(id);
    QCOMPARE(pane.findChild<QPushButton *>(u"wasPostedButton"_s)->isEnabled(), wasPosted);
    QCOMPARE(pane.findChild<QPushButton *>(u"postAgainButton"_s)->isEnabled(), postAgain);
    QCOMPARE(pane.findChild<QPushButton *>(u"cancelButton"_s)->isEnabled(), cancel);

    pane.setReadOnly(true);
    QVERIFY(!pane.findChild<QPushButton *>(u"wasPostedButton"_s)->isEnabled());
    QVERIFY(!pane.findChild<QPushButton *>(u"postAgainButton"_s)->isEnabled());
    QVERIFY(!pane.findChild<QPushButton *>(u"cancelButton"_s)->isEnabled());
}

void TestGui::itWasPostedPublishes()
{
    const qint64 id = seed(DeliveryState::NeedsAttention, m_work, u"did it go out?"_s);
    DeliveryDetailPane pane(*m_database, m_clock);
    pane.show();
    pane.showDelivery(id);
    const auto *attempts = pane.findChild<QTableView *>(u"attemptView"_s);
    QAbstractItemModelTester tester(pane.findChild<AttemptTableModel *>(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(attempts->model()->rowCount(), 2); // the send and the note that asked the user
    QCOMPARE(attempts->model()->index(0, AttemptTableModel::OutcomeColumn).data().toString(), u"unknown"_s);
    QSignalSpy applied(&pane, &DeliveryDetailPane::decisionApplied);
    QTest::mouseClick(pane.findChild<QPushButton *>(u"wasPostedButton"_s), Qt::LeftButton);
    QCOMPARE(applied.count(), 1);

    const Result<Delivery> delivery = DeliveryStore(*m_database).byId(id);
    QVERIFY(delivery.ok());
    QCOMPARE(delivery.value().state, DeliveryState::Published);
    QCOMPARE(attempts->model()->rowCount(), 3); // the user's decision is logged
    QCOMPARE(attempts->model()->index(2, AttemptTableModel::KindColumn).data().toString(), u"note"_s);
    QVERIFY(!pane.findChild<QPushButton *>(u"wasPostedButton"_s)->isEnabled());
    QVERIFY(!pane.findChild<QPushButton *>(u"cancelButton"_s)->isEnabled());
}

void TestGui::postAgainAsksFirst()
{
    const qint64 id = seed(DeliveryState::NeedsAttention, m_work, u"did it go out?"_s);
    DeliveryDetailPane pane(*m_database, m_clock);
    pane.show();
    pane.showDelivery(id);
    auto *postAgain = pane.findChild<QPushButton *>(u"postAgainButton"_s);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(postAgain, Qt::LeftButton);
    QCOMPARE(DeliveryStore(*m_database).byId(id).value().state, DeliveryState::NeedsAttention);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(postAgain, Qt::LeftButton);
    const Delivery delivery = DeliveryStore(*m_database).byId(id).value();
    QCOMPARE(delivery.state, DeliveryState::Retrying);
    QCOMPARE(delivery.nextAttemptAt, m_clock.nowUtc()); // now, with the same key
    QVERIFY(!delivery.publicationKey.isEmpty());
}

void TestGui::noDecisionWhileALookupIsInFlight()
{
    const qint64 id = seed(DeliveryState::Verifying, m_work, u"checking"_s);
    const Result<qint64> lookup = DeliveryStore(*m_database).beginVerify(id, m_clock.nowUtc());
    QVERIFY(lookup.ok());
    DeliveryDetailPane pane(*m_database, m_clock);
    pane.showDelivery(id);
    QVERIFY(!pane.findChild<QPushButton *>(u"wasPostedButton"_s)->isEnabled());
    QVERIFY(!pane.findChild<QPushButton *>(u"postAgainButton"_s)->isEnabled());
    QVERIFY(!pane.findChild<QPushButton *>(u"cancelButton"_s)->isEnabled());

    AttemptEnd found;
    found.outcome = u"cannot_tell"_s;
    found.nextState = DeliveryState::Verifying;
    found.nextAttemptAt = m_clock.nowUtc().addSecs(60);
    QVERIFY(DeliveryStore(*m_database).finishAttempt(lookup.value(), found, m_clock.nowUtc()));
    pane.reload();
    QVERIFY(pane.findChild<QPushButton *>(u"wasPostedButton"_s)->isEnabled());
}

void TestGui::bannerCountsWhatNeedsTheUser()
{
    seed(DeliveryState::Verifying, m_work, u"a"_s);
    seed(DeliveryState::Verifying, m_hook, u"b"_s);
    for (int i = 0; i < 3; ++i)
        seed(DeliveryState::NeedsAttention, m_personal, u"c%1"_s.arg(i));
    seed(DeliveryState::Scheduled, m_work, u"later"_s, 60);
    seed(DeliveryState::Published, m_work, u"done"_s, -60);

    MainWindow window(*m_database, m_clock);
    window.show();
    const auto *banner = window.findChild<QWidget *>(u"banner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(window.findChild<QLabel *>(u"bannerText"_s)->text(),
             u"2 posts possibly sent — verifying, 3 need attention"_s);
    QVERIFY(window.windowTitle().contains(u"3 need attention"_s));
    QCOMPARE(window.queueModel()->rowCount(), 7);

    QTest::mouseClick(window.findChild<QPushButton *>(u"reviewButton"_s), Qt::LeftButton);
    QCOMPARE(window.queueModel()->rowCount(), 5);
    QCOMPARE(window.queueModel()->filter().states,
             (QList<DeliveryState>{DeliveryState::Verifying, DeliveryState::NeedsAttention}));

    // Deciding one updates the banner and the title.
    auto *view = window.findChild<QTableView *>(u"queueView"_s);
    int attentionRow = -1;
    for (int row = 0; row < window.queueModel()->rowCount() && attentionRow < 0; ++row) {
        if (window.queueModel()->index(row, 0).data(DeliveryTableModel::StateRole).value<DeliveryState>()
            == DeliveryState::NeedsAttention)
            attentionRow = row;
    }
    view->selectRow(attentionRow);
    // The pane follows the current row on the next turn of the event loop.
    QTRY_COMPARE(window.detailPane()->deliveryId(), window.queueModel()->deliveryId(attentionRow));
    QTest::mouseClick(window.findChild<QPushButton *>(u"wasPostedButton"_s), Qt::LeftButton);
    QCOMPARE(window.findChild<QLabel *>(u"bannerText"_s)->text(),
             u"2 posts possibly sent — verifying, 2 need attention"_s);
    QVERIFY(window.windowTitle().contains(u"2 need attention"_s));
    QCOMPARE(window.queueModel()->rowCount(), 4);
}

void TestGui::bannerHiddenWhenNothingWaits()
{
    {
        // A first start: no accounts, no posts.
        QVERIFY(AccountStore(*m_database).remove(m_work) && AccountStore(*m_database).remove(m_personal));
        MainWindow empty(*m_database, m_clock);
        empty.show();
        QCOMPARE(empty.findChild<QListWidget *>(u"accountList"_s)->count(), 2); // all accounts, team-webhook
        QVERIFY(!empty.findChild<QWidget *>(u"banner"_s)->isVisible());
        QVERIFY(empty.findChild<QLabel *>(u"emptyQueue"_s)->isVisible());
        QVERIFY(empty.findChild<QLabel *>(u"emptyQueue"_s)->text().startsWith(u"No posts yet."_s));
    }
    m_work = AccountStore(*m_database).add({0, u"work-mastodon"_s, u"mastodon"_s, QUrl(u"https://m.example"_s), {}}).value();
    seed(DeliveryState::Scheduled, m_work, u"later"_s, 60);
    MainWindow window(*m_database, m_clock);
    window.show();
    QVERIFY(!window.findChild<QWidget *>(u"banner"_s)->isVisible());
    QVERIFY(window.windowTitle().isEmpty()); // the application's display name alone
    QVERIFY(!window.windowIcon().pixmap(32).isNull()); // the resource is linked and the SVG plugin reads it
    QVERIFY(window.findChild<QTableView *>(u"queueView"_s)->isVisible());

    // Nothing in a filter: say so instead of an empty table.
    window.findChild<QComboBox *>(u"stateFilter"_s)->setCurrentIndex(1);
    QVERIFY(!window.findChild<QTableView *>(u"queueView"_s)->isVisible());
    QVERIFY(window.findChild<QLabel *>(u"emptyQueue"_s)->isVisible());
}

void TestGui::sidebarFiltersByAccount()
{
    seedEveryState();
    MainWindow window(*m_database, m_clock);
    window.show();
    auto *list = window.findChild<QListWidget *>(u"accountList"_s);
    QCOMPARE(list->count(), 4); // all accounts, then each by name
    QCOMPARE(list->item(3)->text(), u"work-mastodon"_s);
    QCOMPARE(list->item(3)->data(AccountItemDelegate::PlatformRole).toString(), u"Mastodon"_s);
    list->setCurrentRow(2); // team-webhook
    QCOMPARE(window.queueModel()->rowCount(), 3);
    QCOMPARE(window.queueModel()->filter().accountIds, QList<qint64>{m_hook});

    // An account added from the command line shows on the next refresh; the choice is kept.
    QVERIFY(AccountStore(*m_database).add({0, u"alt-mastodon"_s, u"mastodon"_s, QUrl(u"https://a.example"_s), {}}));
    window.refresh();
    QCOMPARE(list->count(), 5);
    QCOMPARE(list->currentItem()->text(), u"team-webhook"_s);
    QCOMPARE(window.queueModel()->rowCount(), 3);
}

void TestGui::sidebarShowsHealthAndCounts()
{
    seedEveryState();
    const AccountStore accounts(*m_database);
    QVERIFY(accounts.setSignInProblem(m_personal, u"HTTP 401: the access token was refused"_s));
    const QDateTime until = m_clock.nowUtc().addSecs(30 * 60);
    QVERIFY(accounts.setPausedUntil(m_hook, until));
    MainWindow window(*m_database, m_clock);
    window.show();
    auto *list = window.findChild<QListWidget *>(u"accountList"_s);
    const auto row = [&](const QString &name) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text() == name)
                return list->item(i);
        }
        return static_cast<QListWidgetItem *>(nullptr);
    };
    QCOMPARE(row(u"work-mastodon"_s)->data(AccountItemDelegate::HealthRole).toString(), u"connected"_s);
    // Each platform's own icon.
    const QImage mastodonIcon = row(u"work-mastodon"_s)->icon().pixmap(16, 16).toImage();
    QVERIFY(!mastodonIcon.isNull());
    QCOMPARE(row(u"personal-mastodon"_s)->icon().pixmap(16, 16).toImage(), mastodonIcon);
    QVERIFY(row(u"team-webhook"_s)->icon().pixmap(16, 16).toImage() != mastodonIcon);
    QCOMPARE(row(u"personal-mastodon"_s)->data(AccountItemDelegate::HealthRole).toString(), u"token expired"_s);
    QVERIFY(row(u"personal-mastodon"_s)->data(AccountItemDelegate::ProblemRole).toBool());
    QVERIFY(row(u"personal-mastodon"_s)->toolTip().contains(u"401"_s));
    QCOMPARE(row(u"team-webhook"_s)->data(AccountItemDelegate::HealthRole).toString(),
             u"rate-limited until %1"_s.arg(until.toLocalTime().toString(u"HH:mm"_s)));
    // Possibly sent or needing attention, per account: work 1 (needs attention), personal 1, webhook 1.
    QCOMPARE(row(u"work-mastodon"_s)->data(AccountItemDelegate::AttentionRole).toInt(), 1);
    QCOMPARE(row(u"team-webhook"_s)->data(AccountItemDelegate::AttentionRole).toInt(), 1);
    QVERIFY(row(u"work-mastodon"_s)->data(Qt::AccessibleTextRole).toString().contains(u"1 post to check"_s));

    // Each account is a toggle: a second click on it shows every account again.
    const QRect workRect = list->visualItemRect(row(u"work-mastodon"_s));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, workRect.center());
    QCOMPARE(window.queueModel()->filter().accountIds, QList<qint64>{m_work});
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, workRect.center());
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(window.queueModel()->filter().accountIds.isEmpty());
}

void TestGui::queueSortsInSql()
{
    for (int i = 0; i < 250; ++i)
        seed(DeliveryState::Scheduled, i % 2 ? m_work : m_hook, u"post %1"_s.arg(i), i + 1);
    MainWindow window(*m_database, m_clock);
    window.show();
    auto *view = window.findChild<QTableView *>(u"queueView"_s);
    // Clicking the Account header sorts every row, not only the page loaded so far.
    view->horizontalHeader()->setSortIndicator(DeliveryTableModel::AccountColumn, Qt::DescendingOrder);
    DeliveryTableModel *model = window.queueModel();
    QCOMPARE(model->filter().sortKey, DeliveryFilter::SortKey::Account);
    QCOMPARE(model->rowCount(), 250);
    QCOMPARE(model->delivery(0).accountName, u"work-mastodon"_s);
    QCOMPARE(model->delivery(249).accountName, u"team-webhook"_s);
    // Within one account, the time decides, in the same direction.
    QVERIFY(model->delivery(0).scheduledAt > model->delivery(1).scheduledAt);
}

void TestGui::findFiltersByText()
{
    seedEveryState();
    seed(DeliveryState::Scheduled, m_work, u"100% off_sale"_s, 30);
    MainWindow window(*m_database, m_clock);
    window.show();
    auto *find = window.findChild<QLineEdit *>(u"findEdit"_s);
    QVERIFY(find);
    window.findChild<QAction *>(u"actionFind"_s)->trigger();
    QTRY_VERIFY(find->hasFocus());
    QTest::keyClicks(find, u"WEBINAR"_s); // case does not matter
    QTRY_COMPARE(window.queueModel()->filter().textContains, u"WEBINAR"_s); // once typing pauses
    QCOMPARE(window.queueModel()->rowCount(), 1);
    QCOMPARE(window.queueModel()->delivery(0).text, u"Reminder: webinar tomorrow at 10:00"_s);
    // LIKE's wildcards are taken literally.
    find->setText(u"0% off_"_s);
    QTRY_COMPARE(window.queueModel()->filter().textContains, u"0% off_"_s);
    QCOMPARE(window.queueModel()->rowCount(), 1);
    QCOMPARE(window.queueModel()->delivery(0).text, u"100% off_sale"_s);
    find->setText(u"nothing like this"_s);
    QTRY_VERIFY(window.findChild<QLabel *>(u"emptyQueue"_s)->isVisible());
    find->clear();
    QTRY_COMPARE(window.queueModel()->rowCount(), 12);
}

// Ctrl+A in a huge queue must not read every row to decide what the bulk actions may do.
void TestGui::selectingMoreThanABulkChangeTakesSaysSo()
{
    constexpr int posts = 10'001; // one more than a bulk change takes
    const QString at = SqlTime::toSql(m_clock.nowUtc().addDays(1)).toString();
    const Status seeded = m_database->transaction([&]() -> Status {
        const auto inserted = m_database->write(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            u"INSERT INTO posts (text, scheduled_at, created_at, updated_at) SELECT 'post ' || i, ?, ?, ? FROM n"_s,
            {posts, at, at, at});
        if (!inserted)
            return Status::failure(inserted.error());
        return Status::from(m_database->write(
            u"INSERT INTO deliveries (post_id, account_id, state, updated_at) SELECT id, ?, 'scheduled', ? FROM posts"_s,
            {m_work, at}));
    });
    QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
    MainWindow window(*m_database, m_clock);
    window.show();
    auto *view = window.findChild<QTableView *>(u"queueView"_s);
    QCOMPARE(window.queueModel()->rowCount(), posts);

    view->selectRow(0);
    QVERIFY(window.findChild<QAction *>(u"actionCancelDelivery"_s)->isEnabled());
    view->selectAll();
    for (const char *name : {"actionCancelDelivery", "actionReschedule", "actionDuplicate", "actionDeletePost"})
        QVERIFY2(!window.findChild<QAction *>(QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"10001 posts selected: a change applies to at most 10000"_s));
}

void TestGui::bulkActionsOnTheSelectionCanBeUndone()
{
    seed(DeliveryState::Scheduled, m_work, u"first"_s, 60);
    seed(DeliveryState::Scheduled, m_personal, u"second"_s, 120);
    seed(DeliveryState::Published, m_work, u"already out"_s, -60);
    MainWindow window(*m_database, m_clock);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // for the shortcuts
    auto *view = window.findChild<QTableView *>(u"queueView"_s);
    auto *cancel = window.findChild<QAction *>(u"actionCancelDelivery"_s);
    auto *reschedule = window.findChild<QAction *>(u"actionReschedule"_s);
    DeliveryTableModel *model = window.queueModel();
    QCOMPARE(model->rowCount(), 3);

    view->selectRow(0); // the published one: nothing to cancel or move
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!reschedule->isEnabled());
    view->selectionModel()->select(QItemSelection(model->index(1, 0), model->index(2, 0)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(cancel->isEnabled());
    QVERIFY(reschedule->isEnabled());
    cancel->trigger();
    QCOMPARE(model->delivery(1).state, DeliveryState::Cancelled);
    QCOMPARE(model->delivery(2).state, DeliveryState::Cancelled);
    QVERIFY(window.statusBar()->currentMessage().contains(u"Cancelled 2 deliveries"_s));

    // Ctrl+Z, as the user presses it.
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(model->delivery(1).state, DeliveryState::Scheduled);
    QCOMPARE(model->delivery(2).state, DeliveryState::Scheduled);
    QTest::keySequence(&window, QKeySequence(u"Ctrl+Shift+Z"_s));
    QCOMPARE(model->delivery(1).state, DeliveryState::Cancelled);

    // Duplicate the two posts as drafts, then delete the drafts from the queue.
    window.postActions()->undoStack()->undo();
    view->selectionModel()->select(QItemSelection(model->index(1, 0), model->index(2, 0)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    window.findChild<QAction *>(u"actionDuplicate"_s)->trigger();
    QCOMPARE(model->rowCount(), 5);
    int drafts = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        drafts += model->delivery(row).state == DeliveryState::Draft ? 1 : 0;
    QCOMPARE(drafts, 2);
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(model->rowCount(), 3);
}

void TestGui::historyShowsFinishedPostsWithTheirLinks()
{
    seedEveryState();
    MainWindow window(*m_database, m_clock);
    window.show();
    DeliveryTableModel *history = window.historyModel();
    QCOMPARE(history->rowCount(), 3); // published, failed, cancelled
    QCOMPARE(history->delivery(0).state, DeliveryState::Cancelled); // newest first
    QCOMPARE(history->delivery(2).state, DeliveryState::Published);
    const QModelIndex link = history->index(2, DeliveryTableModel::LinkColumn);
    QCOMPARE(link.data().toString(), u"mastodon.social/@work/1133"_s);

    // Activating the row opens the link in the browser (caught here instead).
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(u"https"_s, &browser, "open");
    auto *view = window.findChild<QTableView *>(u"historyView"_s);
    Q_EMIT view->activated(link);
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QCOMPARE(browser.opened, QList<QUrl>{QUrl(u"https://mastodon.social/@work/1133"_s)});
    // The queue does not show the link column; the history does.
    QVERIFY(window.findChild<QTableView *>(u"queueView"_s)->isColumnHidden(DeliveryTableModel::LinkColumn));
    QVERIFY(!view->isColumnHidden(DeliveryTableModel::LinkColumn));
}

void TestGui::fatalEngineErrorMakesTheWindowReadOnly()
{
    seed(DeliveryState::NeedsAttention, m_work, u"decide me"_s);
    MainWindow window(*m_database, m_clock);
    window.show();
    EngineSettings settings;
    settings.databasePath = m_database->path();
    Engine engine(settings, SecretStore::create(SecretStore::Kind::File), m_clock); // never started
    window.setEngine(&engine);
    window.findChild<QTableView *>(u"queueView"_s)->selectRow(0);
    QTRY_COMPARE(window.detailPane()->deliveryId(), window.queueModel()->deliveryId(0));
    QVERIFY(window.findChild<QPushButton *>(u"wasPostedButton"_s)->isEnabled());

    Q_EMIT engine.problem(u"Could not record the outcome of delivery 7 (disk full); trying again."_s);
    QCOMPARE(window.statusBar()->currentMessage(), u"Could not record the outcome of delivery 7 (disk full); trying again."_s);

    const QString message = u"Another publisher (pid 4242) is publishing from this database."_s;
    Q_EMIT engine.fatalError(message);
    QCOMPARE(window.statusBar()->currentMessage(), message);
    QVERIFY(!window.findChild<QAction *>(u"actionNewPost"_s)->isEnabled());
    QVERIFY(!window.findChild<QPushButton *>(u"wasPostedButton"_s)->isEnabled());
    QCOMPARE(window.queueModel()->rowCount(), 1); // still readable
}

void TestGui::editFromTheWindowCanBeUndone()
{
    const qint64 id = seed(DeliveryState::Scheduled, m_work, u"Typo in teh post"_s, 60);
    MainWindow window(*m_database, m_clock);
    window.show();
    window.findChild<QTableView *>(u"queueView"_s)->selectRow(0);
    auto *edit = window.findChild<QAction *>(u"actionEditPost"_s);
    QVERIFY(edit->isEnabled());
    // The composer is modal: fix the text and schedule, as the user would.
    QTimer::singleShot(0, &window, [] {
        auto *composer = qobject_cast<ComposerDialog *>(QApplication::activeModalWidget());
        QVERIFY(composer);
        QVERIFY(composer->isEditing());
        composer->findChild<QPlainTextEdit *>(u"composerText"_s)->setPlainText(u"Typo in the post"_s);
        composer->accept();
    });
    edit->trigger();
    const auto text = [&] { return PostStore(*m_database).byId(window.queueModel()->delivery(0).postId)->text; };
    QCOMPARE(text(), u"Typo in the post"_s);
    QCOMPARE(window.queueModel()->delivery(0).id, id);
    window.postActions()->undoStack()->undo();
    QCOMPARE(text(), u"Typo in teh post"_s);
    window.postActions()->undoStack()->redo();
    QCOMPARE(text(), u"Typo in the post"_s);
}

void TestGui::newPostFromTheComposerCanBeUndone()
{
    MainWindow window(*m_database, m_clock);
    window.show();
    QTimer::singleShot(0, &window, [this] {
        auto *composer = qobject_cast<ComposerDialog *>(QApplication::activeModalWidget());
        QVERIFY(composer);
        composer->findChild<QPlainTextEdit *>(u"composerText"_s)->setPlainText(u"Doors open at nine"_s);
        for (QCheckBox *account : composer->findChildren<QCheckBox *>()) {
            if (account->text().contains(u"work-mastodon"_s))
                account->setChecked(true);
        }
        composer->accept();
    });
    window.findChild<QAction *>(u"actionNewPost"_s)->trigger();
    const auto posts = [&] { return DeliveryStore(*m_database).list({}).value().size(); };
    QCOMPARE(posts(), 1);
    QCOMPARE(window.postActions()->undoStack()->undoText(), u"New post"_s);
    window.activateWindow(); // back from the modal composer
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(posts(), 0);
    window.postActions()->undoStack()->redo();
    QCOMPARE(posts(), 1);
}

void TestGui::calendarFileDropOpensTheComposerThere()
{
    QTemporaryDir files;
    QFile note(files.filePath(u"note.txt"_s));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("Dropped from the file manager");
    note.close();
    MainWindow window(*m_database, m_clock);
    window.show();
    const QDateTime at = m_clock.nowUtc().addDays(2);
    QString seenText;
    QDateTime seenAt;
    QTimer::singleShot(0, &window, [&] {
        auto *composer = qobject_cast<ComposerDialog *>(QApplication::activeModalWidget());
        QVERIFY(composer);
        seenText = composer->findChild<QPlainTextEdit *>(u"composerText"_s)->toPlainText();
        seenAt = composer->findChild<QDateTimeEdit *>()->dateTime().toUTC();
        composer->reject();
    });
    Q_EMIT window.calendar()->composeRequested(at, {note.fileName()});
    QCOMPARE(seenText, u"Dropped from the file manager"_s);
    QCOMPARE(seenAt, at);
}

void TestGui::screenshot()
{
    seedEveryState();
    QVERIFY(AccountStore(*m_database).setPausedUntil(m_hook, m_clock.nowUtc().addSecs(25 * 60)));
    MainWindow window(*m_database, m_clock);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Select the post that needs a decision, as the user would after pressing Review.
    auto *view = window.findChild<QTableView *>(u"queueView"_s);
    for (int row = 0; row < window.queueModel()->rowCount(); ++row) {
        if (window.queueModel()->index(row, 0).data(DeliveryTableModel::StateRole).value<DeliveryState>()
            == DeliveryState::NeedsAttention)
            view->selectRow(row);
    }
    QCoreApplication::processEvents();
    const QString file = QCoreApplication::applicationDirPath() + u"/mainwindow.png"_s;
    QVERIFY(window.grab().save(file));
    qInfo("screenshot: %s", qPrintable(file));

    // And the review: a published post's link, filtered to what needs the user.
    view->selectRow(0);
    QCoreApplication::processEvents(); // let the pane lay out its new text before the grab
    const QString published = QCoreApplication::applicationDirPath() + u"/mainwindow-published.png"_s;
    QVERIFY(window.grab().save(published));

    window.findChild<QAction *>(u"actionShowHistory"_s)->trigger();
    window.findChild<QTableView *>(u"historyView"_s)->selectRow(2);
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(QCoreApplication::applicationDirPath() + u"/mainwindow-history.png"_s));

    // The same window on a dark desktop.
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    MainWindow dark(*m_database, m_clock);
    dark.resize(1280, 800);
    dark.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dark));
    auto *darkView = dark.findChild<QTableView *>(u"queueView"_s);
    darkView->selectRow(3);
    QCoreApplication::processEvents();
    QVERIFY(dark.grab().save(QCoreApplication::applicationDirPath() + u"/mainwindow-dark.png"_s));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
