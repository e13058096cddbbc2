#pragma once

#include "result.h"

#include <QDateTime>
#include <QTimeZone>

class Clock;

// Turning a wall-clock time that the user typed into the instant it means.
//
// Two cases have no obvious answer, so they have a defined one:
// - a time that does not exist (skipped by a spring-forward change, e.g. 02:30 in Berlin on the
//   last Sunday of March) is read with the offset in force before the change, so it lands as far
//   after the change as the user's time was after its start: 02:30 becomes 03:30 summer time;
// - a time that exists twice (repeated by a fall-back change) means its first occurrence.
namespace LocalTime {

QDateTime toUtc(const QDate &date, const QTime &time, const QTimeZone &zone);
// The first whole hour on the wall clock of `zone` after `now` (UTC): where a new post starts.
QDateTime nextWholeHour(const QDateTime &now, const QTimeZone &zone);

// WHEN as the command line takes it: ISO 8601 with an offset ("2026-12-01T09:00+01:00", "...Z"),
// or a local date and time ("2026-12-01T09:00", "2026-12-01 09:00") in `zone`, or "now".
Result<QDateTime> parseWhen(const QString &text, const QTimeZone &zone, const Clock &clock);

} // namespace LocalTime
