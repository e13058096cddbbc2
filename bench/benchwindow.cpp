#include "benchwindow.h"

#include "scaledatabase.h"

#include "mainwindow.h"
#include "storage/database.h"

BenchWindow::BenchWindow(const QString &databasePath)
    : m_clock(ScaleDatabase::anchor())
{
    Result<std::unique_ptr<Database>> opened = Database::open(databasePath);
    if (!opened)
        qFatal("bench: %s", qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_window = std::make_unique<MainWindow>(*m_database, m_clock);
    m_window->resize(size());
    m_window->show();
}

BenchWindow::~BenchWindow() = default;
