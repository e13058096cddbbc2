#pragma once

#include <QString>

// Start-up to the first painted window, for the main window on a database and for an empty
// QWidget started the same way (same program, same QApplication, same platform).
namespace StartupBench {

// In the child: shows the window, prints "painted" once it has been painted, and exits.
// An empty `databasePath` shows the empty window.
int runChild(const QString &databasePath);
struct Figures
{
    double mainWindowMs = 0;  // median, from starting the program to its "painted" line
    double emptyWindowMs = 0; // the same for the empty window, started in turn with the main one
};
// In the parent: `runs` starts of each, alternating, so that both see the same machine.
Figures measure(const QString &program, const QString &databasePath, int runs);

} // namespace StartupBench
