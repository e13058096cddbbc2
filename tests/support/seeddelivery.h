#pragma once

#include "model/deliverystate.h"

#include <QDateTime>
#include <QString>

class Database;

// Makes one post with one delivery scheduled at `at` and walks it to `state` the way the engine and
// the user would (sends with their attempt rows, decisions with their notes). Returns its id.
qint64 seedDelivery(const Database &database, DeliveryState state, qint64 accountId, const QString &text,
                    const QDateTime &at, const QDateTime &now);
