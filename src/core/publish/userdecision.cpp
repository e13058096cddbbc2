#include "userdecision.h"

#include <QCoreApplication>

DeliveryStore::StateChange decisionChange(qint64 deliveryId, UserDecision decision, const QDateTime &now)
{
    switch (decision) {
    case UserDecision::WasPosted:
        return {deliveryId, DeliveryState::Published,
                QCoreApplication::translate("UserDecision", "the user confirmed that it was posted"), {}};
    case UserDecision::PostAgain:
        return {deliveryId, DeliveryState::Retrying,
                QCoreApplication::translate("UserDecision", "the user asked to post it again"), now};
    case UserDecision::Cancel:
        return {deliveryId, DeliveryState::Cancelled, QCoreApplication::translate("UserDecision", "cancelled by the user"),
                {}};
    }
    Q_UNREACHABLE();
    return {};
}

Status applyUserDecision(const DeliveryStore &store, qint64 deliveryId, UserDecision decision, const QDateTime &now)
{
    return store.changeAll({decisionChange(deliveryId, decision, now)}, now);
}
