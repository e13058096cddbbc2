#include "passwriter.h"

#include <QCoreApplication>
#include <QSet>

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

// Nearly every pass writes all of its entries: it is first written as one all-or-nothing transaction,
// without a savepoint per entry. Only when that fails is it written again entry by entry, so that an
// entry that cannot be written leaves the others.
PassWritten PassWriter::write(const PassWrite &pass, const QDateTime &now)
{
    if (const Status opened = open(); !opened)
        return {opened, {}, {}, {}};
    PassWritten written = writeAs(pass, now, Database::Parts::AllOrNothing);
    if (!written.committed)
        written = writeAs(pass, now, Database::Parts::Undoable);
    return written;
}

PassWritten PassWriter::writeAs(const PassWrite &pass, const QDateTime &now, Database::Parts parts) const
{
    PassWritten written;
    written.committed = m_database->transaction([&]() -> Status {
        writeIn(pass, now, written);
        return {};
    }, "publisherPass", parts);
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
