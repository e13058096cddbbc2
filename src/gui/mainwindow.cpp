#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "accounts/accountdialog.h"
#include "accounts/accountitemdelegate.h"
#include "accounts/platformicon.h"
#include "calendar/calendarmodel.h"
#include "calendar/calendarwidget.h"
#include "composer/composerdialog.h"
#include "detail/deliverydetailpane.h"
#include "pauseaction.h"
#include "publish/engine.h"
#include "publish/platformregistry.h"
#include "queue/deliverycolumns.h"
#include "queue/deliverytablemodel.h"
#include "queue/statecolors.h"
#include "queue/offsetdialog.h"
#include "storage/accountstore.h"
#include "storage/deliverystore.h"
#include "undo/postactions.h"
#include "util/clock.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QSet>
#include <QSignalBlocker>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int AccountIdRole = Qt::UserRole + 1;
constexpr int RefreshDelayMs = 150; // the engine's changes come in bursts: read once per burst
constexpr int PollMs = 5'000;       // other processes (the command line, another publisher) write too
constexpr int FindDelayMs = 250;    // one query per pause in typing, not one per key
constexpr int MaxBulkRows = 10'000; // a bulk change reads its rows: 50 pages, a fraction of a second
const QList<DeliveryState> historyStates{DeliveryState::Published, DeliveryState::Failed, DeliveryState::Cancelled};

QList<DeliveryState> statesFrom(const QVariant &names)
{
    QList<DeliveryState> states;
    for (const QString &name : names.toStringList()) {
        if (const std::optional<DeliveryState> state = DeliveryStates::fromName(name))
            states.append(*state);
    }
    return states;
}

QString undoKeys()
{
    return QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
}

int countIn(const Database &database, DeliveryState state)
{
    const Result<int> found = DeliveryStore(database).count(state);
    return found ? found.value() : 0;
}
} // namespace

MainWindow::MainWindow(const Database &database, Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
    , m_clock(clock)
    , m_actions(new PostActions(database, clock, this))
    , m_model(new DeliveryTableModel(database, this))
    , m_detail(new DeliveryDetailPane(database, clock, this))
    , m_calendar(new CalendarWidget(database, clock, *m_actions, this))
    , m_engineStatus(new QLabel(this))
    , m_pause(new PauseAction(this))
    , m_find(new QLineEdit(this))
    , m_findSoon(new QTimer(this))
    , m_refreshSoon(new QTimer(this))
    , m_showSelectedSoon(new QTimer(this))
    , m_poll(new QTimer(this))
{
    Q_INIT_RESOURCE(postscheduler); // the resources live in this static library
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/postscheduler.svg"_s));
    m_ui->splitter->addWidget(m_detail);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setStretchFactor(2, 0);
    m_ui->splitter->setSizes({230, 620, 430});
    m_detail->setMinimumWidth(340);
    m_ui->sidebar->setMinimumWidth(200);

    QFont heading = m_ui->accountsHeading->font();
    heading.setBold(true);
    m_ui->accountsHeading->setFont(heading);
    m_ui->queueHeading->setFont(heading);
    m_ui->queueHeading->hide(); // its tab names it

    QPalette bannerPalette = m_ui->banner->palette();
    bannerPalette.setColor(QPalette::Window, StateColors::background(DeliveryState::Verifying, palette()));
    m_ui->banner->setPalette(bannerPalette);
    m_ui->banner->hide();
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &MainWindow::review);

    setupQueue();
    setupFind();

    m_ui->statusBar->addPermanentWidget(m_engineStatus);
    m_engineStatus->setText(tr("Not publishing from this window"));

    m_detail->setPostActions(m_actions);
    connect(m_detail, &DeliveryDetailPane::decisionApplied, this, &MainWindow::refresh);
    connect(m_detail, &DeliveryDetailPane::decisionFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    m_ui->calendarLayout->addWidget(m_calendar);
    connect(m_calendar, &CalendarWidget::postActivated, this, &MainWindow::showCalendarPost);
    connect(m_calendar, &CalendarWidget::composeRequested, this, &MainWindow::composeAt);
    connect(m_calendar, &CalendarWidget::postsChanged, this, &MainWindow::refresh);
    connect(m_calendar, &CalendarWidget::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_ui->actionShowQueue, &QAction::triggered, this, [this] {
        m_ui->viewTabs->setCurrentWidget(m_ui->queue);
        m_ui->queueView->setFocus();
    });
    const auto showCalendar = [this](CalendarWidget::Mode mode) {
        m_ui->viewTabs->setCurrentWidget(m_ui->calendarPage);
        m_calendar->setMode(mode);
    };
    connect(m_ui->actionShowMonth, &QAction::triggered, this, [showCalendar] { showCalendar(CalendarWidget::Mode::Month); });
    connect(m_ui->actionShowWeek, &QAction::triggered, this, [showCalendar] { showCalendar(CalendarWidget::Mode::Week); });
    // The history is read when first shown: at start-up only the queue is in view.
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->viewTabs->currentWidget() == m_ui->historyPage)
            historyModel();
    });
    connect(m_ui->actionShowHistory, &QAction::triggered, this, [this] {
        m_ui->viewTabs->setCurrentWidget(m_ui->historyPage);
        m_ui->historyView->setFocus();
    });
    setupEditActions();

    connect(m_ui->actionNewPost, &QAction::triggered, this, &MainWindow::compose);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quitRequested);
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_pause);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    m_ui->actionPreferences->setShortcuts(QKeySequence::Preferences);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::preferencesRequested);
    connect(m_ui->actionAddAccount, &QAction::triggered, this, &MainWindow::addAccount);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &MainWindow::addAccount);
    setSecretStore(nullptr);

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(RefreshDelayMs);
    connect(m_refreshSoon, &QTimer::timeout, this, &MainWindow::refresh);
    // The pane follows the current row once per turn of the event loop: holding an arrow key through
    // the queue reads one delivery per repaint, not one per row, and the window paints before it.
    m_showSelectedSoon->setSingleShot(true);
    connect(m_showSelectedSoon, &QTimer::timeout, this, [this] { m_detail->showDelivery(m_selectedId); });
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &MainWindow::refresh);
    m_poll->start();

    m_ui->accountList->setItemDelegate(new AccountItemDelegate(m_ui->accountList));
    setupStateFilter();
    loadAccounts();
    connect(m_ui->accountList, &QListWidget::currentRowChanged, this, [this] {
        m_accountJustChosen = true;
        applyFilter();
    });
    connect(m_ui->accountList, &QListWidget::itemClicked, this, &MainWindow::toggleAccountFilter);
    connect(m_ui->stateFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    applyFilter();
    updateCounts();
    updateEmptyQueue();
    updateEditActions();
    m_ui->queueView->setFocus(); // the keyboard starts in the queue, not in the find field
}

// What the queue and the history share: the model, header, order, row height, the detail pane
// following the current row, and load errors in the status bar.
void MainWindow::setupDeliveryTable(QTableView *view, DeliveryTableModel *model, const QString &name,
                                    Qt::SortOrder timeOrder)
{
    // The order and the row height are set before the view first counts the rows, so that the model
    // counts once (the view's own sort below is then no change) and the header sizes its rows once:
    // each costs tens of milliseconds at a million rows.
    model->sort(DeliveryTableModel::TimeColumn, timeOrder);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setModel(model);
    view->setAccessibleName(name);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    view->sortByColumn(DeliveryTableModel::TimeColumn, timeOrder);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, view] { showSelected(view); });
    connect(model, &DeliveryTableModel::loadFailed, this, [this](const QString &message) { statusBar()->showMessage(message); });
}

void MainWindow::setupQueue()
{
    QTableView *view = m_ui->queueView;
    setupDeliveryTable(view, m_model, tr("Queue"), Qt::AscendingOrder);
    QList<DeliveryState> states;
    for (const QString &name : DeliveryStates::allNames())
        states.append(DeliveryStates::fromName(name).value_or(DeliveryState::NeedsAttention));
    DeliveryColumns::fit(view, states);
    view->hideColumn(DeliveryTableModel::LinkColumn);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateEditActions);
    m_ui->emptyQueue->setBackgroundRole(QPalette::Base); // looks like the empty table it stands for
    m_ui->emptyQueue->setAutoFillBackground(true);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyQueue);
}

// Published, failed and cancelled deliveries, newest first, with the link to each published post.
DeliveryTableModel *MainWindow::historyModel()
{
    if (m_history)
        return m_history;
    m_history = new DeliveryTableModel(m_database, this);
    QTableView *view = m_ui->historyView;
    m_history->setFilter(historyFilter()); // before the view counts, as the order
    setupDeliveryTable(view, m_history, tr("History"), Qt::DescendingOrder);
    DeliveryColumns::fit(view, historyStates);
    // A long link must not squeeze the text away: it gets a fixed share.
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(DeliveryTableModel::LinkColumn, QHeaderView::Interactive);
    header->resizeSection(DeliveryTableModel::LinkColumn, 170);
    view->hideColumn(DeliveryTableModel::AttemptsColumn); // the detail pane lists them
    connect(view, &QTableView::activated, this, &MainWindow::openLink);
    DeliveryColumns::fitAccounts(view, m_accountNames);
    return m_history;
}

void MainWindow::setupEditActions()
{
    QUndoStack *stack = m_actions->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s)});
    m_ui->menuEdit->insertActions(m_ui->actionFind, {undo, redo});
    m_ui->menuEdit->insertSeparator(m_ui->actionFind);
    connect(m_actions, &PostActions::changed, this, [this] {
        refresh();
        if (m_engine)
            m_engine->wake();
    });
    connect(m_actions, &PostActions::failed, this, [this](const QString &message) { statusBar()->showMessage(message); });

    connect(m_ui->actionEditPost, &QAction::triggered, this, &MainWindow::editSelected);
    connect(m_ui->queueView, &QTableView::activated, this, &MainWindow::editSelected); // Enter or double-click
    connect(m_ui->actionReschedule, &QAction::triggered, this, &MainWindow::rescheduleSelected);
    connect(m_ui->actionDuplicate, &QAction::triggered, this, &MainWindow::duplicateSelected);
    connect(m_ui->actionCancelDelivery, &QAction::triggered, this, &MainWindow::cancelSelected);
    connect(m_ui->actionDeletePost, &QAction::triggered, this, &MainWindow::deleteSelected);
    // The bulk actions act on the queue's selection: its context menu offers them too, and Delete
    // works only there, so that the key keeps its meaning in text fields.
    for (QAction *action : {m_ui->actionReschedule, m_ui->actionDuplicate, m_ui->actionCancelDelivery,
                            m_ui->actionDeletePost}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->queueView->addAction(action);
    }
}

void MainWindow::setupFind()
{
    m_find->setObjectName(u"findEdit"_s);
    m_find->setPlaceholderText(tr("Find posts (%1)").arg(m_ui->actionFind->shortcut().toString(QKeySequence::NativeText)));
    m_find->setAccessibleName(tr("Find posts by their text"));
    m_find->setClearButtonEnabled(true);
    // Wide enough for its hint and the clear button, and no wider: the tabs beside it must not scroll
    // when the window is half a laptop screen.
    constexpr int clearButtonRoom = 44;
    m_find->setMinimumWidth(m_find->fontMetrics().horizontalAdvance(m_find->placeholderText()) + clearButtonRoom);
    // In the tab bar's corner, with air around it: it applies to every tab.
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 2);
    cornerLayout->addWidget(m_find);
    m_ui->viewTabs->setCornerWidget(corner, Qt::TopRightCorner);
    m_findSoon->setSingleShot(true);
    m_findSoon->setInterval(FindDelayMs);
    connect(m_find, &QLineEdit::textChanged, m_findSoon, qOverload<>(&QTimer::start));
    connect(m_findSoon, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (m_ui->viewTabs->currentWidget() == m_ui->calendarPage)
            m_ui->viewTabs->setCurrentWidget(m_ui->queue); // the calendar shows every post of its days
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::setEngine(Engine *engine)
{
    m_engine = engine;
    m_detail->setEngine(engine);
    m_pause->setEngine(engine);
    if (!engine)
        return;
    m_engineStatus->setText(tr("Starting the publisher…"));
    connect(engine, &Engine::started, this, [this, engine] { showPublishing(engine->isPaused()); });
    connect(engine, &Engine::pausedChanged, this, &MainWindow::showPublishing);
    connect(engine, &Engine::deliveriesChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    connect(engine, &Engine::problem, this, [this](const QString &message) { statusBar()->showMessage(message); });
    connect(engine, &Engine::fatalError, this, [this](const QString &message) {
        m_engine = nullptr;
        m_detail->setEngine(nullptr);
        setReadOnly(true, message);
    });
}

void MainWindow::showPublishing(bool paused)
{
    m_engineStatus->setText(paused ? tr("Publishing paused") : tr("Publishing"));
}

void MainWindow::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    const bool canAdd = secrets && !m_readOnly;
    m_ui->actionAddAccount->setEnabled(canAdd);
    m_ui->addAccountButton->setEnabled(canAdd);
}

void MainWindow::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_ui->actionNewPost->setEnabled(!readOnly);
    setSecretStore(m_secrets);
    updateEditActions();
    m_detail->setReadOnly(readOnly);
    m_calendar->setReadOnly(readOnly);
    updateEmptyQueue();
    if (readOnly) {
        m_engineStatus->setText(tr("Not publishing: read-only"));
        m_engineStatus->setToolTip(why);
        statusBar()->showMessage(why);
    }
}

void MainWindow::refresh()
{
    const qint64 selected = m_selectedId;
    loadAccounts();
    m_model->refresh();
    if (m_history)
        m_history->refresh();
    m_calendar->refresh();
    // A delivery that left the filter (decided while reviewing) stays in the pane, showing its new state.
    if (const int row = m_model->rowOf(selected); row >= 0 && m_ui->queueView->currentIndex().row() != row)
        m_ui->queueView->selectRow(row);
    m_selectedId = selected;
    m_detail->showDelivery(selected);
    updateCounts();
}

// Accounts come and go from the command line too: the list is read again on every refresh, keeping
// the chosen account (or falling back to all accounts when it was removed).
void MainWindow::loadAccounts()
{
    const Result<QList<Account>> accounts = AccountStore(m_database).all();
    const Result<QHash<qint64, AccountHealth>> health = AccountStore(m_database).health();
    const Result<QHash<qint64, int>> attention = DeliveryStore(m_database).countByAccount(
        {DeliveryState::Verifying, DeliveryState::NeedsAttention});
    if (!accounts || !health || !attention) {
        statusBar()->showMessage(!accounts ? accounts.error() : !health ? health.error() : attention.error());
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    QList<AccountRow> rows;
    QStringList signature;
    for (const Account &account : accounts.value()) {
        rows.append(accountRow(account, health.value().value(account.id), attention.value().value(account.id), now));
        signature.append(u"%1 %2 %3 %4 %5"_s.arg(account.id).arg(account.name, account.platform, rows.last().health)
                             .arg(rows.last().attention));
    }
    if (m_ui->accountList->count() > 0 && signature == m_accountSignature)
        return; // unchanged: keep the list as the user left it (scroll position, hover)
    m_accountSignature = signature;

    QListWidget *list = m_ui->accountList;
    const QListWidgetItem *current = list->currentItem();
    const qint64 chosen = current ? current->data(AccountIdRole).toLongLong() : 0;
    const QSignalBlocker quiet(list);
    list->clear();
    auto *all = new QListWidgetItem(tr("All accounts"), list);
    all->setData(AccountIdRole, qint64(0));
    int chosenRow = 0;
    for (const AccountRow &row : std::as_const(rows)) {
        auto *item = new QListWidgetItem(row.name, list);
        item->setData(AccountIdRole, row.id);
        item->setData(AccountItemDelegate::PlatformRole, row.platform);
        item->setIcon(PlatformIcon::of(row.platformName));
        item->setData(AccountItemDelegate::HealthRole, row.health);
        item->setData(AccountItemDelegate::ProblemRole, row.problem);
        item->setData(AccountItemDelegate::AttentionRole, row.attention);
        item->setToolTip(row.details);
        item->setData(Qt::AccessibleTextRole, row.accessibleText);
        if (row.id == chosen)
            chosenRow = list->count() - 1;
    }
    list->setCurrentRow(chosenRow);
    if (chosen != 0 && chosenRow == 0)
        applyFilter();
    m_accountNames.clear();
    for (const AccountRow &row : std::as_const(rows))
        m_accountNames.append(row.name);
    DeliveryColumns::fitAccounts(m_ui->queueView, m_accountNames);
    if (m_history)
        DeliveryColumns::fitAccounts(m_ui->historyView, m_accountNames);
}

MainWindow::AccountRow MainWindow::accountRow(const Account &account, const AccountHealth &health, int attention,
                                              const QDateTime &now) const
{
    const PlatformRegistry::Platform *platform = PlatformRegistry::find(account.platform);
    AccountRow row{account.id, account.name, account.platform, platform ? platform->displayName : account.platform,
                   tr("connected"), false, attention, {}, {}};
    if (!health.signInProblem.isEmpty()) {
        row.health = tr("token expired");
        row.problem = true;
    } else if (health.rateLimitedAt(now)) {
        row.health = tr("rate-limited until %1").arg(health.pausedUntil.toLocalTime().toString(u"HH:mm"_s));
    }
    row.details = u"%1 — %2"_s.arg(row.platform, account.endpoint.toDisplayString());
    if (row.problem)
        row.details += u"\n"_s + tr("The platform refused the sign-in (%1). Add the account again with a new token "
                                    "or app password.").arg(health.signInProblem);
    const QString toCheck = attention == 1 ? tr("1 post to check") : tr("%1 posts to check").arg(attention);
    row.accessibleText = attention > 0 ? tr("%1, %2, %3, %4").arg(row.name, row.platform, row.health, toCheck)
                                       : tr("%1, %2, %3").arg(row.name, row.platform, row.health);
    return row;
}

// Each account is a filter toggle: a click on the chosen one shows all accounts again.
void MainWindow::toggleAccountFilter(QListWidgetItem *item)
{
    const bool justChosen = std::exchange(m_accountJustChosen, false);
    if (!justChosen && m_ui->accountList->row(item) > 0)
        m_ui->accountList->setCurrentRow(0);
}

void MainWindow::setupStateFilter()
{
    QComboBox *combo = m_ui->stateFilter;
    combo->addItem(tr("All posts"), QStringList());
    combo->addItem(tr("Possibly sent or needing attention"),
                   QStringList{DeliveryStates::name(DeliveryState::Verifying),
                               DeliveryStates::name(DeliveryState::NeedsAttention)});
    combo->insertSeparator(combo->count());
    for (const QString &name : DeliveryStates::allNames())
        combo->addItem(DeliveryStates::displayName(*DeliveryStates::fromName(name)), QStringList{name});
}

// The sidebar's account and the find text apply to the queue, the history and (the account) the calendar.
DeliveryFilter MainWindow::commonFilter() const
{
    DeliveryFilter filter;
    const QListWidgetItem *account = m_ui->accountList->currentItem();
    if (const qint64 accountId = account ? account->data(AccountIdRole).toLongLong() : 0)
        filter.accountIds = {accountId};
    filter.textContains = m_find->text().trimmed();
    return filter;
}

DeliveryFilter MainWindow::historyFilter() const
{
    DeliveryFilter history = commonFilter();
    history.states = historyStates;
    return history;
}

void MainWindow::applyFilter()
{
    const qint64 selected = m_selectedId;
    DeliveryFilter queue = commonFilter();
    queue.states = statesFrom(m_ui->stateFilter->currentData());
    m_model->setFilter(queue);
    if (m_history)
        m_history->setFilter(historyFilter());
    m_calendar->model()->setAccountIds(queue.accountIds);
    selectDelivery(selected);
}

void MainWindow::updateCounts()
{
    const int verifying = countIn(m_database, DeliveryState::Verifying);
    const int attention = countIn(m_database, DeliveryState::NeedsAttention);
    // English plurals by hand until translations exist; %n with no translator would print "post(s)".
    const QString verifyingText = verifying == 1 ? tr("1 post possibly sent — verifying")
                                                 : tr("%1 posts possibly sent — verifying").arg(verifying);
    const QString attentionText = attention == 1 ? tr("1 needs attention") : tr("%1 need attention").arg(attention);
    m_ui->bannerText->setText(u"%1, %2"_s.arg(verifyingText, attentionText));
    m_ui->banner->setVisible(verifying + attention > 0);
    // Qt adds the application's display name ("… — postscheduler"): the title carries only the count.
    setWindowTitle(attention > 0 ? attentionText : QString());
}

void MainWindow::updateEmptyQueue()
{
    const bool empty = m_model->rowCount() == 0;
    const DeliveryFilter &filter = m_model->filter();
    if (!filter.textContains.isEmpty())
        m_ui->emptyQueue->setText(tr("No post contains \"%1\".").arg(filter.textContains));
    else if (!filter.states.isEmpty() || !filter.accountIds.isEmpty())
        m_ui->emptyQueue->setText(tr("Nothing to show here. Choose \"All posts\" and \"All accounts\" to see everything."));
    else if (m_readOnly)
        m_ui->emptyQueue->setText(tr("No posts yet."));
    else
        m_ui->emptyQueue->setText(tr("No posts yet.\nPress %1 to write one.")
                                      .arg(m_ui->actionNewPost->shortcut().toString(QKeySequence::NativeText)));
    m_ui->queueStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_ui->emptyQueue) : m_ui->queueView);
}

void MainWindow::review()
{
    m_ui->stateFilter->setCurrentIndex(1); // possibly sent or needing attention
    m_ui->accountList->setCurrentRow(0);
}

void MainWindow::showSelected(QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    const auto *model = static_cast<const DeliveryTableModel *>(view->model());
    m_selectedId = current.isValid() ? model->deliveryId(current.row()) : 0;
    m_showSelectedSoon->start();
    updateEditActions();
}

void MainWindow::openLink(const QModelIndex &index)
{
    const QString url = m_history->delivery(index.row()).remoteUrl;
    if (url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl(url)))
        statusBar()->showMessage(tr("Cannot open %1: no web browser is set up.").arg(url));
}

void MainWindow::selectDelivery(qint64 deliveryId)
{
    const int row = deliveryId ? m_model->rowOf(deliveryId) : -1;
    if (row < 0) {
        m_ui->queueView->clearSelection();
        m_selectedId = 0;
        m_detail->showDelivery(0);
        updateEditActions();
        return;
    }
    const QModelIndex current = m_ui->queueView->currentIndex();
    if (!current.isValid() || current.row() != row)
        m_ui->queueView->selectRow(row);
}

// Counted from the selection's ranges, without listing its rows: Ctrl+A in a queue of a million
// rows is one range.
qsizetype MainWindow::selectedQueueRowCount() const
{
    qsizetype count = 0;
    for (const QItemSelectionRange &range : m_ui->queueView->selectionModel()->selection())
        count += range.height();
    return count;
}

QList<int> MainWindow::selectedQueueRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->queueView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

// A post shows once per account in the queue: each selected post once, in queue order.
QList<qint64> MainWindow::selectedPostIds() const
{
    QList<qint64> posts;
    QSet<qint64> seen;
    for (const int row : selectedQueueRows()) {
        const qint64 postId = m_model->delivery(row).postId;
        if (!seen.contains(postId)) {
            seen.insert(postId);
            posts.append(postId);
        }
    }
    return posts;
}

void MainWindow::updateEditActions()
{
    // Checking what the bulk actions may do reads every selected row: beyond a limit the window
    // would stand still for seconds, so the bulk actions wait for a smaller selection.
    const qsizetype selected = selectedQueueRowCount();
    const bool tooMany = selected > MaxBulkRows;
    if (tooMany)
        statusBar()->showMessage(tr("%1 posts selected: a change applies to at most %2 at a time. "
                                    "Show fewer with the account, the state or Find.")
                                     .arg(selected)
                                     .arg(MaxBulkRows));
    const QList<int> rows = tooMany ? QList<int>() : selectedQueueRows();
    bool unsent = !rows.isEmpty();
    bool cancellable = false;
    for (const int row : rows) {
        const DeliveryState state = m_model->delivery(row).state;
        unsent = unsent && (state == DeliveryState::Draft || state == DeliveryState::Scheduled);
        cancellable = cancellable || DeliveryStates::canChange(state, DeliveryState::Cancelled);
    }
    const bool writable = !m_readOnly;
    m_ui->actionReschedule->setEnabled(writable && unsent);
    m_ui->actionDuplicate->setEnabled(writable && !rows.isEmpty());
    m_ui->actionCancelDelivery->setEnabled(writable && cancellable);
    m_ui->actionDeletePost->setEnabled(writable && unsent);
    m_ui->actionEditPost->setEnabled(writable && m_selectedId != 0); // the composer says why a sent post cannot change
}

void MainWindow::report(const QString &done, const QString &failure)
{
    statusBar()->showMessage(failure.isEmpty() ? done : failure, failure.isEmpty() ? 8000 : 0);
}

void MainWindow::rescheduleSelected()
{
    const QList<qint64> posts = selectedPostIds();
    if (posts.isEmpty() || m_readOnly)
        return;
    OffsetDialog dialog(int(posts.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status moved = m_actions->shift(posts, dialog.offsetSeconds());
    report(posts.size() == 1 ? tr("Rescheduled 1 post. Undo with %1.").arg(undoKeys())
                             : tr("Rescheduled %1 posts. Undo with %2.").arg(posts.size()).arg(undoKeys()),
           moved.error());
}

void MainWindow::duplicateSelected()
{
    const QList<qint64> posts = selectedPostIds();
    if (posts.isEmpty() || m_readOnly)
        return;
    const Result<QList<qint64>> copies = m_actions->duplicateAsDrafts(posts);
    report(posts.size() == 1 ? tr("Duplicated 1 post as a draft.") : tr("Duplicated %1 posts as drafts.").arg(posts.size()),
           copies ? QString() : copies.error());
}

void MainWindow::cancelSelected()
{
    QList<qint64> deliveries;
    for (const int row : selectedQueueRows()) {
        const Delivery &delivery = m_model->delivery(row);
        if (DeliveryStates::canChange(delivery.state, DeliveryState::Cancelled))
            deliveries.append(delivery.id);
    }
    if (deliveries.isEmpty() || m_readOnly)
        return;
    const Status cancelled = m_actions->cancel(deliveries);
    report(deliveries.size() == 1
               ? tr("Cancelled 1 delivery. Undo with %1.").arg(undoKeys())
               : tr("Cancelled %1 deliveries. Undo with %2.").arg(deliveries.size()).arg(undoKeys()),
           cancelled.error());
}

void MainWindow::deleteSelected()
{
    const QList<qint64> posts = selectedPostIds();
    if (posts.isEmpty() || m_readOnly)
        return;
    const Status removed = m_actions->remove(posts);
    report(posts.size() == 1 ? tr("Deleted 1 post. Undo with %1.").arg(undoKeys())
                             : tr("Deleted %1 posts. Undo with %2.").arg(posts.size()).arg(undoKeys()),
           removed.error());
}

void MainWindow::compose()
{
    composeAt({}, {});
}

void MainWindow::composeAt(const QDateTime &at, const QStringList &files)
{
    if (m_readOnly)
        return;
    ComposerDialog dialog(m_database, m_clock, *m_actions, this);
    if (at.isValid())
        dialog.setScheduledAt(at);
    if (!files.isEmpty())
        dialog.addFiles(files);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(dialog.editedState() == DeliveryState::Draft ? tr("Draft saved.") : tr("Post scheduled."),
                             5000);
    if (m_engine)
        m_engine->wake();
    refresh();
}

void MainWindow::editSelected()
{
    if (m_readOnly || m_selectedId == 0)
        return;
    const Result<Delivery> delivery = DeliveryStore(m_database).byId(m_selectedId);
    if (!delivery) {
        statusBar()->showMessage(delivery.error());
        return;
    }
    Result<std::unique_ptr<ComposerDialog>> dialog =
        ComposerDialog::forEdit(m_database, m_clock, *m_actions, delivery.value().postId, this);
    if (!dialog) {
        statusBar()->showMessage(dialog.error(), 8000);
        return;
    }
    ComposerDialog &composer = *dialog.value();
    if (composer.exec() != QDialog::Accepted)
        return;
    const Status edited = m_actions->edit(composer.originalPost(), composer.originalState(), composer.editedPost(),
                                          composer.editedState());
    report(tr("Post changed. Undo with %1.").arg(undoKeys()), edited.error());
}

void MainWindow::addAccount()
{
    if (!m_secrets || m_readOnly)
        return;
    AccountDialog dialog(m_database, *m_secrets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Account %1 added.").arg(dialog.account().name), 5000);
    if (m_engine)
        m_engine->wake();
    refresh();
}

void MainWindow::openDelivery(qint64 deliveryId)
{
    m_ui->viewTabs->setCurrentWidget(m_ui->queue);
    showCalendarPost(deliveryId);
}

// A chip clicked in the calendar shows its post's (first) delivery in the pane, and in the queue when loaded.
void MainWindow::showCalendarPost(qint64 deliveryId)
{
    if (const int row = m_model->rowOf(deliveryId); row >= 0)
        m_ui->queueView->selectRow(row);
    m_selectedId = deliveryId;
    m_detail->showDelivery(deliveryId);
    updateEditActions();
}
