#include "commandline.h"
#include "platforms/builtinplatforms.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"postscheduler"_s);
    QCoreApplication::setApplicationName(u"postscheduler"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTSCHEDULER_VERSION));
    registerBuiltinPlatforms();

    QCoreApplication app(argc, argv);
    return CommandLine::run(QCoreApplication::arguments());
}
