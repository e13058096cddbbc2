#pragma once

#include <QDateTime>
#include <QVariant>

// Instants are stored as UTC ISO 8601 text with milliseconds ("2026-03-29T01:30:00.000Z"),
// which sorts as time does, so indexes on them answer range queries.
namespace SqlTime {
QVariant toSql(const QDateTime &time);   // null QVariant for an invalid time
QDateTime fromSql(const QVariant &value);
// SQL for `column` as milliseconds since the epoch (an integer): for reads of thousands of rows,
// where converting the text for QtSql and parsing it costs more than the query.
QString epochMs(const QString &column);
} // namespace SqlTime
