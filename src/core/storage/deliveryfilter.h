#pragma once

#include "model/deliverystate.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What a list of deliveries shows, and in which order; empty members mean "any".
struct DeliveryFilter
{
    enum class SortKey { Time, Account, Text, State, Attempts };

    QList<DeliveryState> states;
    QList<qint64> accountIds;
    QDateTime scheduledFrom; // inclusive; null: no lower bound
    QDateTime scheduledTo;   // exclusive; null: no upper bound
    QString textContains;    // case-insensitive for ASCII letters, as SQLite's LIKE
    SortKey sortKey = SortKey::Time;
    bool descending = false; // ties are always broken by time, then by delivery, in the same direction
    int limit = -1;
    int offset = 0;

    friend bool operator==(const DeliveryFilter &, const DeliveryFilter &) = default;
};
