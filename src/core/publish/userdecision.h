#pragma once

#include "util/result.h"

class DeliveryStore;
class QDateTime;

// The user's word on a delivery the app cannot or must not decide alone. Logged as an attempt note.
enum class UserDecision {
    WasPosted,  // "It was posted": published, never sent again
    PostAgain,  // "Post again": sent again with the same key, now
    Cancel,
};

Status applyUserDecision(const DeliveryStore &store, qint64 deliveryId, UserDecision decision, const QDateTime &now);
