#pragma once

#include "deliverystate.h"

#include <QDateTime>
#include <QString>

// The few columns of a delivery that a calendar chip needs to be placed and coloured: a month holds
// thousands of them, so they are read without the rest of the Delivery (not even the post's text),
// and only as numbers.
struct DeliverySummary
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 accountId = 0;
    DeliveryState state = DeliveryState::Scheduled;
    QDateTime scheduledAt; // UTC
};
