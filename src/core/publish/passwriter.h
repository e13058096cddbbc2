#pragma once

#include "storage/database.h"
#include "storage/deliverystore.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
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
// publisher's thread goes on reading answers and feeding request bodies while a pass waits for the
// disk, and the outcomes that arrive meanwhile make the next pass larger.
class PassWriter final
{
public:
    explicit PassWriter(QString databasePath);
    ~PassWriter();
    Q_DISABLE_COPY_MOVE(PassWriter)

    PassWritten write(const PassWrite &pass, const QDateTime &now);

private:
    Status open();
    PassWritten writeAs(const PassWrite &pass, const QDateTime &now, Database::Parts parts) const;
    void writeIn(const PassWrite &pass, const QDateTime &now, PassWritten &written) const;

    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DeliveryStore> m_deliveries;
};
