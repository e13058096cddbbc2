#pragma once

#include "util/result.h"

#include <memory>

class Database;
class QTemporaryDir;

// A new database file with a name of its own in `dir`: one per test function, so that no test sees
// another's rows.
Result<std::unique_ptr<Database>> openFreshDatabase(const QTemporaryDir &dir);
