#pragma once

#include <QDateTime>

// Time behind a seam, so that scheduling, DST and suspend/resume can be tested by moving a clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static Clock &system();
};
