#pragma once

#include <QDateTime>
#include <QString>

// Issue #6, figures 3 and 4: databases of 10k, 100k and 1M posts over five years and 50 accounts,
// generated once with set-based SQL in one transaction and cached, since generating 1M rows takes
// longer than measuring them.
namespace ScaleDatabase {

constexpr int accounts = 50;
constexpr int dueWork = 100; // retrying deliveries due at anchor(), whatever the size: the due set stays constant

// The "now" of every generated database: four years of history before it, one year of schedule after.
QDateTime anchor();
// The path of the database with `posts` posts under `dir`, generated first if it is not there.
QString ensure(const QString &dir, int posts);

} // namespace ScaleDatabase
