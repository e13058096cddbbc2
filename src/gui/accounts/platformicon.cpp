#include "platformicon.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace PlatformIcon {

QIcon of(const QString &platform)
{
    const QString path = u":/icons/platforms/"_s + platform + u".svg"_s;
    return QIcon(QFile::exists(path) ? path : u":/icons/postscheduler.svg"_s);
}

} // namespace PlatformIcon
