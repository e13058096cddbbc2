#include "scalebench.h"

#include "benchreport.h"
#include "guifigures.h"
#include "querybench.h"
#include "scaledatabase.h"
#include "startupbench.h"

using namespace Qt::StringLiterals;

namespace {
constexpr double interactionTargetMs = 50;
constexpr double memoryTargetMb = 150;
constexpr double startupTargetRatio = 1.5;
// "Flat": at most twice the smallest database's time, or under a millisecond whatever the size.
constexpr double flatRatio = 2;
constexpr double flatFloorMs = 1;

QString postsLabel(int posts)
{
    if (posts >= 1'000'000)
        return u"%1M"_s.arg(posts / 1'000'000);
    if (posts >= 1'000)
        return u"%1k"_s.arg(posts / 1'000);
    return QString::number(posts);
}

QString megabytes(double mb)
{
    return u"%1 MB"_s.arg(mb, 0, 'f', 0);
}

void addQueryRows(BenchReport &report, const ScalePlan &plan)
{
    QueryBench::Figures smallest;
    for (const int posts : plan.querySizes) {
        const QString path = ScaleDatabase::ensure(plan.dataDir, posts);
        const QueryBench::Figures figures = QueryBench::measure(path);
        if (posts == plan.querySizes.constFirst())
            smallest = figures;
        const QString baseline = u"%1 at %2"_s.arg(BenchReport::ms(smallest.dueMs), postsLabel(plan.querySizes.constFirst()));
        const bool flat = figures.dueMs <= qMax(flatRatio * smallest.dueMs, flatFloorMs);
        report.add({u"Due-delivery query (%1 due)"_s.arg(ScaleDatabase::dueWork), postsLabel(posts),
                    BenchReport::ms(figures.dueMs), baseline, u"flat"_s, BenchReport::verdict(flat)});
        report.add({u"One publisher pass: every read"_s, postsLabel(posts), BenchReport::ms(figures.pumpReadsMs),
                    u"%1 at %2"_s.arg(BenchReport::ms(smallest.pumpReadsMs), postsLabel(plan.querySizes.constFirst())),
                    u"—"_s, u"—"_s});
        if (posts == plan.querySizes.constLast()) {
            for (const QString &queryPlan : QueryBench::explain(path))
                report.note(u"EXPLAIN QUERY PLAN at %1 posts, %2"_s.arg(postsLabel(posts), queryPlan));
        }
    }
}

void addInteraction(BenchReport &report, const QString &figure, const QString &size, double ms, double baselineMs)
{
    report.add({figure, size, BenchReport::ms(ms), u"%1 on an empty database"_s.arg(BenchReport::ms(baselineMs)),
                u"< 50 ms"_s, BenchReport::verdict(ms < interactionTargetMs)});
}

// What any window that shows text pays on this machine, next to the same empty baseline: the main
// window's start-up target is a ratio to an empty window, and this shows how much of it is left.
void addStartupFloorRow(BenchReport &report, const ScalePlan &plan)
{
    const StartupBench::Figures floor = StartupBench::measure(plan.program, {u"--child-floor"_s}, plan.startupRuns);
    report.add({u"Start-up floor: a QMainWindow with a menu bar and one label, no database"_s, u"—"_s,
                BenchReport::ms(floor.windowMs), u"empty QWidget %1"_s.arg(BenchReport::ms(floor.emptyWindowMs)),
                u"—"_s, BenchReport::ratio(floor.windowMs, floor.emptyWindowMs)});
}

void addWindowRows(BenchReport &report, const ScalePlan &plan)
{
    addStartupFloorRow(report, plan);
    QHash<QString, double> empty;
    for (const int posts : plan.windowSizes) {
        const QString path = ScaleDatabase::ensure(plan.dataDir, posts);
        const QString size = postsLabel(posts);
        const StartupBench::Figures startup =
            StartupBench::measure(plan.program, {u"--child-window"_s, path}, plan.startupRuns);
        report.add({u"Start-up to the first painted main window"_s, size, BenchReport::ms(startup.windowMs),
                    u"empty QWidget %1"_s.arg(BenchReport::ms(startup.emptyWindowMs)), u"≤ 1.5× baseline"_s,
                    BenchReport::ratio(startup.windowMs, startup.emptyWindowMs) + u", "_s
                        + BenchReport::verdict(startup.windowMs <= startupTargetRatio * startup.emptyWindowMs)});
        const QHash<QString, double> figures = GuiFigures::measure(plan.program, path);
        if (posts == 0) {
            empty = figures;
            continue; // the baseline of the interactions below
        }
        addInteraction(report, u"Switch the calendar month"_s, size, figures.value(u"monthSwitchMs"_s),
                       empty.value(u"monthSwitchMs"_s));
        addInteraction(report, u"Open the queue"_s, size, figures.value(u"openQueueMs"_s), empty.value(u"openQueueMs"_s));
        addInteraction(report, u"Scroll the queue to its end (%1 rows)"_s.arg(qint64(figures.value(u"queueRows"_s))), size,
                       figures.value(u"scrollEndMs"_s), empty.value(u"scrollEndMs"_s));
        addInteraction(report, u"Filter by account"_s, size, figures.value(u"filterAccountMs"_s),
                       empty.value(u"filterAccountMs"_s));
        const double rss = figures.value(u"rssMb"_s);
        report.add({u"Resident memory, main window open"_s, size,
                    u"%1 (peak %2)"_s.arg(megabytes(rss), megabytes(figures.value(u"peakRssMb"_s))),
                    u"%1 on an empty database"_s.arg(megabytes(empty.value(u"rssMb"_s))), u"< 150 MB"_s,
                    BenchReport::verdict(rss < memoryTargetMb)});
    }
}
} // namespace

void runScale(BenchReport &report, const ScalePlan &plan)
{
    addQueryRows(report, plan);
    addWindowRows(report, plan);
}
