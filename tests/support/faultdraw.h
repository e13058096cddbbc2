#pragma once

#include <QList>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QString>

#include <map>

// The faults of a campaign, for any fake's Q_ENUM Fault: every kind uniformly, so a new kind
// joins the campaigns by existing.
namespace FaultDraw {

// What one post meets, drawn from the campaign's generator: with `percent` probability a fault
// for its first send, and now and then a second one for the send after it.
template <typename Fault>
QList<Fault> forPost(QRandomGenerator &random, int percent)
{
    constexpr int secondFaultPercent = 20;
    const QMetaEnum kinds = QMetaEnum::fromType<Fault>();
    const auto anyKind = [&] { return Fault(kinds.value(int(random.bounded(kinds.keyCount())))); };
    QList<Fault> faults;
    if (int(random.bounded(100)) >= percent)
        return faults;
    faults.append(anyKind());
    if (random.bounded(100) < secondFaultPercent)
        faults.append(anyKind());
    return faults;
}

// How often each kind hit, by name; `taken(kind)` counts one kind.
template <typename Fault, typename Taken>
std::map<QString, int> countsByName(const Taken &taken)
{
    const QMetaEnum kinds = QMetaEnum::fromType<Fault>();
    std::map<QString, int> counts;
    for (int i = 0; i < kinds.keyCount(); ++i)
        counts[QString::fromLatin1(kinds.key(i))] = taken(Fault(kinds.value(i)));
    return counts;
}

} // namespace FaultDraw
