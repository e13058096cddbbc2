#pragma once

#include <QIcon>
#include <QString>

// A platform's icon, by its registry name: resources/icons/platforms/<name>.svg, or the app's own
// icon for a platform that has none yet. Adding a platform's icon is adding that one file.
namespace PlatformIcon {
QIcon of(const QString &platform);
}
