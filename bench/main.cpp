// postscheduler_bench: issue #6's figures, each next to its baseline from the same run.
//   postscheduler_bench [--only burst,punctuality,scale] [--data-dir DIR] [--quick]
// The --child-* modes are this program started again by itself, for figures that need a fresh process.
#include "benchreport.h"
#include "burstbench.h"
#include "guifigures.h"
#include "punctualitybench.h"
#include "scalebench.h"
#include "startupbench.h"

#include "platforms/builtinplatforms.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace {
int runChild(const QCommandLineParser &parser)
{
    if (parser.isSet(u"child-gui"_s))
        return GuiFigures::runChild(parser.value(u"child-gui"_s));
    if (parser.isSet(u"child-window"_s))
        return StartupBench::runMainWindowChild(parser.value(u"child-window"_s));
    if (parser.isSet(u"child-floor"_s))
        return StartupBench::runFloorChild();
    return StartupBench::runEmptyChild();
}

bool isChild(const QCommandLineParser &parser)
{
    return parser.isSet(u"child-gui"_s) || parser.isSet(u"child-window"_s) || parser.isSet(u"child-empty"_s)
        || parser.isSet(u"child-floor"_s);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    registerBuiltinPlatforms();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"only"_s, u"Run only these parts: burst, punctuality, scale (comma-separated)."_s, u"parts"_s,
                      u"burst,punctuality,scale"_s});
    parser.addOption({u"data-dir"_s, u"Where generated databases are cached."_s, u"dir"_s, u"bench-data"_s});
    parser.addOption({u"quick"_s, u"Smaller figures for a smoke run: 1,000-delivery burst, 100 due posts, sizes up to 100k."_s});
    parser.addOption({u"child-gui"_s, u"(internal) GUI figures on a database."_s, u"database"_s});
    parser.addOption({u"child-window"_s, u"(internal) Start-up of the main window on a database."_s, u"database"_s});
    parser.addOption({u"child-empty"_s, u"(internal) Start-up of an empty window."_s});
    parser.addOption({u"child-floor"_s, u"(internal) Start-up of a main window with a menu bar and one label."_s});
    parser.process(app);
    if (isChild(parser))
        return runChild(parser);

    const QStringList parts = parser.value(u"only"_s).split(u',');
    const bool quick = parser.isSet(u"quick"_s);
    BenchReport report;
    if (parts.contains(u"burst"_s))
        runBurst(report, quick ? BurstPlan{10, 100, 1} : BurstPlan{});
    if (parts.contains(u"punctuality"_s))
        runPunctuality(report, quick ? PunctualityPlan{100, 10, 15} : PunctualityPlan{});
    if (parts.contains(u"scale"_s)) {
        ScalePlan plan;
        plan.program = QCoreApplication::applicationFilePath();
        plan.dataDir = QDir(parser.value(u"data-dir"_s)).absolutePath();
        if (quick) {
            plan.querySizes = {1'000, 10'000, 100'000};
            plan.windowSizes = {0, 10'000, 100'000};
            plan.startupRuns = 3;
        }
        runScale(report, plan);
    }
    report.print();
    return 0;
}
