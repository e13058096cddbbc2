#include "notificationbatch.h"

#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array MostUrgentFirst { DeliveryState::NeedsAttention, DeliveryState::Failed, DeliveryState::Verifying,
                                       DeliveryState::Published };
constexpr int ListedAtMost = 3;
constexpr int QuotedCharacters = 40;

QList<Delivery> inState(const QList<Delivery> &deliveries, DeliveryState state)
{
    QList<Delivery> found;
    std::copy_if(deliveries.cbegin(), deliveries.cend(), std::back_inserter(found),
                 [state](const Delivery &delivery) { return delivery.state == state; });
    return found;
}
} // namespace

void NotificationBatch::add(const Delivery &delivery)
{
    const auto known = std::find_if(m_deliveries.begin(), m_deliveries.end(),
                                    [&delivery](const Delivery &d) { return d.id == delivery.id; });
    if (known != m_deliveries.end())
        *known = delivery;
    else
        m_deliveries.append(delivery);
}

void NotificationBatch::forget(qint64 deliveryId)
{
    m_deliveries.removeIf([deliveryId](const Delivery &d) { return d.id == deliveryId; });
}

TrayNotification NotificationBatch::take()
{
    if (m_deliveries.size() == 1)
        return takeOne();
    TrayNotification notification;
    QStringList lines;
    for (const DeliveryState state : MostUrgentFirst) {
        const QList<Delivery> group = inState(m_deliveries, state);
        if (group.isEmpty())
            continue;
        if (notification.title.isEmpty()) {
            notification.title = countOf(state, int(group.size()));
            notification.state = state;
            notification.deliveryId = group.constFirst().id;
            for (const Delivery &delivery : group.first(std::min<qsizetype>(group.size(), ListedAtMost)))
                lines.append(describe(delivery));
            if (group.size() > ListedAtMost)
                lines.append(tr("and %1 more").arg(group.size() - ListedAtMost));
        } else {
            lines.append(countOf(state, int(group.size())));
        }
    }
    notification.message = lines.join(u'\n');
    m_deliveries.clear();
    return notification;
}

TrayNotification NotificationBatch::takeOne()
{
    const Delivery delivery = m_deliveries.takeFirst();
    QString message = describe(delivery);
    if (delivery.state != DeliveryState::Published && !delivery.reason.isEmpty())
        message += u'\n' + delivery.reason;
    return { title(delivery.state), message, delivery.state, delivery.id };
}

QString NotificationBatch::title(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Published:
        return tr("Post published");
    case DeliveryState::Failed:
        return tr("Post failed");
    case DeliveryState::Verifying:
        return tr("Post possibly sent — verifying");
    case DeliveryState::NeedsAttention:
        return tr("Post needs your attention");
    default:
        return DeliveryStates::displayName(state);
    }
}

// English plurals by hand, as the main window's banner does: with no English translation loaded, %n
// would print "1 posts".
QString NotificationBatch::countOf(DeliveryState state, int count)
{
    switch (state) {
    case DeliveryState::Scheduled:
        return count == 1 ? tr("1 post scheduled") : tr("%1 posts scheduled").arg(count);
    case DeliveryState::Published:
        return count == 1 ? tr("1 post published") : tr("%1 posts published").arg(count);
    case DeliveryState::Failed:
        return count == 1 ? tr("1 post failed") : tr("%1 posts failed").arg(count);
    case DeliveryState::Verifying:
        return count == 1 ? tr("1 post possibly sent — verifying")
                          : tr("%1 posts possibly sent — verifying").arg(count);
    case DeliveryState::NeedsAttention:
        return count == 1 ? tr("1 post needs your attention") : tr("%1 posts need your attention").arg(count);
    default:
        return u"%1: %2"_s.arg(DeliveryStates::displayName(state)).arg(count);
    }
}

// “The first words of the post…” on work-mastodon
QString NotificationBatch::describe(const Delivery &delivery)
{
    const QString text = delivery.text.simplified();
    if (text.size() <= QuotedCharacters)
        return tr("“%1” on %2").arg(text, delivery.accountName);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    graphemes.setPosition(QuotedCharacters);
    if (!graphemes.isAtBoundary())
        graphemes.toPreviousBoundary(); // never cut an emoji or an accented letter in half
    return tr("“%1…” on %2").arg(text.left(graphemes.position()).trimmed(), delivery.accountName);
}
