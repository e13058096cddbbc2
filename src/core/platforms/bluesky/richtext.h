#pragma once

#include <QList>
#include <QString>

// Bluesky's rich text: what the text means (links, mentions, hashtags), as facets addressed by UTF-8
// byte offsets, which is how the AT Protocol counts.
namespace BlueskyText {

constexpr int graphemeLimit = 300;
constexpr int byteLimit = 3000;

struct Facet {
    enum class Kind { Link, Mention, Tag };
    Kind kind = Kind::Link;
    int byteStart = 0;
    int byteEnd = 0;
    QString value; // the URL, the handle (without @), or the tag (without #)
};

int utf8Length(const QString &text);
QList<Facet> detect(const QString &text);

} // namespace BlueskyText
