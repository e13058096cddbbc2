#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

class Database;

// One publisher per database: a single lease row with an expiry that the holder renews. A holder
// that crashed stops renewing and its lease expires; on the same machine a holder whose process is
// gone is taken over at once.
class PublisherLease final
{
public:
    PublisherLease(const Database &database, int ttlSeconds);

    // Takes or renews the lease. Fails with a message naming the other holder while it is alive.
    Status acquire(const QDateTime &now);
    Status release();
    const QString &holderId() const { return m_holderId; }
    int ttlSeconds() const { return m_ttlSeconds; }

private:
    const Database &m_database;
    QString m_holderId;
    int m_ttlSeconds;
};
