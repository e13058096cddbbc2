#pragma once

#include "util/result.h"

class Database;

// The schema, as forward-only migrations numbered by PRAGMA user_version.
namespace Schema {
int currentVersion();
Status migrate(const Database &database, int fromVersion);
} // namespace Schema
