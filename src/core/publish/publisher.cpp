#include "publisher.h"

#include "backoff.h"
#include "model/delivery.h"
#include "passwriter.h"
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
#include <QThread>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

struct Publisher::PendingSend
{
    Delivery delivery;
    PlatformAdapter *adapter = nullptr;
    PublishRequest request;
};

struct Publisher::PendingVerify
{
    Delivery delivery;
    PlatformAdapter *adapter = nullptr;
};

struct Publisher::PendingOutcome
{
    Delivery delivery;
    AttemptFinish finish;

    bool settles() const { return !DeliveryStates::isUnsettled(finish.end.nextState); }
};

// One transaction holds the outcomes that arrived since the last pass and the keys of what may start
// now, so that a round of answers costs one sync to disk, not two. What is picked is read before the
// transaction (reading a secret or preparing a payload may wait), counting the deliveries whose
// outcome settles them as settled already: the commit makes that true before anything is sent.
// The transaction runs in the PassWriter's thread; the passes made while it runs are written
// together in the next one.
struct Publisher::Pass
{
    QList<PendingOutcome> outcomes;
    QList<PendingSend> sends;
    QList<PendingVerify> verifies;
    QDateTime submittedAt;

    bool isEmpty() const { return outcomes.isEmpty() && sends.isEmpty() && verifies.isEmpty(); }
    PassWrite toWrite() const;
};

PassWrite Publisher::Pass::toWrite() const
{
    PassWrite write;
    for (const PendingOutcome &outcome : outcomes)
        write.outcomes.append({outcome.delivery.accountId, outcome.finish});
    for (const PendingSend &send : sends)
        write.sends.append({send.delivery.accountId, {send.delivery.id, send.request.publicationKey, send.request.payload}});
    for (const PendingVerify &verify : verifies)
        write.verifies.append(verify.delivery.id);
    return write;
}

namespace {
constexpr int dueBatch = 64;
constexpr qint64 maxTimerMs = 60 * 60 * 1000;
constexpr int outcomeRetryMs = 1000;
// Passes are made while one is in the writer, so that the writer goes from one commit to the next
// without waiting for the publisher, and those made meanwhile share the next commit. They never share
// an account: an account with a delivery in a pass is busy until that pass is committed.
constexpr std::size_t passesInWriter = 4;
} // namespace

Publisher::Publisher(EngineSettings settings, std::unique_ptr<SecretStore> secrets, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(std::move(secrets))
    , m_clock(clock)
{
}

Publisher::~Publisher()
{
    stopWriter();
}

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

    startWriter();
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
    m_outcomes.append(std::exchange(m_unrecorded, {}));
    if (m_running && !m_outcomes.isEmpty()) {
        // What the platforms already answered is kept, not verified again at the next start. The
        // writer takes this after the passes it holds; their sends are not started,
        // and the next start verifies them like any send a stop cut off.
        Pass last;
        last.outcomes = std::exchange(m_outcomes, {});
        const PassWrite write = last.toWrite();
        const QDateTime now = m_clock.nowUtc();
        QMetaObject::invokeMethod(m_writerContext, [this, &write, now] {
            const PassWritten written = m_writer->write(write, now);
            if (!written.committed)
                qWarning("postscheduler: answers not recorded at stop (%s); the next start verifies them",
                         qPrintable(written.committed.error()));
        }, Qt::BlockingQueuedConnection);
    }
    stopWriter();
    m_writing.clear();
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
    // A pass in the writer pumps again once it is written.
    if (!m_running || m_pumping || m_writing.size() >= passesInWriter)
        return;
    m_pumping = true;
    auto pass = std::make_unique<Pass>();
    pass->outcomes = std::exchange(m_outcomes, {});
    freeSettlingAccounts(*pass);
    if (!m_paused)
        pickDue(*pass);
    m_pumping = false;
    if (!m_running) // a nested event loop may have stopped us
        return;
    if (!pass->isEmpty()) {
        submit(std::move(pass));
        return;
    }
    planNextWake();
    if (m_inFlight.isEmpty() && !m_paused) {
        const Result<int> pending = m_deliveries->pendingWork(m_clock.nowUtc());
        if (pending && pending.value() == 0)
            Q_EMIT idle();
    }
}

// An account whose delivery this pass settles may take its next one in the same pass.
void Publisher::freeSettlingAccounts(const Pass &pass)
{
    for (const PendingOutcome &outcome : pass.outcomes) {
        if (outcome.settles())
            m_busyAccounts.remove(outcome.delivery.accountId);
    }
}

// The due deliveries that may start now, into `pass`.
void Publisher::pickDue(Pass &pass)
{
    // The deliveries being settled are still in flight until the commit, but their slots are free.
    const auto running = [&] { return int(m_inFlight.size() - pass.outcomes.size()); };
    const int freeSlots = m_settings.maxInFlight - running();
    if (freeSlots <= 0)
        return;
    QList<qint64> settling;
    for (const PendingOutcome &outcome : pass.outcomes) {
        if (outcome.settles())
            settling.append(outcome.delivery.id);
    }
    // Twice the free slots: room for an account that has two posts due, never a long read.
    const Result<QList<Delivery>> due = m_deliveries->due(m_clock.nowUtc(), qMin(dueBatch, 2 * freeSlots), settling);
    if (!due) {
        Q_EMIT problem(due.error());
        return;
    }
    for (const Delivery &delivery : due.value()) {
        if (running() >= m_settings.maxInFlight || !m_running)
            return;
        tryStart(delivery, pass);
    }
}

void Publisher::planNextWake()
{
    const Result<QDateTime> next = m_deliveries->nextDueTime();
    if (!next || !next.value().isValid())
        return;
    const qint64 ms = qBound<qint64>(0, m_clock.nowUtc().msecsTo(next.value()), maxTimerMs);
    // Due now but not startable (account busy, paused, or waiting for an earlier post): its
    // account's next outcome wakes us, and the tick covers the end of a pause.
    m_wakeTimer->start(ms == 0 ? m_settings.tickMs : ms);
}

void Publisher::tryStart(const Delivery &delivery, Pass &pass)
{
    if (m_inFlight.contains(delivery.id) || m_busyAccounts.contains(delivery.accountId)
        || accountPaused(delivery.accountId))
        return;
    const QDateTime now = m_clock.nowUtc();
    if (delivery.state == DeliveryState::Scheduled
        && delivery.scheduledAt.secsTo(now) > qint64(m_settings.lateLimitMinutes) * 60) {
        changeOrReport(delivery, DeliveryState::NeedsAttention,
                       tr("missed its time: it was due at %1 UTC, more than %2 minutes ago; post it now or reschedule it")
                           .arg(delivery.scheduledAt.toString(u"yyyy-MM-dd HH:mm"_s))
                           .arg(m_settings.lateLimitMinutes));
        return;
    }
    QString error;
    PlatformAdapter *adapter = adapterFor(delivery, &error);
    if (!adapter) {
        changeOrReport(delivery, DeliveryState::NeedsAttention, error);
        return;
    }
    if (delivery.state == DeliveryState::Verifying && !adapter->capabilities().canVerify) {
        // Left verifying by a crash, on a platform that cannot be asked: only the user can tell.
        changeOrReport(delivery, DeliveryState::NeedsAttention,
                       tr("possibly sent before the publisher stopped, and %1 cannot be asked: check it, then choose "
                          "\"It was posted\" or \"Post again\"")
                           .arg(delivery.accountName));
        return;
    }
    reserve(delivery); // its account takes no other delivery in this pass
    if (delivery.state == DeliveryState::Verifying)
        pass.verifies.append({delivery, adapter});
    else
        pass.sends.append(prepareSend(delivery, *adapter));
}

void Publisher::changeOrReport(const Delivery &delivery, DeliveryState to, const QString &note)
{
    if (const Status changed = m_deliveries->change(delivery.id, to, note, m_clock.nowUtc()); !changed) {
        Q_EMIT problem(changed.error());
        return;
    }
    Q_EMIT deliveriesChanged({{delivery.id, to}});
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
    return send;
}

// The commit point: nothing is sent unless its key is durably stored first, no account moves on
// before the outcome of its last attempt is stored, and one sync to disk covers the whole pass.
void Publisher::submit(std::unique_ptr<Pass> pass)
{
    pass->submittedAt = m_clock.nowUtc();
    m_writer->enqueue(pass->toWrite(), pass->submittedAt);
    m_writing.push_back(std::move(pass));
    QMetaObject::invokeMethod(m_writerContext, [this] {
        for (const PassWritten &written : m_writer->writeWaiting())
            QMetaObject::invokeMethod(this, [this, written] { onPassWritten(written); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void Publisher::onPassWritten(const PassWritten &written)
{
    if (!m_running || m_writing.empty())
        return; // stopped meanwhile: what was begun is verified at the next start
    const std::unique_ptr<Pass> pass = std::move(m_writing.front());
    m_writing.pop_front();
    if (!written.committed) {
        undoPass(*pass, written.committed.error()); // tried again in a second, or at the next tick
        return;
    }
    afterCommit(*pass, written);
    pump(); // the answers that arrived meanwhile, and what their accounts may start next
}

// The transaction was rolled back: nothing of the pass happened.
void Publisher::undoPass(const Pass &pass, const QString &error)
{
    for (const PendingSend &send : pass.sends)
        dropSend(send, error);
    for (const PendingVerify &verify : pass.verifies)
        release(verify.delivery);
    for (const PendingOutcome &outcome : pass.outcomes)
        keepUnrecorded(outcome, error);
}

void Publisher::afterCommit(const Pass &pass, const PassWritten &written)
{
    DeliveryChanges changes;
    for (qsizetype i = 0; i < pass.outcomes.size(); ++i) {
        const PendingOutcome &outcome = pass.outcomes.at(i);
        if (!written.outcomes.at(i))
            continue;
        release(outcome.delivery);
        changes.append({outcome.delivery.id, outcome.finish.end.nextState});
    }
    for (qsizetype i = 0; i < pass.sends.size(); ++i) {
        const PendingSend &send = pass.sends.at(i);
        const Result<qint64> &attempt = written.sends.at(i);
        if (!attempt) {
            dropSend(send, attempt.error());
            continue;
        }
        reserve(send.delivery); // again: a settled outcome of the same account was released above
        PublishRequest request = send.request;
        if (!request.firstSentAt.isValid())
            request.firstSentAt = pass.submittedAt;
        changes.append({send.delivery.id, DeliveryState::Sending});
        send.adapter->publish(request, [this, delivery = send.delivery, attemptId = attempt.value()](const PublishOutcome &outcome) {
            onPublished(delivery, attemptId, outcome);
        });
    }
    for (qsizetype i = 0; i < pass.verifies.size(); ++i) {
        const PendingVerify &verify = pass.verifies.at(i);
        const Result<qint64> &attempt = written.verifies.at(i);
        if (!attempt) {
            Q_EMIT problem(attempt.error());
            release(verify.delivery);
            continue;
        }
        reserve(verify.delivery);
        verify.adapter->verify(requestFor(verify.delivery), [this, delivery = verify.delivery, attemptId = attempt.value()](const VerifyOutcome &outcome) {
            onVerified(delivery, attemptId, outcome);
        });
    }
    for (qsizetype i = 0; i < pass.outcomes.size(); ++i) {
        if (!written.outcomes.at(i))
            keepUnrecorded(pass.outcomes.at(i), written.outcomes.at(i).error());
    }
    if (!changes.isEmpty())
        Q_EMIT deliveriesChanged(changes);
}

// Its key was not stored, so nothing was sent: the delivery is free for a later pass.
void Publisher::dropSend(const PendingSend &send, const QString &error)
{
    Q_EMIT problem(tr("Delivery %1 was not sent, because its publication key could not be saved: %2")
                       .arg(send.delivery.id)
                       .arg(error));
    release(send.delivery);
}

// A write that failed (disk full, locked) keeps its delivery in flight and is tried again, rather
// than forgetting what the platform said.
void Publisher::keepUnrecorded(const PendingOutcome &outcome, const QString &error)
{
    Q_EMIT problem(tr("Could not record the outcome of delivery %1 (%2); trying again.")
                       .arg(outcome.delivery.id)
                       .arg(error));
    reserve(outcome.delivery);
    m_unrecorded.append(outcome);
    if (m_unrecorded.size() > 1)
        return; // the retry is planned
    QTimer::singleShot(outcomeRetryMs, this, [this] {
        m_outcomes.append(std::exchange(m_unrecorded, {}));
        wake();
    });
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

// The outcome must reach the database before the account moves on: the next pass writes the
// outcomes that arrived together in one transaction, with the keys of what starts next. While a
// pass is in the writer, the outcomes wait for the next.
void Publisher::recordOutcome(const Delivery &delivery, qint64 attemptId, const AttemptEnd &end)
{
    if (!m_running)
        return; // stopped meanwhile: the delivery stays `sending` and the next start verifies it
    m_outcomes.append({delivery, {attemptId, end}});
    wake();
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

// The writer's connection is opened and closed in the writer's thread, as QtSql requires.
void Publisher::startWriter()
{
    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(u"pass writer"_s);
    m_writerContext = new QObject;
    m_writerContext->moveToThread(m_writerThread);
    connect(m_writerThread, &QThread::finished, m_writerContext, &QObject::deleteLater);
    m_writer = std::make_unique<PassWriter>(m_settings.databasePath);
    m_writerThread->start();
}

void Publisher::stopWriter()
{
    if (!m_writerThread)
        return;
    QMetaObject::invokeMethod(m_writerContext, [this] { m_writer.reset(); }, Qt::BlockingQueuedConnection);
    m_writerThread->quit();
    m_writerThread->wait();
    delete m_writerThread;
    m_writerThread = nullptr;
    m_writerContext = nullptr; // deleted with the thread's end
}
