#pragma once

#include "notificationbatch.h"

#include <QObject>

#include <functional>
#include <memory>

class Database;
class Engine;
class MainWindow;
class PauseAction;
class QMenu;
class QSettings;
class QSystemTrayIcon;
class QTimer;

// Keeps the app publishing when its window is closed. Where the desktop has a tray: an icon with a
// menu (Show, New post, Pause/Resume, Quit), a tooltip with the counts, and notifications that open
// the delivery they are about; closing the window hides it there. Where it has none, the window
// stays (closing minimizes it) and the notifications go to its status bar, until an X11 tray comes:
// a session's panel often starts after the programs the session starts.
class TrayController final : public QObject {
    Q_OBJECT

public:
    // Changes that arrive within this time are told in one notification.
    static constexpr int CoalesceMs = 1500;

    // How often a desktop without a tray is asked again whether it has one.
    static constexpr int TrayProbeMs = 3000;
    // Whether the desktop has a tray now; empty: QSystemTrayIcon::isSystemTrayAvailable.
    using TrayProbe = std::function<bool()>;

    TrayController(MainWindow &window, const Database &database, QSettings &settings, QObject *parent = nullptr,
                   TrayProbe trayAvailable = {});
    ~TrayController() override;
    Q_DISABLE_COPY_MOVE(TrayController)

    void setEngine(Engine *engine);
    bool hasTray() const { return m_tray != nullptr; }
    // The window in front of the user: out of the tray, not minimized, raised and focused.
    void showWindow();
    // At start: in the tray (or minimized, without one) when the user asked for it, shown otherwise.
    void showWindowAtStart();
    void quit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void adoptTray();
    void buildMenu();
    void onDeliveryChanged(qint64 deliveryId, DeliveryState state);
    bool wanted(DeliveryState state) const;
    void notify();
    void onWindowClosed();
    void updateStatus();

    MainWindow &m_window;
    const Database &m_database;
    QSettings &m_settings;
    QSystemTrayIcon *m_tray = nullptr; // null while the desktop has no tray
    std::unique_ptr<QMenu> m_menu; // a QMenu needs a widget parent or an owner; the tray icon is neither
    PauseAction *m_pause = nullptr;
    QTimer *m_coalesce = nullptr;
    TrayProbe m_trayAvailable;
    QTimer *m_trayProbe = nullptr; // asks again while there is no tray; gone once there is
    Engine *m_engine = nullptr;
    NotificationBatch m_batch;
    qint64 m_clickOpens = 0; // the delivery of the notification last shown
    bool m_quitting = false;
    bool m_showsPaused = false; // which icon the tray shows
};
