#pragma once

#include "model/deliverystate.h"

#include <QList>
#include <QString>

// What a list of deliveries shows; empty members mean "any".
struct DeliveryFilter
{
    QList<DeliveryState> states;
    QList<qint64> accountIds;
    int limit = -1;
    int offset = 0;
};
