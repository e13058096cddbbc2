#pragma once

#include <QStringList>

// Start-up to the first painted window, each in a fresh process of this program (same QApplication,
// same platform): the main window on a database, an empty QWidget (the baseline), and the floor: a
// QMainWindow with a menu bar and one label, which is what any window that shows text pays.
namespace StartupBench {

// In the child: shows the window, prints "painted" once it has been painted, and exits.
int runMainWindowChild(const QString &databasePath);
int runEmptyChild();
int runFloorChild();

struct Figures
{
    double windowMs = 0;      // median, from starting the program to its "painted" line
    double emptyWindowMs = 0; // the same for the empty window, started in turn with the other
};
// In the parent: `runs` starts of the window that `childArguments` select and of the empty one,
// alternating, so that both see the same machine.
Figures measure(const QString &program, const QStringList &childArguments, int runs);

} // namespace StartupBench
