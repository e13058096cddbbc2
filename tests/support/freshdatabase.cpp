#include "freshdatabase.h"

#include "storage/database.h"

#include <QTemporaryDir>
#include <QUuid>

Result<std::unique_ptr<Database>> openFreshDatabase(const QTemporaryDir &dir)
{
    return Database::open(dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite")));
}
