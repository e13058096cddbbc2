#include "fakemastodonfleet.h"

#include "fakemastodonserver.h"

#include <QMetaEnum>
#include <QRandomGenerator>

using Fault = FakeMastodonServer::Fault;

namespace {
constexpr int secondFaultPercent = 20;  // of faulted posts, whose next send meets another fault
constexpr int outageMs = 250;            // a restart or a refusal: shorter than five lookups' backoff
constexpr int trickleChunkBytes = 500;   // a status of ~2 KB trickles for ~0.4 s

Fault randomFault(QRandomGenerator &random)
{
    const QMetaEnum kinds = QMetaEnum::fromType<Fault>();
    return Fault(kinds.value(random.bounded(kinds.keyCount())));
}
} // namespace

FakeMastodonFleet::FakeMastodonFleet(int size, int requestTimeoutMs)
{
    for (int i = 0; i < size; ++i) {
        auto server = std::make_unique<FakeMastodonServer>();
        if (!server->listen())
            qFatal("a fake Mastodon server cannot listen");
        server->setHonoursIdempotencyKey(i % 2 == 0);
        server->setLateAnswerDelay(requestTimeoutMs + 500);
        server->setTrickleChunkSize(trickleChunkBytes);
        server->setOutageDuration(outageMs);
        m_servers.push_back(std::move(server));
    }
}

FakeMastodonFleet::~FakeMastodonFleet() = default;

void FakeMastodonFleet::planFaults(QRandomGenerator &random, int index, const QString &text, int percent) const
{
    if (int(random.bounded(100)) >= percent)
        return;
    server(index).queueStatusFault(text, randomFault(random));
    if (random.bounded(100) < secondFaultPercent)
        server(index).queueStatusFault(text, randomFault(random));
}

std::map<QString, int> FakeMastodonFleet::faultsTaken() const
{
    const QMetaEnum kinds = QMetaEnum::fromType<Fault>();
    std::map<QString, int> taken;
    for (int kind = 0; kind < kinds.keyCount(); ++kind) {
        for (const auto &server : m_servers)
            taken[QString::fromLatin1(kinds.key(kind))] += server->faultsTaken(Fault(kinds.value(kind)));
    }
    return taken;
}

QHash<QString, int> FakeMastodonFleet::copiesByText() const
{
    QHash<QString, int> copies;
    for (const auto &server : m_servers) {
        for (const FakeMastodonServer::Status &status : server->statuses())
            ++copies[status.text];
    }
    return copies;
}
