#pragma once

#include "util/clock.h"

#include <QMutex>
#include <QMutexLocker>

// A clock the test moves, read by the publisher's thread. Wall time and monotonic time move
// separately, so that a suspend/resume (wall time jumps, monotonic time does not) can be played.
class TestClock final : public Clock
{
public:
    explicit TestClock(QDateTime now = QDateTime(QDate(2026, 3, 29), QTime(0, 0), Qt::UTC)) : m_now(std::move(now)) {}

    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    qint64 monotonicMs() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_monotonicMs;
    }
    void advance(qint64 ms)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(ms);
        m_monotonicMs += ms;
    }
    void jumpWallClock(qint64 ms)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(ms);
    }
    void set(const QDateTime &now)
    {
        QMutexLocker lock(&m_mutex);
        m_now = now;
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};
