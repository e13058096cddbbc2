#include "fakemastodonfleet.h"

#include "fakemastodonserver.h"
#include "faultdraw.h"

using Fault = FakeMastodonServer::Fault;

namespace {
constexpr int outageMs = 250;            // a restart or a refusal: shorter than five lookups' backoff
constexpr int trickleChunkBytes = 500;   // a status of ~2 KB trickles for ~0.4 s
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
    for (const Fault fault : FaultDraw::forPost<Fault>(random, percent))
        server(index).queueStatusFault(text, fault);
}

std::map<QString, int> FakeMastodonFleet::faultsTaken() const
{
    return FaultDraw::countsByName<Fault>([this](Fault fault) {
        int taken = 0;
        for (const auto &server : m_servers)
            taken += server->faultsTaken(fault);
        return taken;
    });
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
