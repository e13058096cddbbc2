#pragma once

#include <QDateTime>
#include <QVariant>

// Instants are stored as UTC ISO 8601 text with milliseconds ("2026-03-29T01:30:00.000Z"),
// which sorts as time does, so indexes on them answer range queries.
namespace SqlTime {
QVariant toSql(const QDateTime &time);   // null QVariant for an invalid time
QDateTime fromSql(const QVariant &value);
} // namespace SqlTime
