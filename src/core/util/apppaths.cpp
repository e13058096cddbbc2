#include "apppaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace AppPaths {

QString dataDirectory()
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(path);
    return path;
}

QString defaultDatabaseFile()
{
    return dataDirectory() + u"/postscheduler.sqlite"_s;
}

QString fallbackSecretsFile()
{
    return dataDirectory() + u"/secrets.json"_s;
}

} // namespace AppPaths
