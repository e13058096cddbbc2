#include "publisher.h"

#include "backoff.h"
#include "model/delivery.h"
#include "platformadapter.h"
#include "platformregistry.h"
#include "secrets/secretstore.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/deliverystore.h"
#include "storage/poststore.h"
#include "storage/publisherlease.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

struct Publisher::PendingSend
{
    Delivery delivery;
    PlatformAdapter *adapter = nullptr;
    PublishRequest request;
};

struct Publisher::PendingOutcome
{
    Delivery delivery;
    AttemptFinish finish;
};

namespace {
constexpr int dueBatch = 64;
constexpr qint64 maxTimerMs = 60 * 60 * 1000;
constexpr int outcomeRetryMs = 1000;
} // namespace

Publisher::Publisher(EngineSettings settings, std::unique_ptr<SecretStore> secrets, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(std::move(secrets))
    , m_clock(clock)
{
}

Publisher::~Publisher() = default;

void Publisher::start()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_settings.databasePath);
    if (!opened) {
        Q_EMIT fatalError(opened.error());
        return;
    }
    m_database = std::move(opened.value());
    m_deliveries = std::make_unique<DeliveryStore>(*m_database);
    m_accounts = std::make_unique<AccountStore>(*m_database);
    m_posts = std::make_unique<PostStore>(*m_database);
    m_lease = std::make_unique<PublisherLease>(*m_database, m_settings.leaseTtlSeconds);
    if (const Status leased = m_lease->acquire(m_clock.nowUtc()); !leased) {
        Q_EMIT fatalError(leased.error());
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    // A send cut off by a crash is an unknown outcome like any other: the server may still be
    // processing it, so the lookup waits as long as after a timeout.
    const Result<int> recovered = m_deliveries->recoverInterrupted(now, now.addMSecs(m_settings.verifyDelayMs));
    if (!recovered) {
        Q_EMIT fatalError(recovered.error());
        return;
    }
    if (const Result<QHash<qint64, AccountHealth>> health = m_accounts->health()) {
        for (auto it = health.value().cbegin(); it != health.value().cend(); ++it) {
            if (!it->signInProblem.isEmpty())
                m_signedOut.insert(it.key());
        }
    }

    m_network = new QNetworkAccessManager(this);
    m_wakeTimer = new QTimer(this);
    m_wakeTimer->setSingleShot(true);
    m_wakeTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% late: 3 s on a post a minute away
    connect(m_wakeTimer, &QTimer::timeout, this, &Publisher::pump);
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(m_settings.tickMs);
    connect(m_tickTimer, &QTimer::timeout, this, [this] {
        if (const Status renewed = m_lease->acquire(m_clock.nowUtc()); !renewed) {
            Q_EMIT fatalError(renewed.error()); // another publisher took over: we must not send anything
            stop();
            return;
        }
        // Also catches up after a wall-clock jump (suspend/resume): the wake timer counts monotonic
        // time, which stood still, but this tick reads what is due by the wall clock.
        pump();
    });
    m_tickTimer->start();
    m_running = true;
    Q_EMIT started();
    pump();
}

void Publisher::stop()
{
    if (m_running)
        flushOutcomes(); // what the platforms already answered is kept, not verified again at the next start
    if (m_tickTimer)
        m_tickTimer->stop();
    if (m_wakeTimer)
        m_wakeTimer->stop();
    if (m_running && m_lease)
        (void)m_lease->release();
    m_running = false;
    m_adapters.clear(); // in-flight callbacks die with their adapters; recovery verifies those deliveries
    // A QtSql connection must be closed by the thread that opened it.
    m_lease.reset();
    m_posts.reset();
    m_accounts.reset();
    m_deliveries.reset();
    m_database.reset();
    Q_EMIT stopped();
}

void Publisher::wake()
{
    // Every settled delivery wakes the publisher: one pass reads what is due for all of them.
    if (!m_running || m_pumpQueued)
        return;
    m_pumpQueued = true;
    QTimer::singleShot(0, this, &Publisher::pump);
}

void Publisher::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        wake();
}

void Publisher::updateSettings(EngineSettings settings)
{
    settings.databasePath = m_settings.databasePath;
    settings.leaseTtlSeconds = m_settings.leaseTtlSeconds;
    const bool timeoutChanged = settings.requestTimeoutMs != m_settings.requestTimeoutMs;
    m_settings = std::move(settings);
    if (m_tickTimer)
        m_tickTimer->setInterval(m_settings.tickMs);
    if (timeoutChanged)
        dropIdleAdapters();
    wake();
}

// An adapter keeps the request timeout it was made with. One with a request in flight must live on
// (its answer settles the delivery); the others are made again, with the new timeout, when next needed.
void Publisher::dropIdleAdapters()
{
    for (auto it = m_adapters.begin(); it != m_adapters.end();) {
        if (m_busyAccounts.contains(it.key()))
            ++it;
        else
            it = m_adapters.erase(it);
    }
}

bool Publisher::accountPaused(qint64 accountId) const
{
    const QDateTime until = m_pausedUntil.value(accountId);
    return until.isValid() && until > m_clock.nowUtc();
}

void Publisher::pump()
{
    m_pumpQueued = false;
    // Secret reads wait in a nested event loop; a timer firing there must not start a second pass.
    if (!m_running || m_pumping)
        return;
    m_pumping = true;
    if (!m_paused)
        startSends(pickDue());
    m_pumping = false;
    planNextWake();
    if (m_inFlight.isEmpty() && !m_paused) {
        const Result<int> pending = m_deliveries->pendingWork(m_clock.nowUtc());
        if (pending && pending.value() == 0)
            Q_EMIT idle();
    }
}

// The due deliveries that may start now. Verifications start at once; sends come back to be
// committed together.
QList<Publisher::PendingSend> Publisher::pickDue()
{
    const int freeSlots = m_settings.maxInFlight - int(m_inFlight.size());
    if (freeSlots <= 0)
        return {};
    // Twice the free slots: room for an account that has two posts due, never a long read.
    const Result<QList<Delivery>> due = m_deliveries->due(m_clock.nowUtc(), qMin(dueBatch, 2 * freeSlots));
    if (!due) {
        Q_EMIT problem(due.error());
        return {};
    }
    QList<PendingSend> sends;
    for (const Delivery &delivery : due.value()) {
        if (m_inFlight.size() >= m_settings.maxInFlight)
            break;
        if (std::optional<PendingSend> send = tryStart(delivery))
            sends.append(std::move(*send));
    }
    return sends;
}

void Publisher::planNextWake()
{
    const Result<QDateTime> next = m_deliveries->nextDueTime();
    if (!next || !next.value().isValid())
        return;
    const qint64 ms = qBound<qint64>(0, m_clock.nowUtc().msecsTo(next.value()), maxTimerMs);
    // Due now but not startable (account busy, paused, or waiting for an earlier post): settle()
    // wakes us when an account frees up, and the tick covers the end of a pause.
    m_wakeTimer->start(ms == 0 ? m_settings.tickMs : ms);
}

std::optional<Publisher::PendingSend> Publisher::tryStart(const Delivery &delivery)
{
    if (m_inFlight.contains(delivery.id) || m_busyAccounts.contains(delivery.accountId)
        || accountPaused(delivery.accountId))
        return std::nullopt;
    const QDateTime now = m_clock.nowUtc();
    if (delivery.state == DeliveryState::Scheduled
        && delivery.scheduledAt.secsTo(now) > qint64(m_settings.lateLimitMinutes) * 60) {
        changeOrReport(delivery, DeliveryState::NeedsAttention,
                       tr("missed its time: it was due at %1 UTC, more than %2 minutes ago; post it now or reschedule it")
                           .arg(delivery.scheduledAt.toString(u"yyyy-MM-dd HH:mm"_s))
                           .arg(m_settings.lateLimitMinutes));
        return std::nullopt;
    }
    QString error;
    PlatformAdapter *adapter = adapterFor(delivery, &error);
    if (!adapter) {
        changeOrReport(delivery, DeliveryState::NeedsAttention, error);
        return std::nullopt;
    }
    if (delivery.state == DeliveryState::Verifying && !adapter->capabilities().canVerify) {
        // Left verifying by a crash, on a platform that cannot be asked: only the user can tell.
        changeOrReport(delivery, DeliveryState::NeedsAttention,
                       tr("possibly sent before the publisher stopped, and %1 cannot be asked: check it, then choose "
                          "\"It was posted\" or \"Post again\"")
                           .arg(delivery.accountName));
        return std::nullopt;
    }
    if (delivery.state == DeliveryState::Verifying) {
        startVerify(delivery, *adapter);
        return std::nullopt;
    }
    return prepareSend(delivery, *adapter);
}

void Publisher::changeOrReport(const Delivery &delivery, DeliveryState to, const QString &note)
{
    if (const Status changed = m_deliveries->change(delivery.id, to, note, m_clock.nowUtc()); !changed) {
        Q_EMIT problem(changed.error());
        return;
    }
    Q_EMIT deliveryChanged(delivery.id, to);
}

PlatformAdapter *Publisher::adapterFor(const Delivery &delivery, QString *error)
{
    if (const auto found = m_adapters.constFind(delivery.accountId); found != m_adapters.constEnd())
        return found->get();
    const Result<std::optional<Account>> account = m_accounts->byId(delivery.accountId);
    const PlatformRegistry::Platform *platform = PlatformRegistry::find(delivery.platform);
    if (!account || !account.value() || !platform) {
        *error = tr("the account %1 uses an unknown platform \"%2\"").arg(delivery.accountName, delivery.platform);
        return nullptr;
    }
    QString secret;
    if (platform->needsSecret()) {
        const Result<QString> read = m_secrets->read(account.value()->secretKey(m_database->databaseId()));
        if (!read) {
            *error = tr("cannot read the token of %1: %2").arg(delivery.accountName, read.error());
            return nullptr;
        }
        secret = read.value();
    }
    const AdapterContext context{m_network, m_settings.requestTimeoutMs};
    std::shared_ptr<PlatformAdapter> adapter = platform->create(*account.value(), secret, context);
    m_adapters.insert(delivery.accountId, adapter);
    m_pausedUntil.insert(delivery.accountId, m_accounts->pausedUntil(delivery.accountId).value());
    return adapter.get();
}

PublishRequest Publisher::requestFor(const Delivery &delivery) const
{
    PublishRequest request;
    request.deliveryId = delivery.id;
    request.publicationKey = delivery.publicationKey;
    request.text = delivery.text;
    request.payload = delivery.payload;
    request.firstSentAt = delivery.firstSentAt;
    if (const Result<QList<MediaAttachment>> media = m_posts->mediaOf(delivery.postId))
        request.media = media.value();
    return request;
}

Publisher::PendingSend Publisher::prepareSend(const Delivery &delivery, PlatformAdapter &adapter)
{
    PendingSend send{delivery, &adapter, requestFor(delivery)};
    if (send.request.publicationKey.isEmpty())
        send.request.publicationKey = adapter.newPublicationKey();
    if (send.request.payload.isEmpty())
        send.request.payload = adapter.preparePayload(send.request);
    reserve(delivery); // its account takes no other delivery in this pass
    return send;
}

// The commit point, for a whole batch at once: nothing is sent unless its key is durably stored
// first, and one sync to disk covers every key of the batch.
void Publisher::startSends(const QList<PendingSend> &sends)
{
    if (sends.isEmpty())
        return;
    QList<SendStart> starts;
    for (const PendingSend &send : sends)
        starts.append({send.delivery.id, send.request.publicationKey, send.request.payload});
    const QDateTime now = m_clock.nowUtc();
    const Result<QList<Result<qint64>>> begun = m_deliveries->beginSends(starts, now);
    for (qsizetype i = 0; i < sends.size(); ++i) {
        const PendingSend &send = sends.at(i);
        const Result<qint64> attemptId = begun ? begun.value().at(i) : Result<qint64>::failure(begun.error());
        if (!attemptId) {
            Q_EMIT problem(tr("Delivery %1 was not sent, because its publication key could not be saved: %2")
                               .arg(send.delivery.id)
                               .arg(attemptId.error()));
            release(send.delivery);
            continue;
        }
        PublishRequest request = send.request;
        if (!request.firstSentAt.isValid())
            request.firstSentAt = now;
        Q_EMIT deliveryChanged(send.delivery.id, DeliveryState::Sending);
        const qint64 attempt = attemptId.value();
        send.adapter->publish(request, [this, delivery = send.delivery, attempt](const PublishOutcome &outcome) {
            onPublished(delivery, attempt, outcome);
        });
    }
}

// The sidebar shows "signed out" from the platform's first 401 until a send succeeds again.
void Publisher::noteCredentials(qint64 accountId, const PublishOutcome &outcome)
{
    if (outcome.httpStatus == 401) {
        m_signedOut.insert(accountId);
        (void)m_accounts->setSignInProblem(accountId, outcome.reason);
    } else if (outcome.kind == PublishOutcome::Kind::Published && m_signedOut.remove(accountId)) {
        (void)m_accounts->setSignInProblem(accountId, {});
    }
}

void Publisher::onPublished(const Delivery &delivery, qint64 attemptId, const PublishOutcome &outcome)
{
    const QDateTime now = m_clock.nowUtc();
    noteCredentials(delivery.accountId, outcome);
    AttemptEnd end;
    end.httpStatus = outcome.httpStatus;
    end.error = outcome.reason;
    switch (outcome.kind) {
    case PublishOutcome::Kind::Published:
        end.outcome = u"published"_s;
        end.nextState = DeliveryState::Published;
        end.remoteId = outcome.remoteId;
        end.remoteUrl = outcome.remoteUrl;
        end.reason = tr("published");
        break;
    case PublishOutcome::Kind::Rejected:
        end.outcome = u"rejected"_s;
        end.nextState = DeliveryState::Failed;
        end.reason = outcome.reason;
        break;
    case PublishOutcome::Kind::NotExecuted: {
        end.outcome = u"not_executed"_s;
        end.nextState = DeliveryState::Retrying;
        end.nextAttemptAt = outcome.retryAfter.isValid()
            ? outcome.retryAfter
            : now.addMSecs(Backoff::delayMs(delivery.attemptCount + 1, m_settings.backoffBaseMs, m_settings.backoffMaxMs));
        end.reason = tr("not sent (%1); trying again at %2 UTC")
                         .arg(outcome.reason, end.nextAttemptAt.toString(u"HH:mm:ss"_s));
        if (outcome.retryAfter.isValid()) {
            // The platform said when: the whole account waits, not the app.
            m_pausedUntil.insert(delivery.accountId, outcome.retryAfter);
            (void)m_accounts->setPausedUntil(delivery.accountId, outcome.retryAfter);
        }
        break;
    }
    case PublishOutcome::Kind::Unknown: {
        end.outcome = u"unknown"_s;
        const bool canVerify = m_adapters.value(delivery.accountId) && m_adapters.value(delivery.accountId)->capabilities().canVerify;
        end.nextState = canVerify ? DeliveryState::Verifying : DeliveryState::NeedsAttention;
        end.nextAttemptAt = canVerify ? now.addMSecs(m_settings.verifyDelayMs) : QDateTime();
        end.reason = canVerify ? tr("possibly sent — verifying (%1)").arg(outcome.reason)
                               : tr("possibly sent (%1), and %2 cannot be asked: check the account, then choose "
                                    "\"It was posted\" or \"Post again\"")
                                     .arg(outcome.reason, delivery.accountName);
        break;
    }
    }
    recordOutcome(delivery, attemptId, end);
}

void Publisher::startVerify(const Delivery &delivery, PlatformAdapter &adapter)
{
    const Result<qint64> attemptId = m_deliveries->beginVerify(delivery.id, m_clock.nowUtc());
    if (!attemptId) {
        Q_EMIT problem(attemptId.error());
        return;
    }
    reserve(delivery);
    const qint64 attempt = attemptId.value();
    adapter.verify(requestFor(delivery), [this, delivery, attempt](const VerifyOutcome &outcome) {
        onVerified(delivery, attempt, outcome);
    });
}

int Publisher::failedVerifications(qint64 deliveryId) const
{
    const Result<QList<Attempt>> attempts = m_deliveries->attempts(deliveryId);
    int count = 0;
    for (const Attempt &attempt : attempts ? attempts.value() : QList<Attempt>())
        count += attempt.kind == Attempt::Kind::Verify && attempt.outcome == u"cannot_tell";
    return count;
}

void Publisher::onVerified(const Delivery &delivery, qint64 attemptId, const VerifyOutcome &outcome)
{
    const QDateTime now = m_clock.nowUtc();
    AttemptEnd end;
    end.httpStatus = outcome.httpStatus;
    end.error = outcome.reason;
    switch (outcome.kind) {
    case VerifyOutcome::Kind::Found:
        end.outcome = u"found"_s;
        end.nextState = DeliveryState::Published;
        end.remoteId = outcome.remoteId;
        end.remoteUrl = outcome.remoteUrl;
        end.reason = tr("verified: the platform shows the post");
        break;
    case VerifyOutcome::Kind::Absent:
        // Proven absent: sending again, with the same key and body, cannot make a second post.
        end.outcome = u"absent"_s;
        end.nextState = DeliveryState::Retrying;
        end.nextAttemptAt = now;
        end.reason = tr("verified: the post is not there; sending it again with the same key");
        break;
    case VerifyOutcome::Kind::CannotTell: {
        end.outcome = u"cannot_tell"_s;
        const bool giveUp = failedVerifications(delivery.id) + 1 >= m_settings.maxVerifications;
        end.nextState = giveUp ? DeliveryState::NeedsAttention : DeliveryState::Verifying;
        end.nextAttemptAt = giveUp ? QDateTime()
                                   : now.addMSecs(Backoff::delayMs(failedVerifications(delivery.id) + 1,
                                                                   m_settings.backoffBaseMs, m_settings.backoffMaxMs));
        end.reason = giveUp ? tr("cannot tell whether it was posted (%1): check %2, then choose \"It was posted\" or "
                                 "\"Post again\"")
                                  .arg(outcome.reason, delivery.accountName)
                            : tr("possibly sent — verifying (%1)").arg(outcome.reason);
        break;
    }
    }
    recordOutcome(delivery, attemptId, end);
}

// The outcome must reach the database before the account moves on. Outcomes that arrive together
// are committed together, in one transaction after the answers at hand have been read; a write
// that fails (disk full, locked) keeps its delivery in flight and is tried again, rather than
// forgetting what the platform said.
void Publisher::recordOutcome(const Delivery &delivery, qint64 attemptId, const AttemptEnd &end)
{
    if (!m_running)
        return; // stopped meanwhile: the delivery stays `sending` and the next start verifies it
    m_outcomes.append({delivery, {attemptId, end}});
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QTimer::singleShot(0, this, &Publisher::flushOutcomes);
}

void Publisher::flushOutcomes()
{
    m_flushQueued = false;
    if (!m_running || m_outcomes.isEmpty())
        return;
    const QList<PendingOutcome> outcomes = std::exchange(m_outcomes, {});
    QList<AttemptFinish> finishes;
    for (const PendingOutcome &outcome : outcomes)
        finishes.append(outcome.finish);
    const Result<QList<Status>> finished = m_deliveries->finishAttempts(finishes, m_clock.nowUtc());
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const PendingOutcome &outcome = outcomes.at(i);
        const Status written = finished ? finished.value().at(i) : Status::failure(finished.error());
        if (!written) {
            Q_EMIT problem(tr("Could not record the outcome of delivery %1 (%2); trying again.")
                               .arg(outcome.delivery.id)
                               .arg(written.error()));
            m_outcomes.append(outcome);
            continue;
        }
        Q_EMIT deliveryChanged(outcome.delivery.id, outcome.finish.end.nextState);
        settle(outcome.delivery);
    }
    if (!m_outcomes.isEmpty() && !m_flushQueued) {
        m_flushQueued = true;
        QTimer::singleShot(outcomeRetryMs, this, &Publisher::flushOutcomes);
    }
}

void Publisher::reserve(const Delivery &delivery)
{
    m_inFlight.insert(delivery.id);
    m_busyAccounts.insert(delivery.accountId);
}

void Publisher::release(const Delivery &delivery)
{
    m_inFlight.remove(delivery.id);
    m_busyAccounts.remove(delivery.accountId);
}

void Publisher::settle(const Delivery &delivery)
{
    release(delivery);
    wake();
}
