#pragma once

#include <QString>

// Every path the app uses, in one place.
namespace AppPaths {
QString dataDirectory();           // QStandardPaths::AppDataLocation, created on demand
QString defaultDatabaseFile();     // <data>/postscheduler.sqlite
QString fallbackSecretsFile();     // <data>/secrets.json (only with --secret-store file)
} // namespace AppPaths
