#pragma once

#include "deliverystate.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One post on one account: the unit that is published exactly once.
struct Delivery
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 accountId = 0;
    QString accountName;
    QString platform;
    DeliveryState state = DeliveryState::Scheduled;
    QString text;
    QDateTime scheduledAt;    // UTC
    QDateTime nextAttemptAt;  // UTC; when the engine next acts on it (send, retry or verify)
    QString publicationKey;   // empty until committed, then never changed
    QByteArray payload;       // the exact request body an adapter committed with the key, when it needs one
    QDateTime firstSentAt;    // when the first byte of the first send left; bounds verification
    int attemptCount = 0;     // sends, not verifications
    QString remoteId;
    QString remoteUrl;
    QString reason;           // why it is in its state, for the user
};
