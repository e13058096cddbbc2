// A seeded, reproducible fault campaign: many posts over several fake Mastodon servers, each
// post's sends meeting faults drawn from the seed (every kind FakeMastodonServer knows: refused
// connections, lost requests and answers, late answers, gateway errors, 503 and 429 with and
// without headers, resets, trickles, restarts, forgotten keys), the real engine settling
// everything. It prints one line of figures (see CampaignFigures) and fails on any duplicate or
// lost post. The default size runs in the quick suite; the campaign label runs 10,000 posts.
//   POSTSCHEDULER_CAMPAIGN_SEED=N  POSTSCHEDULER_CAMPAIGN_POSTS=N  ./tst_faultcampaign
#include "campaignfigures.h"
#include "enginefixture.h"
#include "fakemastodonfleet.h"
#include "fakemastodonserver.h"

#include "platforms/builtinplatforms.h"
#include "publish/engine.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int faultPercent = 35; // of posts whose first send meets a fault
constexpr int requestTimeoutMs = 1000;
} // namespace

class tst_FaultCampaign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinPlatforms(); }
    void noDuplicateNothingLost();
};

void tst_FaultCampaign::noDuplicateNothingLost()
{
    CampaignFigures figures;
    figures.campaign = u"mastodon-faults"_s;
    figures.seed = quint32(Campaign::setting("POSTSCHEDULER_CAMPAIGN_SEED", 20261129));
    figures.posts = Campaign::setting("POSTSCHEDULER_CAMPAIGN_POSTS", 120);
    // Posts fall due as a stream, so that "due to settled" measures the engine, not a queue.
    const int spacingMs = Campaign::setting("POSTSCHEDULER_CAMPAIGN_SPACING_MS", 40);
    // A lookup reads what an account posted since five minutes before the first send: enough
    // accounts keep that within its 1,000 statuses at this pace.
    const int accountCount = Campaign::setting("POSTSCHEDULER_CAMPAIGN_ACCOUNTS", 8);
    QRandomGenerator random(figures.seed);

    EngineFixture fixture;
    QVERIFY(fixture.database().exec(u"PRAGMA synchronous = OFF"_s)); // this connection only sets up
    const FakeMastodonFleet fleet(accountCount, requestTimeoutMs);
    QList<qint64> accounts;
    for (int i = 0; i < fleet.size(); ++i)
        accounts.append(fixture.addAccount(u"mastodon"_s, u"account%1"_s.arg(i), fleet.server(i).baseUrl()));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(1);
    QStringList texts;
    for (int i = 0; i < figures.posts; ++i) {
        const int account = int(random.bounded(accountCount));
        const QString text = u"campaign post %1 (seed %2)"_s.arg(i).arg(figures.seed);
        fixture.schedule(text, {accounts.at(account)}, start.addMSecs(qint64(i) * spacingMs));
        fleet.planFaults(random, account, text, faultPercent);
        texts.append(text);
    }

    EngineSettings settings = EngineFixture::testSettings(fixture.databasePath());
    settings.requestTimeoutMs = requestTimeoutMs;
    settings.maxInFlight = accountCount;
    std::unique_ptr<Engine> engine = fixture.makeEngine(Clock::system(), settings);
    engine->start();
    const int timeoutMs = std::max(600'000, figures.posts * 200);
    QTRY_VERIFY_WITH_TIMEOUT(Campaign::unsettled(fixture.database()) == 0, timeoutMs);
    engine.reset();

    figures.faults = fleet.faultsTaken();
    figures.finish(texts, fleet.copiesByText(), fixture.database());
    QCOMPARE(figures.duplicates, 0);
    QCOMPARE(figures.lost, 0);
    QCOMPARE(figures.published, figures.posts); // every fault here is one the platform lets us settle
}

QTEST_GUILESS_MAIN(tst_FaultCampaign)
#include "tst_faultcampaign.moc"
