#pragma once

#include "storecommand.h"
#include "storage/deliverystore.h"

class Clock;
class Database;

// Cancels deliveries, all or none, each with the user's note in its attempt log; the undo returns
// each to the state (and next attempt time) it was cancelled from, also with a note.
class CancelDeliveriesCommand final : public StoreCommand
{
public:
    // `was`: each delivery as it is now, before the cancel.
    CancelDeliveriesCommand(const Database &database, const Clock &clock, QList<Delivery> was);

private:
    Status apply() override;
    Status revert() override;

    const Database &m_database;
    const Clock &m_clock;
    const QList<Delivery> m_was;
};
