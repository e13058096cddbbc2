#pragma once

#include <QObject>
#include <QString>

#include <optional>

// The delivery state machine of DESIGN.md. Names are the ones users, logs and `list --json` see.
namespace DeliveryStates {
Q_NAMESPACE

enum class DeliveryState {
    Draft,
    Scheduled,
    Sending,
    Verifying,      // "possibly sent — verifying": the outcome of the last send is unknown
    Retrying,       // the last attempt is known not to have taken effect; it will be sent again
    Published,
    Failed,         // a definite refusal
    NeedsAttention, // the app cannot tell, or must not decide alone: the user decides
    Cancelled,
};
Q_ENUM_NS(DeliveryState)

QString name(DeliveryState state);                       // "needs_attention"
std::optional<DeliveryState> fromName(const QString &name);
QString displayName(DeliveryState state);                // "possibly sent — verifying", translated
bool isFinal(DeliveryState state);
// Sending, verifying or retrying: its account's later posts wait for it (DeliveryQueries::unsettledStates()).
bool isUnsettled(DeliveryState state);
// Whether the state machine has an edge from `from` to `to`. The storage refuses every other change.
bool canChange(DeliveryState from, DeliveryState to);
QStringList allNames();

} // namespace DeliveryStates

using DeliveryStates::DeliveryState;
