#pragma once

#include "enginesettings.h"
#include "deliverychange.h"
#include "secrets/secretstore.h"

#include <QObject>

class Clock;
class Publisher;
class QThread;

// The publisher in its own thread, for the desktop app and the headless `run` alike. Its signals
// arrive queued in the owner's thread; the owner reads the database to see what changed.
class Engine final : public QObject
{
    Q_OBJECT

public:
    Engine(EngineSettings settings, std::unique_ptr<SecretStore> secrets, Clock &clock, QObject *parent = nullptr);
    ~Engine() override;
    Q_DISABLE_COPY_MOVE(Engine)

    void start();
    void wake();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // The user changed a setting: the running publisher takes it from its next decision on.
    void updateSettings(const EngineSettings &settings);
    // Waits until the publisher has let go of the lease.
    void stop();

Q_SIGNALS:
    void started();
    void fatalError(const QString &message);
    void problem(const QString &message);
    void deliveriesChanged(const DeliveryChanges &changes);
    void idle();
    void pausedChanged(bool paused);

private:
    QThread *m_thread = nullptr;
    Publisher *m_publisher = nullptr;
    bool m_paused = false;
};
