#include "traycontroller.h"

#include "mainwindow.h"
#include "pauseaction.h"
#include "publish/engine.h"
#include "settings/appsettings.h"
#include "storage/deliverystore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int CountsPollMs = 10'000; // the command line and the composer schedule posts without the engine

QSystemTrayIcon::MessageIcon iconFor(DeliveryState state)
{
    const bool worrying = state == DeliveryState::Failed || state == DeliveryState::NeedsAttention;
    return worrying ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information;
}

QString stillPublishing()
{
    return TrayController::tr("Still publishing. To stop, choose File → Quit.");
}

int countIn(const Database &database, DeliveryState state)
{
    const Result<int> found = DeliveryStore(database).count(state);
    return found ? found.value() : 0;
}
} // namespace

TrayController::TrayController(MainWindow &window, const Database &database, QSettings &settings, QObject *parent,
                               TrayProbe trayAvailable)
    : QObject(parent)
    , m_window(window)
    , m_database(database)
    , m_settings(settings)
    , m_pause(new PauseAction(this))
    , m_coalesce(new QTimer(this))
    , m_trayAvailable(trayAvailable ? std::move(trayAvailable) : TrayProbe(&QSystemTrayIcon::isSystemTrayAvailable))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(CoalesceMs); // not restarted by later changes, so a steady stream is still told
    connect(m_coalesce, &QTimer::timeout, this, &TrayController::notify);
    connect(&window, &MainWindow::quitRequested, this, &TrayController::quit);
    window.installEventFilter(this);
    if (m_trayAvailable()) {
        adoptTray();
        return;
    }
    // Qt sees an X11 tray that comes later; it keeps its first answer about a D-Bus one.
    m_trayProbe = new QTimer(this);
    connect(m_trayProbe, &QTimer::timeout, this, [this] {
        if (!m_trayAvailable())
            return;
        m_trayProbe->deleteLater();
        m_trayProbe = nullptr;
        adoptTray();
    });
    m_trayProbe->start(TrayProbeMs);
}

TrayController::~TrayController() = default;

void TrayController::adoptTray()
{
    m_tray = new QSystemTrayIcon(QIcon(u":/icons/postscheduler.svg"_s), this);
    buildMenu();
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        if (m_clickOpens != 0)
            m_window.openDelivery(m_clickOpens);
    });
    auto *countsPoll = new QTimer(this);
    connect(countsPoll, &QTimer::timeout, this, &TrayController::updateStatus);
    countsPoll->start(CountsPollMs);
    QApplication::setQuitOnLastWindowClosed(false); // a closed window waits in the tray
    if (m_window.statusBar()->currentMessage() == stillPublishing())
        m_window.statusBar()->clearMessage(); // the tray's menu has Quit now
    updateStatus();
    m_tray->show();
}

void TrayController::buildMenu()
{
    m_menu = std::make_unique<QMenu>();
    m_menu->addAction(tr("&Show postscheduler"), this, &TrayController::showWindow);
    m_menu->addAction(tr("&New post…"), this, [this] {
        showWindow();
        m_window.compose();
    });
    m_menu->addSeparator();
    m_menu->addAction(m_pause);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayController::quit);
    m_tray->setContextMenu(m_menu.get());
}

void TrayController::setEngine(Engine *engine)
{
    m_engine = engine;
    m_pause->setEngine(engine);
    if (!engine)
        return;
    connect(engine, &Engine::deliveriesChanged, this, [this](const DeliveryChanges &changes) {
        for (const DeliveryChange &change : changes)
            onDeliveryChanged(change.deliveryId, change.state);
    });
    connect(engine, &Engine::pausedChanged, this, &TrayController::updateStatus);
    connect(engine, &Engine::fatalError, this, [this] { m_engine = nullptr; });
}

void TrayController::showWindow()
{
    m_window.setWindowState(m_window.windowState() & ~Qt::WindowMinimized);
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

void TrayController::showWindowAtStart()
{
    if (!AppSettings(m_settings).value(Settings::StartMinimized))
        m_window.show();
    else if (!m_tray)
        m_window.showMinimized();
}

void TrayController::quit()
{
    m_quitting = true; // Qt closes every window on quit: that close must not be taken for "to the tray"
    QCoreApplication::quit();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window || event->type() != QEvent::Close || m_quitting)
        return QObject::eventFilter(watched, event);
    if (m_tray) {
        onWindowClosed();
        return false; // the window hides; the app goes on in the tray
    }
    // Without a tray a hidden window could not be brought back: it stays, out of the way.
    event->ignore();
    m_window.showMinimized();
    m_window.statusBar()->showMessage(stillPublishing());
    return true;
}

void TrayController::onWindowClosed()
{
    AppSettings settings(m_settings);
    if (settings.value(Settings::CloseHintShown))
        return;
    settings.setValue(Settings::CloseHintShown, true);
    m_clickOpens = 0;
    const bool paused = m_engine && m_engine->isPaused();
    m_tray->showMessage(tr("postscheduler is still running"),
                        paused ? tr("Publishing is paused. Resume it, or stop postscheduler with Quit, from this "
                                    "icon's menu.")
                               : tr("It keeps sending your scheduled posts while the window is closed. To stop it, "
                                    "choose Quit in this icon's menu."));
}

void TrayController::onDeliveryChanged(qint64 deliveryId, DeliveryState state)
{
    if (!m_coalesce->isActive())
        m_coalesce->start(); // also for changes nobody is told about: the tooltip's counts moved
    if (!wanted(state)) {
        m_batch.forget(deliveryId);
        return;
    }
    const Result<Delivery> found = DeliveryStore(m_database).byId(deliveryId);
    if (!found)
        return;
    Delivery delivery = found.value();
    delivery.state = state; // as it was then: the database may be a step further already
    m_batch.add(delivery);
}

bool TrayController::wanted(DeliveryState state) const
{
    const AppSettings settings(m_settings);
    if (!settings.value(Settings::Notifications))
        return false;
    switch (state) {
    case DeliveryState::Published:
        return settings.value(Settings::NotifyPublished);
    case DeliveryState::Failed:
        return settings.value(Settings::NotifyFailed);
    case DeliveryState::Verifying:
        return settings.value(Settings::NotifyVerifying);
    case DeliveryState::NeedsAttention:
        return settings.value(Settings::NotifyNeedsAttention);
    default:
        return false;
    }
}

void TrayController::notify()
{
    updateStatus();
    if (m_batch.isEmpty())
        return;
    const TrayNotification notification = m_batch.take();
    if (!m_tray) {
        QString oneLine = notification.message;
        oneLine.replace(u'\n', u"; "_s);
        m_window.statusBar()->showMessage(tr("%1: %2").arg(notification.title, oneLine));
        return;
    }
    m_clickOpens = notification.deliveryId;
    m_tray->showMessage(notification.title, notification.message, iconFor(notification.state));
}

// The icon shows at a glance whether publishing is paused; the tooltip says what waits.
void TrayController::updateStatus()
{
    if (!m_tray)
        return;
    const bool paused = m_engine && m_engine->isPaused();
    if (paused != m_showsPaused) { // the counts poll calls this too: a new icon goes to the desktop only on a change
        m_showsPaused = paused;
        m_tray->setIcon(QIcon(paused ? u":/icons/postscheduler-paused.svg"_s : u":/icons/postscheduler.svg"_s));
    }
    QStringList lines { tr("postscheduler") };
    if (paused)
        lines.append(tr("Publishing paused"));
    lines.append(NotificationBatch::countOf(DeliveryState::Scheduled, countIn(m_database, DeliveryState::Scheduled)));
    for (const DeliveryState worth : { DeliveryState::Verifying, DeliveryState::NeedsAttention }) {
        if (const int count = countIn(m_database, worth); count > 0)
            lines.append(NotificationBatch::countOf(worth, count));
    }
    m_tray->setToolTip(lines.join(u'\n'));
}
