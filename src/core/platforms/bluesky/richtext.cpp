#include "richtext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace BlueskyText {

namespace {
constexpr int maxTagLength = 64;

int byteOffset(const QString &text, qsizetype index)
{
    return utf8Length(text.left(index));
}

// Sentence punctuation that ends a link or tag rather than belonging to it, as Bluesky's client trims it.
QString trimTrailing(QString value, const QString &characters)
{
    while (!value.isEmpty() && characters.contains(value.back()))
        value.chop(1);
    return value;
}

void add(QList<Facet> &facets, const QString &text, Facet::Kind kind, qsizetype start, qsizetype length, QString value)
{
    facets.append({ kind, byteOffset(text, start), byteOffset(text, start + length), std::move(value) });
}
} // namespace

int utf8Length(const QString &text)
{
    return int(text.toUtf8().size());
}

QList<Facet> detect(const QString &text)
{
    QList<Facet> facets;
    static const QRegularExpression link(uR"((?:^|[\s(])(https?://[^\s]+))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString url = trimTrailing(match.captured(1), u".,;:!?\"'"_s);
        if (url.endsWith(u')') && !url.contains(u'('))
            url.chop(1);
        add(facets, text, Facet::Kind::Link, match.capturedStart(1), url.size(), url);
    }
    // A handle is a domain name: labels of letters, digits and hyphens, at least two of them.
    static const QRegularExpression mention(
        uR"((?:^|[\s(])@(([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(?![\w.-]*[\w-]))"_s);
    for (auto it = mention.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype at = match.capturedStart(1) - 1;
        add(facets, text, Facet::Kind::Mention, at, match.capturedLength(1) + 1, match.captured(1).toLower());
    }
    static const QRegularExpression tag(uR"((?:^|\s)[#＃]([^\s#＃]+))"_s);
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString value = trimTrailing(match.captured(1), u".,;:!?\"'()[]{}"_s);
        // A tag of digits only is a number ("#1"), not a tag.
        static const QRegularExpression digitsOnly(u"^\\d+$"_s);
        if (value.isEmpty() || value.size() > maxTagLength || digitsOnly.match(value).hasMatch())
            continue;
        const qsizetype hash = match.capturedStart(1) - 1;
        add(facets, text, Facet::Kind::Tag, hash, value.size() + 1, value);
    }
    std::sort(facets.begin(), facets.end(), [](const Facet &a, const Facet &b) { return a.byteStart < b.byteStart; });
    return facets;
}

} // namespace BlueskyText
