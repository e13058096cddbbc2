#include "canceldeliveriescommand.h"

#include "publish/userdecision.h"
#include "util/clock.h"

#include <QCoreApplication>

CancelDeliveriesCommand::CancelDeliveriesCommand(const Database &database, const Clock &clock, QList<Delivery> was)
    : StoreCommand(was.size() == 1 ? QCoreApplication::translate("PostActions", "Cancel delivery")
                                   : QCoreApplication::translate("PostActions", "Cancel %1 deliveries").arg(was.size()))
    , m_database(database)
    , m_clock(clock)
    , m_was(std::move(was))
{
}

Status CancelDeliveriesCommand::apply()
{
    const QDateTime now = m_clock.nowUtc();
    QList<DeliveryStore::StateChange> changes;
    for (const Delivery &delivery : m_was)
        changes.append(decisionChange(delivery.id, UserDecision::Cancel, now));
    return DeliveryStore(m_database).changeAll(changes, now);
}

Status CancelDeliveriesCommand::revert()
{
    const QString note = QCoreApplication::translate("PostActions", "the user undid the cancel");
    QList<DeliveryStore::StateChange> changes;
    for (const Delivery &delivery : m_was) {
        // `retrying` means "send again"; after a cancel the platform is asked first (the state machine
        // has no edge from `cancelled` to a send).
        const DeliveryState back = delivery.state == DeliveryState::Retrying ? DeliveryState::Verifying : delivery.state;
        changes.append({delivery.id, back, note, delivery.nextAttemptAt});
    }
    return DeliveryStore(m_database).changeAll(changes, m_clock.nowUtc());
}
