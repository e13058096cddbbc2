#include "platformadapter.h"

#include <QTextBoundaryFinder>

QByteArray PlatformAdapter::preparePayload(const PublishRequest &) const
{
    return {};
}

int PlatformAdapter::textLength(const QString &text) const
{
    // Users count what they see: grapheme clusters, not UTF-16 units.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}
