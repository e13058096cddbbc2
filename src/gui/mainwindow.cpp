#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "accounts/accountdialog.h"
#include "accounts/accountitemdelegate.h"
#include "calendar/calendarmodel.h"
#include "calendar/calendarwidget.h"
#include "composer/composerdialog.h"
#include "detail/deliverydetailpane.h"
#include "publish/engine.h"
#include "publish/platformregistry.h"
#include "queue/deliverytablemodel.h"
#include "queue/statecolors.h"
#include "storage/accountstore.h"
#include "storage/deliverystore.h"

#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int AccountIdRole = Qt::UserRole + 1;
constexpr int RefreshDelayMs = 150; // the engine's changes come in bursts: read once per burst
constexpr int PollMs = 5'000;       // other processes (the command line, another publisher) write too

QList<DeliveryState> statesFrom(const QVariant &names)
{
    QList<DeliveryState> states;
    for (const QString &name : names.toStringList()) {
        if (const std::optional<DeliveryState> state = DeliveryStates::fromName(name))
            states.append(*state);
    }
    return states;
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
    , m_model(new DeliveryTableModel(database, this))
    , m_detail(new DeliveryDetailPane(database, clock, this))
    , m_calendar(new CalendarWidget(database, clock, this))
    , m_engineStatus(new QLabel(this))
    , m_refreshSoon(new QTimer(this))
    , m_poll(new QTimer(this))
{
    Q_INIT_RESOURCE(postscheduler); // the resources live in this static library
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/postscheduler.svg"_s));
    m_ui->splitter->addWidget(m_detail);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setStretchFactor(2, 0);
    m_ui->splitter->setSizes({190, 650, 440});
    m_detail->setMinimumWidth(340);
    m_ui->sidebar->setMinimumWidth(160);

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

    m_ui->queueView->setModel(m_model);
    QHeaderView *header = m_ui->queueView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeliveryTableModel::TextColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_ui->queueView->verticalHeader()->setDefaultSectionSize(m_ui->queueView->fontMetrics().height() + 10);
    connect(m_ui->queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelected);
    m_ui->emptyQueue->setBackgroundRole(QPalette::Base); // looks like the empty table it stands for
    m_ui->emptyQueue->setAutoFillBackground(true);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyQueue);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyQueue);
    connect(m_model, &DeliveryTableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    m_ui->statusBar->addPermanentWidget(m_engineStatus);
    m_engineStatus->setText(tr("Not publishing from this window"));

    connect(m_detail, &DeliveryDetailPane::decisionApplied, this, &MainWindow::refresh);
    connect(m_detail, &DeliveryDetailPane::decisionFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    m_ui->calendarLayout->addWidget(m_calendar);
    connect(m_calendar, &CalendarWidget::postActivated, this, &MainWindow::showCalendarPost);
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

    connect(m_ui->actionNewPost, &QAction::triggered, this, &MainWindow::compose);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionAddAccount, &QAction::triggered, this, &MainWindow::addAccount);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &MainWindow::addAccount);
    setSecretStore(nullptr);

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(RefreshDelayMs);
    connect(m_refreshSoon, &QTimer::timeout, this, &MainWindow::refresh);
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &MainWindow::refresh);
    m_poll->start();

    m_ui->accountList->setItemDelegate(new AccountItemDelegate(m_ui->accountList));
    setupStateFilter();
    loadAccounts();
    connect(m_ui->accountList, &QListWidget::currentRowChanged, this, &MainWindow::applyFilter);
    connect(m_ui->stateFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    updateCounts();
    updateEmptyQueue();
}

MainWindow::~MainWindow() = default;

void MainWindow::setEngine(Engine *engine)
{
    m_engine = engine;
    m_detail->setEngine(engine);
    if (!engine)
        return;
    m_engineStatus->setText(tr("Starting the publisher…"));
    connect(engine, &Engine::started, this, [this] { m_engineStatus->setText(tr("Publishing")); });
    connect(engine, &Engine::deliveryChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    connect(engine, &Engine::problem, this, [this](const QString &message) { statusBar()->showMessage(message); });
    connect(engine, &Engine::fatalError, this, [this](const QString &message) {
        m_engine = nullptr;
        m_detail->setEngine(nullptr);
        setReadOnly(true, message);
    });
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
    if (!accounts) {
        statusBar()->showMessage(accounts.error());
        return;
    }
    QStringList signature;
    for (const Account &account : accounts.value())
        signature.append(u"%1 %2 %3"_s.arg(account.id).arg(account.name, account.platform));
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
    for (const Account &account : accounts.value()) {
        const PlatformRegistry::Platform *platform = PlatformRegistry::find(account.platform);
        const QString platformName = platform ? platform->displayName : account.platform;
        auto *item = new QListWidgetItem(account.name, list);
        item->setData(AccountIdRole, account.id);
        item->setData(AccountItemDelegate::PlatformRole, platformName);
        item->setToolTip(u"%1 — %2"_s.arg(platformName, account.endpoint.toDisplayString()));
        if (account.id == chosen)
            chosenRow = list->count() - 1;
    }
    list->setCurrentRow(chosenRow);
    if (chosen != 0 && chosenRow == 0)
        applyFilter();
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

void MainWindow::applyFilter()
{
    const QListWidgetItem *account = m_ui->accountList->currentItem();
    const qint64 accountId = account ? account->data(AccountIdRole).toLongLong() : 0;
    const qint64 selected = m_selectedId;
    m_model->setFilter(statesFrom(m_ui->stateFilter->currentData()), accountId ? QList<qint64>{accountId} : QList<qint64>());
    m_calendar->model()->setAccountIds(accountId ? QList<qint64>{accountId} : QList<qint64>());
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
    setWindowTitle(attention > 0 ? tr("postscheduler — %1").arg(attentionText) : tr("postscheduler"));
}

void MainWindow::updateEmptyQueue()
{
    const bool empty = m_model->rowCount() == 0;
    const DeliveryFilter &filter = m_model->filter();
    if (!filter.states.isEmpty() || !filter.accountIds.isEmpty())
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

void MainWindow::showSelected()
{
    const QModelIndex current = m_ui->queueView->currentIndex();
    m_selectedId = current.isValid() ? m_model->deliveryId(current.row()) : 0;
    m_detail->showDelivery(m_selectedId);
}

void MainWindow::selectDelivery(qint64 deliveryId)
{
    const int row = deliveryId ? m_model->rowOf(deliveryId) : -1;
    if (row < 0) {
        m_ui->queueView->clearSelection();
        m_selectedId = 0;
        m_detail->showDelivery(0);
        return;
    }
    const QModelIndex current = m_ui->queueView->currentIndex();
    if (!current.isValid() || current.row() != row)
        m_ui->queueView->selectRow(row);
}

void MainWindow::compose()
{
    if (m_readOnly)
        return;
    ComposerDialog dialog(m_database, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Post scheduled."), 5000);
    if (m_engine)
        m_engine->wake();
    refresh();
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

// A chip clicked in the calendar shows its post's (first) delivery in the pane, and in the queue when loaded.
void MainWindow::showCalendarPost(qint64 deliveryId)
{
    if (const int row = m_model->rowOf(deliveryId); row >= 0)
        m_ui->queueView->selectRow(row);
    m_selectedId = deliveryId;
    m_detail->showDelivery(deliveryId);
}
