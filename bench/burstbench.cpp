#include "burstbench.h"

#include "baresender.h"
#include "benchreport.h"
#include "enginefixture.h"
#include "serverthread.h"
#include "timing.h"

#include "publish/engine.h"
#include "storage/deliverystore.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int giveUpMs = 10 * 60 * 1000;

struct EngineRun
{
    double ms = 0;
    int published = 0;
    int onServer = 0;
    int problems = 0;
};

// Runs `engine` until it reports idle (nothing due, nothing in flight); milliseconds from start.
double runUntilIdle(Engine &engine, int *problems)
{
    QEventLoop loop;
    QObject::connect(&engine, &Engine::idle, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &Engine::fatalError, &loop, [](const QString &message) {
        qFatal("bench: the engine stopped: %s", qPrintable(message));
    });
    QObject::connect(&engine, &Engine::problem, &loop, [problems](const QString &message) {
        if (++*problems <= 3)
            qWarning("bench: engine problem: %s", qPrintable(message));
    });
    QTimer::singleShot(giveUpMs, &loop, [] { qFatal("bench: the engine did not finish in time"); });
    QElapsedTimer timer;
    timer.start();
    engine.start();
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

EngineRun engineBurst(const BurstPlan &plan)
{
    ServerThread server;
    EngineFixture fixture;
    QList<qint64> accounts;
    for (int i = 0; i < plan.accounts; ++i)
        accounts.append(fixture.addAccount(u"mastodon"_s, u"burst%1"_s.arg(i), server.baseUrl()));
    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (int i = 0; i < plan.posts; ++i)
        fixture.schedule(u"burst post %1"_s.arg(i), accounts, due);

    EngineSettings settings;
    settings.databasePath = fixture.databasePath();
    settings.maxInFlight = plan.accounts; // still one per account; the baseline gets the same window
    EngineRun run;
    {
        Engine engine(settings, fixture.secretStore(), Clock::system());
        run.ms = runUntilIdle(engine, &run.problems);
        engine.stop();
    }
    const Result<int> published = DeliveryStore(fixture.database()).count(DeliveryState::Published);
    run.published = published ? published.value() : 0;
    run.onServer = server.statusCount();
    return run;
}

double bareBurst(int deliveries, int window)
{
    ServerThread server;
    BareSender sender(server.baseUrl());
    return Timing::msOf([&] { sender.sendBurst(deliveries, window); });
}
} // namespace

void runBurst(BenchReport &report, const BurstPlan &plan)
{
    const int deliveries = plan.posts * plan.accounts;
    QList<double> engine;
    QList<double> bare;
    EngineRun last;
    for (int round = 0; round < plan.rounds; ++round) {
        bare.append(bareBurst(deliveries, plan.accounts));
        last = engineBurst(plan);
        engine.append(last.ms);
        report.note(u"burst round %1: bare %2, engine %3 (%4 published, %5 statuses on the server, %6 problems)"_s
                        .arg(round + 1)
                        .arg(BenchReport::ms(bare.last()), BenchReport::ms(engine.last()))
                        .arg(last.published)
                        .arg(last.onServer)
                        .arg(last.problems));
    }
    const double engineMs = Timing::median(engine);
    const double bareMs = Timing::median(bare);
    const QString size = u"%1 deliveries, %2 accounts"_s.arg(deliveries).arg(plan.accounts);
    report.add({u"Burst: engine wall time (median of %1)"_s.arg(plan.rounds), size, BenchReport::ms(engineMs),
                u"bare QNetworkAccessManager %1"_s.arg(BenchReport::ms(bareMs)), u"≤ 1.5× baseline"_s,
                BenchReport::ratio(engineMs, bareMs) + u", "_s + BenchReport::verdict(engineMs <= 1.5 * bareMs)});
    report.add({u"Burst: engine throughput"_s, size, u"%1 deliveries/s"_s.arg(deliveries / engineMs * 1000, 0, 'f', 0),
                u"%1 requests/s"_s.arg(deliveries / bareMs * 1000, 0, 'f', 0), u"—"_s, u"—"_s});
    if (last.published != deliveries || last.onServer != deliveries)
        report.note(u"burst: WRONG: %1 published and %2 on the server, for %3 deliveries"_s.arg(last.published)
                        .arg(last.onServer)
                        .arg(deliveries));
}
