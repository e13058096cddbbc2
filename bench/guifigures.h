#pragma once

#include <QHash>
#include <QString>

// The main window's figures on one database, measured in a process of their own so that each
// size's resident memory is its own. Drives MainWindow through what a user reaches: its actions,
// the calendar's buttons, the queue's scrolling and the account list.
namespace GuiFigures {

// In the child: opens `databasePath`, shows the main window, prints "name<TAB>value" lines.
int runChild(const QString &databasePath);
// In the parent: runs the child with `program` and reads its figures back.
QHash<QString, double> measure(const QString &program, const QString &databasePath);

} // namespace GuiFigures
