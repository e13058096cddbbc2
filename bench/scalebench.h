#pragma once

#include <QList>
#include <QString>

class BenchReport;

// Issue #6, figures 3 and 4: the engine's reads, the main window's start-up, its interactions and
// its memory, on generated databases of growing size, so that the cost of growth is visible.
struct ScalePlan
{
    QString program;             // this benchmark, started again for the measurements in a process of their own
    QString dataDir;             // where the generated databases are cached
    QList<int> querySizes{1'000, 10'000, 100'000, 1'000'000};
    QList<int> windowSizes{0, 10'000, 100'000, 1'000'000}; // 0: the empty database, the GUI figures' baseline
    int startupRuns = 5;
};

void runScale(BenchReport &report, const ScalePlan &plan);
