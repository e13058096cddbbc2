// A seeded fault campaign against a real Bluesky PDS (@atproto/pds, see PdsProcess): posts over
// two accounts, each post's putRecord meeting faults drawn from the seed, injected by a proxy in
// front of the PDS (PdsFaultProxy: lost requests and answers, late answers, gateway errors, 503
// and 429 with and without headers, resets, trickles, refused connections, restarts), the real
// engine settling everything. Bluesky needs no idempotency window: the record key is chosen
// locally and kept. It prints one line of figures (see CampaignFigures) and fails on any duplicate
// or lost post. The default size runs in the quick suite; the campaign label runs 200 posts.
//   POSTSCHEDULER_CAMPAIGN_SEED=N  POSTSCHEDULER_CAMPAIGN_POSTS=N  ./tst_blueskycampaign
#include "campaignfigures.h"
#include "enginefixture.h"
#include "faultdraw.h"
#include "pdsfaultproxy.h"
#include "pdsprocess.h"

#include "platforms/builtinplatforms.h"
#include "publish/engine.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Fault = PdsFaultProxy::Fault;

namespace {
constexpr int accountCount = 2;
constexpr int faultPercent = 35;
constexpr int spacingMs = 100;
constexpr int requestTimeoutMs = 3000; // the PDS signs and writes a repo commit per record
constexpr auto password = "app-password-1";
} // namespace

class tst_BlueskyCampaign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noDuplicateNothingLost();

private:
    QHash<QString, int> copiesByText();

    PdsProcess m_pds;
    QStringList m_dids;
};

void tst_BlueskyCampaign::initTestCase()
{
    registerBuiltinPlatforms();
    QString error;
    QVERIFY2(m_pds.start(&error), qPrintable(error)); // never a skip: run scripts/setup-pds.sh first
}

QHash<QString, int> tst_BlueskyCampaign::copiesByText()
{
    QHash<QString, int> copies;
    for (const QString &did : std::as_const(m_dids)) {
        const std::optional<QStringList> texts = m_pds.postTexts(did);
        if (!texts)
            qFatal("the PDS does not list the records of %s", qPrintable(did));
        for (const QString &text : *texts)
            ++copies[text];
    }
    return copies;
}

void tst_BlueskyCampaign::noDuplicateNothingLost()
{
    CampaignFigures figures;
    figures.campaign = u"bluesky-faults"_s;
    figures.seed = quint32(Campaign::setting("POSTSCHEDULER_CAMPAIGN_SEED", 20261129));
    figures.posts = Campaign::setting("POSTSCHEDULER_CAMPAIGN_POSTS", 20);
    QRandomGenerator random(figures.seed);

    PdsFaultProxy proxy(m_pds.pdsUrl());
    QVERIFY(proxy.listen());
    proxy.setLateAnswerDelay(requestTimeoutMs + 500);
    EngineFixture fixture;
    QList<qint64> accounts;
    for (int i = 0; i < accountCount; ++i) {
        QString error;
        const auto pds = m_pds.createAccount(u"campaign%1.test"_s.arg(i), QString::fromLatin1(password), &error);
        QVERIFY2(pds, qPrintable(error));
        m_dids.append(pds->did);
        accounts.append(fixture.addAccount(u"bluesky"_s, pds->handle, proxy.url(), QString::fromLatin1(password),
                                           {{u"did"_s, pds->did}, {u"handle"_s, pds->handle}}));
    }
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(1);
    QStringList texts;
    for (int i = 0; i < figures.posts; ++i) {
        const QString text = u"bluesky campaign post %1 (seed %2)"_s.arg(i).arg(figures.seed);
        fixture.schedule(text, {accounts.at(int(random.bounded(accountCount)))}, start.addMSecs(qint64(i) * spacingMs));
        for (const Fault fault : FaultDraw::forPost<Fault>(random, faultPercent))
            proxy.queueFault(text, fault);
        texts.append(text);
    }

    EngineSettings settings = EngineFixture::testSettings(fixture.databasePath());
    settings.requestTimeoutMs = requestTimeoutMs;
    std::unique_ptr<Engine> engine = fixture.makeEngine(Clock::system(), settings);
    engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(Campaign::unsettled(fixture.database()) == 0, std::max(300'000, figures.posts * 3000));
    engine.reset();

    figures.faults = FaultDraw::countsByName<Fault>([&proxy](Fault fault) { return proxy.faultsTaken(fault); });
    figures.finish(texts, copiesByText(), fixture.database());
    QCOMPARE(figures.duplicates, 0);
    QCOMPARE(figures.lost, 0);
    QCOMPARE(figures.published, figures.posts); // every fault here is one the platform lets us settle
}

QTEST_GUILESS_MAIN(tst_BlueskyCampaign)
#include "tst_blueskycampaign.moc"
