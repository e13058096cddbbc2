#include "passwriter.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSet>

#include <utility>

PassWriter::PassWriter(QString databasePath)
    : m_path(std::move(databasePath))
{
}

PassWriter::~PassWriter() = default;

Status PassWriter::open()
{
    if (m_database)
        return {};
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    if (!opened)
        return Status::failure(opened.error());
    m_database = std::move(opened.value());
    m_deliveries = std::make_unique<DeliveryStore>(*m_database);
    return {};
}

PassWritten PassWriter::write(const PassWrite &pass, const QDateTime &now)
{
    return writeTogether({{pass, now}}).constFirst();
}

void PassWriter::enqueue(PassWrite pass, const QDateTime &now)
{
    const QMutexLocker locked(&m_waitingLock);
    m_waiting.append({std::move(pass), now});
}

QList<PassWritten> PassWriter::writeWaiting()
{
    QList<TimedPass> waiting;
    {
        const QMutexLocker locked(&m_waitingLock);
        waiting = std::exchange(m_waiting, {});
    }
    return waiting.isEmpty() ? QList<PassWritten>() : writeTogether(waiting);
}

// Nearly every pass writes all of its entries: the passes are first written as one all-or-nothing
// transaction, without a savepoint per entry. Only when that fails is each written again on its own,
// entry by entry, so that an entry that cannot be written leaves the others.
QList<PassWritten> PassWriter::writeTogether(const QList<TimedPass> &passes)
{
    if (const Status opened = open(); !opened)
        return QList<PassWritten>(passes.size(), {opened, {}, {}, {}});
    QList<PassWritten> written = writeAs(passes, Database::Parts::AllOrNothing);
    if (written.constFirst().committed)
        return written;
    written.clear();
    for (const TimedPass &pass : passes)
        written.append(writeAs({pass}, Database::Parts::Undoable).constFirst());
    return written;
}

QList<PassWritten> PassWriter::writeAs(const QList<TimedPass> &passes, Database::Parts parts) const
{
    QList<PassWritten> written(passes.size());
    const Status committed = m_database->transaction([&]() -> Status {
        for (qsizetype i = 0; i < passes.size(); ++i)
            writeIn(passes.at(i).pass, passes.at(i).now, written[i]);
        return {};
    }, "publisherPass", parts);
    for (PassWritten &one : written)
        one.committed = committed;
    return written;
}

// Each entry in a savepoint of its own: one that cannot be written leaves the others.
void PassWriter::writeIn(const PassWrite &pass, const QDateTime &now, PassWritten &written) const
{
    QList<AttemptFinish> finishes;
    for (const PassWrite::Outcome &outcome : pass.outcomes)
        finishes.append(outcome.finish);
    const Result<QList<Status>> finished = m_deliveries->finishAttempts(finishes, now);
    QSet<qint64> unrecorded; // accounts whose last outcome was not written: their next must wait
    for (qsizetype i = 0; i < pass.outcomes.size(); ++i) {
        written.outcomes.append(finished ? finished.value().at(i) : Status::failure(finished.error()));
        if (!written.outcomes.last())
            unrecorded.insert(pass.outcomes.at(i).accountId);
    }
    QList<SendStart> starts;
    for (const PassWrite::Send &send : pass.sends) {
        if (!unrecorded.contains(send.accountId))
            starts.append(send.start);
    }
    const Result<QList<Result<qint64>>> begun = m_deliveries->beginSends(starts, now);
    qsizetype next = 0;
    for (const PassWrite::Send &send : pass.sends) {
        if (unrecorded.contains(send.accountId))
            written.sends.append(Result<qint64>::failure(QCoreApplication::translate(
                "Publisher", "the outcome of its account's previous post is not recorded yet")));
        else
            written.sends.append(begun ? begun.value().at(next++) : Result<qint64>::failure(begun.error()));
    }
    for (const qint64 deliveryId : pass.verifies)
        written.verifies.append(m_deliveries->beginVerify(deliveryId, now));
}
