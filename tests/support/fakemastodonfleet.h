#pragma once

#include <QHash>
#include <QString>

#include <map>
#include <memory>
#include <vector>

class FakeMastodonServer;
class QRandomGenerator;

// The fake Mastodon servers of a campaign, one per account, half of them ignoring the
// Idempotency-Key as some servers do; each post's faults drawn from the campaign's seed; and what
// the servers hold at the end.
class FakeMastodonFleet
{
public:
    // Every server listening, with its late answers later than `requestTimeoutMs`.
    FakeMastodonFleet(int size, int requestTimeoutMs);
    ~FakeMastodonFleet();

    int size() const { return int(m_servers.size()); }
    FakeMastodonServer &server(int index) const { return *m_servers.at(size_t(index)); }
    // The post's faults (FaultDraw::forPost), for the server of account `index`.
    void planFaults(QRandomGenerator &random, int index, const QString &text, int percent) const;
    std::map<QString, int> faultsTaken() const;  // by kind, over all servers
    QHash<QString, int> copiesByText() const;    // how often each text was posted, over all servers

private:
    std::vector<std::unique_ptr<FakeMastodonServer>> m_servers;
};
