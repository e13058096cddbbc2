#include "platformadapter.h"

#include "util/graphemes.h"

QByteArray PlatformAdapter::preparePayload(const PublishRequest &) const
{
    return {};
}

int PlatformAdapter::textLength(const QString &text) const
{
    return graphemeCount(text);
}
