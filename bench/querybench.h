#pragma once

#include <QString>
#include <QStringList>

// The publisher's reads on a generated database: how long they take, and how SQLite answers them.
namespace QueryBench {

struct Figures
{
    double dueMs = 0;       // DeliveryStore::due, the engine's one hot query
    double pumpReadsMs = 0; // everything one publisher pass reads: due, nextDueTime, pendingWork
};

Figures measure(const QString &databasePath);
// "name: plan" per hot query; a plan that scans a whole table says so.
QStringList explain(const QString &databasePath);

} // namespace QueryBench
