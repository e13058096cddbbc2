#pragma once

#include <QDateTime>

// Time behind a seam, so that scheduling, DST and suspend/resume can be tested by moving a clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds from a monotonic source: it does not jump when the wall clock does (or while suspended).
    virtual qint64 monotonicMs() const = 0;

    static Clock &system();
};
