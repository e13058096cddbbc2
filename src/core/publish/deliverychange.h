#pragma once

#include "model/deliverystate.h"

#include <QList>

// A delivery's new state, as a commit of the engine left it.
struct DeliveryChange
{
    qint64 deliveryId = 0;
    DeliveryState state = DeliveryState::Draft;
};

// What one commit changed, in order. The engine reports a commit at a time, not a delivery at a time:
// each report crosses from the publisher's thread to the GUI's as a queued event.
using DeliveryChanges = QList<DeliveryChange>;
