#include "userdecision.h"

#include "storage/deliverystore.h"

#include <QCoreApplication>

Status applyUserDecision(const DeliveryStore &store, qint64 deliveryId, UserDecision decision, const QDateTime &now)
{
    switch (decision) {
    case UserDecision::WasPosted:
        return store.change(deliveryId, DeliveryState::Published,
                            QCoreApplication::translate("UserDecision", "the user confirmed that it was posted"), now);
    case UserDecision::PostAgain:
        return store.change(deliveryId, DeliveryState::Retrying,
                            QCoreApplication::translate("UserDecision", "the user asked to post it again"), now, now);
    case UserDecision::Cancel:
        return store.change(deliveryId, DeliveryState::Cancelled,
                            QCoreApplication::translate("UserDecision", "cancelled by the user"), now);
    }
    return Status::failure(QStringLiteral("unknown decision"));
}
