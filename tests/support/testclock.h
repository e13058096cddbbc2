#pragma once

#include "util/clock.h"

#include <QMutex>
#include <QMutexLocker>

// A clock the test moves, read by the publisher's thread. Moving it plays a suspend/resume: the
// wall clock jumps while the engine's timers (real, monotonic time) do not.
class TestClock final : public Clock
{
public:
    explicit TestClock(QDateTime now = QDateTime(QDate(2026, 3, 29), QTime(0, 0), Qt::UTC)) : m_now(std::move(now)) {}

    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advance(qint64 ms)
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
};
