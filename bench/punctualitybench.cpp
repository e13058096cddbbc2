#include "punctualitybench.h"

#include "baresender.h"
#include "benchreport.h"
#include "enginefixture.h"
#include "fakemastodonserver.h"
#include "serverthread.h"
#include "timing.h"

#include "publish/engine.h"
#include "storage/deliverystore.h"
#include "util/clock.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Scheduling commits each post (a sync to disk each), so the first post falls due only once all
// are written and the engine runs: the lead covers 10 ms a post, and the run says if it overran.
constexpr int leadMsPerPost = 10;
constexpr int graceMs = 30'000;

// When each Idempotency-Key reached the server, stamped in the server's thread as it is read.
class Arrivals final
{
public:
    explicit Arrivals(const ServerThread &server)
    {
        QObject::connect(server.server(), &FakeMastodonServer::statusPostReceived, server.server(),
                         [this](const QString &key) {
                             const QMutexLocker lock(&m_mutex);
                             m_at.insert(key, QDateTime::currentDateTimeUtc());
                         },
                         Qt::DirectConnection);
    }
    int count() const
    {
        const QMutexLocker lock(&m_mutex);
        return int(m_at.size());
    }
    QHash<QString, QDateTime> all() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_at;
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QDateTime> m_at;
};

QList<double> lateness(const QHash<QString, QDateTime> &arrivals, const QHash<QString, QDateTime> &due)
{
    QList<double> ms;
    for (auto it = due.cbegin(); it != due.cend(); ++it) {
        if (arrivals.contains(it.key()))
            ms.append(double(it.value().msecsTo(arrivals.value(it.key()))));
    }
    return ms;
}

void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(50);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

void addRows(BenchReport &report, const QString &size, const QList<double> &engine, const QList<double> &bare)
{
    const double p99 = Timing::percentile(engine, 99);
    report.add({u"Punctuality: lateness p50"_s, size, BenchReport::ms(Timing::median(engine)),
                u"bare precise timer %1"_s.arg(BenchReport::ms(Timing::median(bare))), u"—"_s, u"—"_s});
    report.add({u"Punctuality: lateness p99"_s, size, BenchReport::ms(p99),
                u"bare precise timer %1"_s.arg(BenchReport::ms(Timing::percentile(bare, 99))), u"< 100 ms"_s,
                BenchReport::verdict(p99 < 100)});
}
} // namespace

void runPunctuality(BenchReport &report, const PunctualityPlan &plan)
{
    ServerThread engineServer;
    ServerThread bareServer;
    const Arrivals engineArrivals(engineServer);
    const Arrivals bareArrivals(bareServer);

    EngineFixture fixture;
    QList<qint64> accounts;
    for (int i = 0; i < plan.accounts; ++i)
        accounts.append(fixture.addAccount(u"mastodon"_s, u"due%1"_s.arg(i), engineServer.baseUrl()));
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(leadMsPerPost * plan.posts);
    const qint64 spacingMs = qint64(plan.windowSeconds) * 1000 / plan.posts;
    QHash<QString, QDateTime> bareDue;
    for (int i = 0; i < plan.posts; ++i) {
        const QDateTime at = start.addMSecs(i * spacingMs);
        fixture.schedule(u"due post %1"_s.arg(i), {accounts.at(i % plan.accounts)}, at);
        bareDue.insert(u"bare-%1"_s.arg(i), at);
    }
    if (QDateTime::currentDateTimeUtc() > start)
        report.note(u"punctuality: scheduling overran the lead; the first posts were late before the engine ran"_s);

    EngineSettings settings; // the real defaults: this figure is about the engine as shipped
    settings.databasePath = fixture.databasePath();
    Engine engine(settings, fixture.secretStore(), Clock::system());
    engine.start();
    BareSender bare(bareServer.baseUrl());
    for (auto it = bareDue.cbegin(); it != bareDue.cend(); ++it) {
        const QString key = it.key();
        QTimer::singleShot(QDateTime::currentDateTimeUtc().msecsTo(it.value()), Qt::PreciseTimer, &bare,
                           [&bare, key] { bare.sendOne(u"due post"_s, key.toUtf8(), [] {}); });
    }
    waitFor([&] { return engineArrivals.count() == plan.posts && bareArrivals.count() == plan.posts; },
            plan.windowSeconds * 1000 + graceMs);
    engine.stop();

    QHash<QString, QDateTime> engineDue;
    const Result<QList<Delivery>> deliveries = DeliveryStore(fixture.database()).list({});
    for (const Delivery &delivery : deliveries ? deliveries.value() : QList<Delivery>())
        engineDue.insert(delivery.publicationKey, delivery.scheduledAt);
    const QList<double> engineLateness = lateness(engineArrivals.all(), engineDue);
    const QList<double> bareLateness = lateness(bareArrivals.all(), bareDue);
    report.note(u"punctuality: %1 of %2 engine posts and %3 of %2 bare posts arrived"_s.arg(engineLateness.size())
                    .arg(plan.posts)
                    .arg(bareLateness.size()));
    addRows(report, u"%1 due over %2 s, %3 accounts"_s.arg(plan.posts).arg(plan.windowSeconds).arg(plan.accounts),
            engineLateness, bareLateness);
}
