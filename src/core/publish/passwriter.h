#pragma once

#include "storage/database.h"
#include "storage/deliverystore.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

// What one publisher pass writes in one transaction: the outcomes that arrived, the keys of the
// sends that may start, and the verifications that may start.
struct PassWrite
{
    struct Outcome
    {
        qint64 accountId = 0;
        AttemptFinish finish;
    };
    struct Send
    {
        qint64 accountId = 0;
        SendStart start;
    };
    QList<Outcome> outcomes;
    QList<Send> sends;
    QList<qint64> verifies; // delivery ids
};

// What the transaction made of it, one entry per entry of the PassWrite. Nothing of it holds unless
// `committed`.
struct PassWritten
{
    Status committed;
    QList<Status> outcomes;
    QList<Result<qint64>> sends;    // attempt ids
    QList<Result<qint64>> verifies; // attempt ids
};

// Writes the publisher's passes on a connection of its own, in the thread it is used from: the
// publisher's thread goes on reading answers, feeding request bodies and making passes while one
// waits for the disk, and the passes made meanwhile are written together in the next transaction.
class PassWriter final
{
public:
    explicit PassWriter(QString databasePath);
    ~PassWriter();
    Q_DISABLE_COPY_MOVE(PassWriter)

    // One pass, now.
    PassWritten write(const PassWrite &pass, const QDateTime &now);
    // From any thread: the pass waits until the writer's thread takes what waits.
    void enqueue(PassWrite pass, const QDateTime &now);
    // In the writer's thread: every waiting pass, in the order they came, in one transaction (one sync
    // to disk for all of them); nothing when an earlier call took them.
    QList<PassWritten> writeWaiting();

private:
    struct TimedPass
    {
        PassWrite pass;
        QDateTime now;
    };

    Status open();
    QList<PassWritten> writeTogether(const QList<TimedPass> &passes);
    QList<PassWritten> writeAs(const QList<TimedPass> &passes, Database::Parts parts) const;
    void writeIn(const PassWrite &pass, const QDateTime &now, PassWritten &written) const;

    QString m_path;
    QMutex m_waitingLock;
    QList<TimedPass> m_waiting;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DeliveryStore> m_deliveries;
};
