#pragma once

#include "model/deliverystate.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What a list of deliveries shows; empty members mean "any".
struct DeliveryFilter
{
    QList<DeliveryState> states;
    QList<qint64> accountIds;
    QDateTime scheduledFrom; // inclusive; null: no lower bound
    QDateTime scheduledTo;   // exclusive; null: no upper bound
    int limit = -1;
    int offset = 0;
};
