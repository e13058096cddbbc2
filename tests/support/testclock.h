#pragma once

#include "util/clock.h"

// A clock the test moves. Wall time and monotonic time move separately, so that a suspend/resume
// (wall time jumps, monotonic time does not) can be played.
class TestClock final : public Clock
{
public:
    explicit TestClock(QDateTime now = QDateTime(QDate(2026, 3, 29), QTime(0, 0), Qt::UTC)) : m_now(std::move(now)) {}

    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    void advance(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonicMs += ms;
    }
    void jumpWallClock(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};
