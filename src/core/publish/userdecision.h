#pragma once

#include "storage/deliverystore.h"
#include "util/result.h"

class QDateTime;

// The user's word on a delivery the app cannot or must not decide alone. Logged as an attempt note.
enum class UserDecision {
    WasPosted,  // "It was posted": published, never sent again
    PostAgain,  // "Post again": sent again with the same key, now
    Cancel,
};

// The change a decision makes, with its note: for a batch of decisions in one transaction.
DeliveryStore::StateChange decisionChange(qint64 deliveryId, UserDecision decision, const QDateTime &now);
Status applyUserDecision(const DeliveryStore &store, qint64 deliveryId, UserDecision decision, const QDateTime &now);
