#pragma once

#include "enginesettings.h"
#include "deliverychange.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <memory>

class AccountStore;
class Clock;
class Database;
class DeliveryStore;
class PassWriter;
class PlatformAdapter;
class PostStore;
class PublisherLease;
class QNetworkAccessManager;
class QThread;
class QTimer;
class SecretStore;
struct AttemptEnd;
struct Delivery;
struct PassWritten;
struct PublishOutcome;
struct PublishRequest;
struct VerifyOutcome;

// The engine's worker. It lives in its own thread with its own database connection and network
// access manager, holds the publisher lease, and drives due deliveries through the state machine
// of DESIGN.md. Everything it changes is in the database first; signals only say "look again".
class Publisher final : public QObject
{
    Q_OBJECT

public:
    Publisher(EngineSettings settings, std::unique_ptr<SecretStore> secrets, Clock &clock, QObject *parent = nullptr);
    ~Publisher() override;

    // Opens the database, takes the lease, recovers what a crash left in `sending`, and starts working.
    void start();
    // Looks for due work now: call after anything changed the database.
    void wake();
    void setPaused(bool paused);
    // Every field but the database and the lease's lifetime, which stay as they were at start.
    void updateSettings(EngineSettings settings);
    void stop();

Q_SIGNALS:
    void started();
    void fatalError(const QString &message);
    void deliveriesChanged(const DeliveryChanges &changes);
    void problem(const QString &message); // not fatal: logged and shown, work goes on
    void idle();                           // nothing due, nothing in flight
    void stopped();

private:
    // A send whose key and payload are ready, waiting for the commit that lets it go out.
    struct PendingSend;
    // A verification waiting for the commit of its attempt row.
    struct PendingVerify;
    // An attempt's end, waiting for the commit that lets its account move on.
    struct PendingOutcome;
    // What one pass commits together.
    struct Pass;

    void pump();
    void dropIdleAdapters();
    void planNextWake();
    void freeSettlingAccounts(const Pass &pass);
    void pickDue(Pass &pass);
    void tryStart(const Delivery &delivery, Pass &pass);
    PendingSend prepareSend(const Delivery &delivery, PlatformAdapter &adapter);
    void submit(std::unique_ptr<Pass> pass);
    void onPassWritten(const PassWritten &written);
    void undoPass(const Pass &pass, const QString &error);
    void afterCommit(const Pass &pass, const PassWritten &written);
    void startWriter();
    void stopWriter();
    void dropSend(const PendingSend &send, const QString &error);
    void keepUnrecorded(const PendingOutcome &outcome, const QString &error);
    void onPublished(const Delivery &delivery, qint64 attemptId, const PublishOutcome &outcome);
    void noteCredentials(qint64 accountId, const PublishOutcome &outcome);
    void onVerified(const Delivery &delivery, qint64 attemptId, const VerifyOutcome &outcome);
    void recordOutcome(const Delivery &delivery, qint64 attemptId, const AttemptEnd &end);
    void reserve(const Delivery &delivery);
    void release(const Delivery &delivery);
    PlatformAdapter *adapterFor(const Delivery &delivery, QString *error);
    PublishRequest requestFor(const Delivery &delivery) const;
    int failedVerifications(qint64 deliveryId) const;
    bool accountPaused(qint64 accountId) const;
    void changeOrReport(const Delivery &delivery, DeliveryState to, const QString &note);

    EngineSettings m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    Clock &m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DeliveryStore> m_deliveries;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<PostStore> m_posts;
    std::unique_ptr<PublisherLease> m_lease;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_wakeTimer = nullptr;
    QTimer *m_tickTimer = nullptr;
    QThread *m_writerThread = nullptr;
    QObject *m_writerContext = nullptr;    // lives in the writer's thread
    std::unique_ptr<PassWriter> m_writer;  // used in the writer's thread only
    std::deque<std::unique_ptr<Pass>> m_writing; // the passes in the writer, oldest first
    QHash<qint64, std::shared_ptr<PlatformAdapter>> m_adapters; // by account id
    QSet<qint64> m_inFlight;                                    // delivery ids
    QSet<qint64> m_busyAccounts;
    QHash<qint64, QDateTime> m_pausedUntil;                     // rate-limited accounts
    QSet<qint64> m_signedOut;                                   // accounts whose credentials were refused
    QList<PendingOutcome> m_outcomes;                           // answered, not yet committed
    QList<PendingOutcome> m_unrecorded;                         // their write failed: tried again in a second
    bool m_paused = false;
    bool m_pumping = false;
    bool m_pumpQueued = false;
    bool m_running = false;
};
