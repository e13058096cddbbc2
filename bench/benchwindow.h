#pragma once

#include "testclock.h"

#include <QSize>
#include <QString>

#include <memory>

class Database;
class MainWindow;

// The main window on a generated database, shown at the size the figures are taken at, with the
// clock standing at the database's "now" (ScaleDatabase::anchor).
class BenchWindow final
{
public:
    explicit BenchWindow(const QString &databasePath);
    ~BenchWindow();
    Q_DISABLE_COPY_MOVE(BenchWindow)

    MainWindow &window() { return *m_window; }
    // The size every window of the benchmarks is shown at.
    static QSize size() { return {1280, 800}; }

private:
    std::unique_ptr<Database> m_database;
    TestClock m_clock;
    std::unique_ptr<MainWindow> m_window;
};
