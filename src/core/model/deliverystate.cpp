#include "deliverystate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace DeliveryStates {

namespace {
struct StateName
{
    DeliveryState state;
    QLatin1StringView name;
};

constexpr StateName stateNames[] = {
    {DeliveryState::Draft, "draft"_L1},
    {DeliveryState::Scheduled, "scheduled"_L1},
    {DeliveryState::Sending, "sending"_L1},
    {DeliveryState::Verifying, "verifying"_L1},
    {DeliveryState::Retrying, "retrying"_L1},
    {DeliveryState::Published, "published"_L1},
    {DeliveryState::Failed, "failed"_L1},
    {DeliveryState::NeedsAttention, "needs_attention"_L1},
    {DeliveryState::Cancelled, "cancelled"_L1},
};
} // namespace

QString name(DeliveryState state)
{
    for (const StateName &entry : stateNames) {
        if (entry.state == state)
            return entry.name;
    }
    return {};
}

std::optional<DeliveryState> fromName(const QString &text)
{
    for (const StateName &entry : stateNames) {
        if (entry.name == text)
            return entry.state;
    }
    return std::nullopt;
}

QStringList allNames()
{
    QStringList names;
    for (const StateName &entry : stateNames)
        names.append(entry.name);
    return names;
}

QString displayName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Draft: return QCoreApplication::translate("DeliveryState", "draft");
    case DeliveryState::Scheduled: return QCoreApplication::translate("DeliveryState", "scheduled");
    case DeliveryState::Sending: return QCoreApplication::translate("DeliveryState", "sending");
    case DeliveryState::Verifying: return QCoreApplication::translate("DeliveryState", "possibly sent — verifying");
    case DeliveryState::Retrying: return QCoreApplication::translate("DeliveryState", "retrying");
    case DeliveryState::Published: return QCoreApplication::translate("DeliveryState", "published");
    case DeliveryState::Failed: return QCoreApplication::translate("DeliveryState", "failed");
    case DeliveryState::NeedsAttention: return QCoreApplication::translate("DeliveryState", "needs attention");
    case DeliveryState::Cancelled: return QCoreApplication::translate("DeliveryState", "cancelled");
    }
    return {};
}

bool isFinal(DeliveryState state)
{
    return state == DeliveryState::Published || state == DeliveryState::Failed || state == DeliveryState::Cancelled;
}

bool isUnsettled(DeliveryState state)
{
    return state == DeliveryState::Sending || state == DeliveryState::Verifying || state == DeliveryState::Retrying;
}

bool canChange(DeliveryState from, DeliveryState to)
{
    using S = DeliveryState;
    if (to == S::Cancelled)
        return !isFinal(from) && from != S::Sending; // an attempt in flight must settle first
    switch (from) {
    case S::Draft: return to == S::Scheduled;
    case S::Scheduled: return to == S::Sending || to == S::Draft || to == S::NeedsAttention;
    case S::Sending:
        return to == S::Published || to == S::Failed || to == S::Retrying || to == S::Verifying
            || to == S::NeedsAttention;
    case S::Verifying: return to == S::Published || to == S::Retrying || to == S::NeedsAttention;
    case S::Retrying: return to == S::Sending || to == S::NeedsAttention;
    // The user's decisions: "it was posted", "post again".
    case S::NeedsAttention: return to == S::Published || to == S::Retrying;
    case S::Failed: return to == S::Retrying; // "post again" after fixing the cause
    // The undo of the user's cancel: back to the state it was cancelled from. Never to `retrying`
    // (that is "send again"): a delivery cancelled from there is verified first.
    case S::Cancelled:
        return to == S::Draft || to == S::Scheduled || to == S::Verifying || to == S::NeedsAttention;
    case S::Published: return false;
    }
    return false;
}

} // namespace DeliveryStates
