#pragma once

#include "model/delivery.h"

#include <QCoreApplication>
#include <QList>

// One message for the user about what the engine just did.
struct TrayNotification {
    QString title;
    QString message;
    DeliveryState state = DeliveryState::Published; // the most urgent state in it: sets the icon
    qint64 deliveryId = 0; // what clicking it opens: the most urgent delivery
};

// Collects the deliveries that changed during a burst and says it in one message ("12 posts
// published") instead of twelve, each delivery counted once in the state it ended in. Only
// published, failed, verifying and needs attention are worth a message; the caller filters.
class NotificationBatch final {
    Q_DECLARE_TR_FUNCTIONS(NotificationBatch)

public:
    void add(const Delivery &delivery);
    // The delivery moved on to a state nobody is told about (sending again, say): drop what was said of it.
    void forget(qint64 deliveryId);
    bool isEmpty() const { return m_deliveries.isEmpty(); }
    // The message for everything collected, which is then cleared.
    TrayNotification take();

    // "12 posts published", "1 post needs your attention"; the tray's tooltip counts with it too.
    static QString countOf(DeliveryState state, int count);

private:
    static QString title(DeliveryState state);
    static QString describe(const Delivery &delivery);
    TrayNotification takeOne();

    QList<Delivery> m_deliveries; // in the order they first changed
};
