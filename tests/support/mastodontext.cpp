#include "mastodontext.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace {

// A simplification of twitter-text's URL extraction, which Mastodon uses: an http(s) URL runs to
// the next space or markup character, and trailing punctuation belongs to the sentence.
const QRegularExpression &urlPattern()
{
    static const QRegularExpression pattern(u"https?://[^\\s<>\"]*[^\\s<>\".,;:!?'\")\\]]"_s);
    return pattern;
}

// Account::MENTION_RE: only the local part of a remote mention counts towards the limit.
const QRegularExpression &remoteMentionPattern()
{
    static const QRegularExpression pattern(u"(?<![=/\\w])@(\\w+)@[\\w.-]+\\w"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// ERB::Util.html_escape, which also escapes the apostrophe that QString::toHtmlEscaped keeps.
QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    return out.replace(u'\'', u"&#39;"_s);
}

QString linkified(const QString &paragraph)
{
    QString html;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : urlPattern().globalMatch(paragraph)) {
        const QString url = escaped(match.captured());
        html += escaped(paragraph.mid(done, match.capturedStart() - done));
        html += u"<a href=\""_s + url + u"\" rel=\"nofollow noopener\" target=\"_blank\">"_s + url + u"</a>"_s;
        done = match.capturedEnd();
    }
    return html + escaped(paragraph.mid(done));
}

int graphemeCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

} // namespace

namespace MastodonText {

QString toHtml(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    // Rails' simple_format: blank lines separate paragraphs, single newlines become line breaks,
    // and newlines at a paragraph's edge disappear.
    static const QRegularExpression paragraphBreak(u"\n\n+"_s);
    QString html;
    for (const QString &paragraph : normalised.split(paragraphBreak, Qt::SkipEmptyParts)) {
        QString lines = linkified(paragraph);
        while (lines.startsWith(u'\n'))
            lines.remove(0, 1);
        while (lines.endsWith(u'\n'))
            lines.chop(1);
        html += u"<p>"_s + lines.replace(u'\n', u"<br />"_s) + u"</p>"_s;
    }
    return html;
}

int countableLength(const QString &text, int charactersPerUrl)
{
    QString countable = text;
    countable.replace(urlPattern(), QString(charactersPerUrl, u'x'));
    countable.replace(remoteMentionPattern(), u"@\\1"_s);
    return graphemeCount(countable);
}

} // namespace MastodonText
