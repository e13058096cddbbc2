#include "seeddelivery.h"

#include "storage/deliverystore.h"
#include "storage/poststore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

qint64 seedDelivery(const Database &database, DeliveryState state, qint64 accountId, const QString &text,
                    const QDateTime &at, const QDateTime &now)
{
    const Result<qint64> postId = PostStore(database).create(
        {0, text, at, {}}, {accountId},
        state == DeliveryState::Draft ? DeliveryState::Draft : DeliveryState::Scheduled);
    if (!postId)
        qFatal("create: %s", qPrintable(postId.error()));
    const DeliveryStore store(database);
    DeliveryFilter filter;
    filter.accountIds = {accountId};
    qint64 id = 0;
    const Result<QList<Delivery>> deliveries = store.list(filter);
    for (const Delivery &d : deliveries.value()) {
        if (d.postId == postId.value())
            id = d.id;
    }
    const auto send = [&](AttemptEnd end) {
        const Result<qint64> attempt = store.beginSend(id, QUuid::createUuid().toString(QUuid::WithoutBraces), {}, now);
        if (!attempt || !store.finishAttempt(attempt.value(), end, now))
            qFatal("could not seed delivery %lld", id);
    };
    switch (state) {
    case DeliveryState::Draft:
    case DeliveryState::Scheduled: break;
    case DeliveryState::Sending:
        if (!store.beginSend(id, QUuid::createUuid().toString(QUuid::WithoutBraces), {}, now))
            qFatal("beginSend");
        break;
    case DeliveryState::Verifying:
        send({u"unknown"_s, 0, u"timed out after 30 s"_s, {}, {}, DeliveryState::Verifying, now.addSecs(10),
              u"the request timed out after it was sent; checking whether the post went out"_s});
        break;
    case DeliveryState::Retrying:
        send({u"not_executed"_s, 503, u"Service Unavailable"_s, {}, {}, DeliveryState::Retrying, now.addSecs(60),
              u"the server was busy and did not take the post; trying again"_s});
        break;
    case DeliveryState::Published:
        send({u"published"_s, 200, {}, u"1133"_s, u"https://mastodon.social/@work/1133"_s, DeliveryState::Published, {},
              u"published"_s});
        break;
    case DeliveryState::Failed:
        send({u"rejected"_s, 422, u"Validation failed: Text character limit of 500 exceeded"_s, {}, {},
              DeliveryState::Failed, {}, u"the server refused the post: text too long"_s});
        break;
    case DeliveryState::NeedsAttention:
        send({u"unknown"_s, 0, u"connection reset after the request was sent"_s, {}, {}, DeliveryState::Verifying,
              now.addSecs(10), u"possibly sent"_s});
        if (!store.change(id, DeliveryState::NeedsAttention,
                          u"the server cannot tell whether it was posted: check the account, then decide"_s, now))
            qFatal("change");
        break;
    case DeliveryState::Cancelled:
        if (!store.change(id, DeliveryState::Cancelled, u"cancelled by the user"_s, now))
            qFatal("change");
        break;
    }
    return id;
}
