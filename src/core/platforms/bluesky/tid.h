#pragma once

#include <QString>

// AT Protocol timestamp identifiers, the record keys we choose ourselves: 64 bits (top bit 0, 53 bits
// of microseconds since the Unix epoch, 10 bits of clock id) as 13 characters of base32-sortable, so
// that keys sort by time as strings.
namespace BlueskyTid {

QString encode(quint64 microseconds, quint32 clockId);
// A fresh TID, strictly greater than every earlier one from this process.
QString next();
bool isValid(const QString &tid);
// The microseconds since the epoch a valid TID carries.
quint64 microseconds(const QString &tid);

} // namespace BlueskyTid
