#include "platformicon.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {
QHash<QString, QIcon> &loaded()
{
    static QHash<QString, QIcon> icons;
    return icons;
}
} // namespace

namespace PlatformIcon {

// One icon per platform for the whole program: a QIcon made from an SVG file parses the file, and
// renders each size, once per instance, and the sidebar shows the same few icons for every account.
// Released with the application, while the SVG plugin that drew them is still loaded.
QIcon of(const QString &platform)
{
    if (loaded().isEmpty())
        qAddPostRoutine([] { loaded().clear(); });
    if (const auto found = loaded().constFind(platform); found != loaded().cend())
        return *found;
    const QString path = u":/icons/platforms/"_s + platform + u".svg"_s;
    return *loaded().insert(platform, QIcon(QFile::exists(path) ? path : u":/icons/postscheduler.svg"_s));
}

} // namespace PlatformIcon
