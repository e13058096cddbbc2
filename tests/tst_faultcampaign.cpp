// A seeded, reproducible fault campaign: many posts over several accounts, each server breaking the
// exchange in a random way, the real engine settling everything. It prints the figures that the
// promise is about (duplicates, lost) and fails if either is not zero.
//   POSTSCHEDULER_CAMPAIGN_SEED=N  POSTSCHEDULER_CAMPAIGN_POSTS=N  ./tst_faultcampaign
#include "enginefixture.h"
#include "fakemastodonserver.h"

#include "platforms/builtinplatforms.h"
#include "publish/engine.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using Fault = FakeMastodonServer::Fault;

class tst_FaultCampaign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinPlatforms(); }
    void noDuplicateNothingLost();
};

namespace {
int environmentNumber(const char *name, int fallback)
{
    bool isNumber = false;
    const int value = qEnvironmentVariableIntValue(name, &isNumber);
    return isNumber && value > 0 ? value : fallback;
}

constexpr Fault allFaults[] = {Fault::CloseBeforeReading, Fault::ProcessThenClose,      Fault::ProcessThenAnswerLate,
                               Fault::ProcessThen502,     Fault::ProcessThen504,        Fault::Unavailable503,
                               Fault::TooManyRequests429, Fault::TooManyRequests429Bare, Fault::ResetMidBody,
                               Fault::TooManyRequests429ResetOnly};
} // namespace

void tst_FaultCampaign::noDuplicateNothingLost()
{
    const int seed = environmentNumber("POSTSCHEDULER_CAMPAIGN_SEED", 20261129);
    const int postCount = environmentNumber("POSTSCHEDULER_CAMPAIGN_POSTS", 120);
    constexpr int accountCount = 4;
    QRandomGenerator random{quint32(seed)};

    EngineFixture fixture;
    std::vector<std::unique_ptr<FakeMastodonServer>> servers;
    QList<qint64> accounts;
    for (int i = 0; i < accountCount; ++i) {
        auto server = std::make_unique<FakeMastodonServer>();
        QVERIFY(server->listen());
        server->setHonoursIdempotencyKey(i % 2 == 0); // half of them ignore the key, as some servers do
        server->setLateAnswerDelay(2000);
        accounts.append(fixture.addAccount(u"mastodon"_s, u"account%1"_s.arg(i), server->baseUrl()));
        servers.push_back(std::move(server));
    }

    std::map<QString, int> injected;
    const QMetaEnum faultNames = QMetaEnum::fromType<Fault>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<qint64, int> accountOfPost;
    for (int i = 0; i < postCount; ++i) {
        const int account = int(random.bounded(accountCount));
        const qint64 post = fixture.schedule(u"campaign post %1 (seed %2)"_s.arg(i).arg(seed), {accounts.at(account)},
                                             now.addMSecs(i));
        accountOfPost.insert(post, account);
        if (random.bounded(100) < 35) { // about a third of the sends meet a fault
            const Fault fault = allFaults[random.bounded(int(std::size(allFaults)))];
            servers.at(size_t(account))->queueStatusFault(fault);
            ++injected[QString::fromLatin1(faultNames.valueToKey(int(fault)))];
        }
    }

    EngineSettings settings = EngineFixture::testSettings(fixture.databasePath());
    settings.requestTimeoutMs = 1000;
    settings.backoffMaxMs = 200;
    std::unique_ptr<Engine> engine = fixture.makeEngine(Clock::system(), settings);
    QElapsedTimer elapsed;
    elapsed.start();
    engine->start();

    const auto settled = [&] {
        for (auto it = accountOfPost.cbegin(); it != accountOfPost.cend(); ++it) {
            if (!DeliveryStates::isFinal(fixture.deliveriesOfPost(it.key()).constFirst().state)
                && fixture.deliveriesOfPost(it.key()).constFirst().state != DeliveryState::NeedsAttention)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 600'000);

    int published = 0, duplicates = 0, lost = 0, needsAttention = 0, verifications = 0;
    for (auto it = accountOfPost.cbegin(); it != accountOfPost.cend(); ++it) {
        const Delivery delivery = fixture.deliveriesOfPost(it.key()).constFirst();
        const int copies = servers.at(size_t(it.value()))->countStatusesWithText(delivery.text);
        duplicates += std::max(0, copies - 1);
        lost += copies == 0 ? 1 : 0;
        published += delivery.state == DeliveryState::Published ? 1 : 0;
        needsAttention += delivery.state == DeliveryState::NeedsAttention ? 1 : 0;
        for (const Attempt &attempt : fixture.attempts(delivery.id))
            verifications += attempt.kind == Attempt::Kind::Verify ? 1 : 0;
    }
    QStringList faults;
    for (const auto &[name, count] : injected)
        faults.append(u"%1=%2"_s.arg(name).arg(count));
    qInfo().noquote() << u"seed=%1 posts=%2 accounts=%3 faults{%4} published=%5 duplicates=%6 lost=%7 "
                         u"needs_attention=%8 verifications=%9 wall=%10ms"_s.arg(seed)
                             .arg(postCount)
                             .arg(accountCount)
                             .arg(faults.join(u' '))
                             .arg(published)
                             .arg(duplicates)
                             .arg(lost)
                             .arg(needsAttention)
                             .arg(verifications)
                             .arg(elapsed.elapsed());
    QCOMPARE(duplicates, 0);
    QCOMPARE(lost, 0);
    QCOMPARE(published, postCount); // every fault here is one the platform lets us settle
}

QTEST_GUILESS_MAIN(tst_FaultCampaign)
#include "tst_faultcampaign.moc"
