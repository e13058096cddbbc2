#include "statustext.h"

#include "util/graphemes.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace StatusText {

int length(const QString &text)
{
    // As Mastodon's extractor: a URL never ends in punctuation; user names may hold dots and dashes inside.
    static const QRegularExpression url(uR"(https?://[^\s<>"]*[\w=#/+\-])"_s);
    static const QRegularExpression remoteMention(
        uR"((?<![=/\w])(@[A-Za-z0-9_]+(?:[.\-]+[A-Za-z0-9_]+)*)@\w+(?:[.\-]+\w+)*)"_s);
    QString countable = text;
    countable.replace(url, QString(23, u'x'));
    countable.replace(remoteMention, u"\\1"_s);
    return graphemeCount(countable);
}

QString fromHtml(const QString &html)
{
    QString text = html;
    static const QRegularExpression lineBreak(uR"(<br\s*/?>)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression paragraphBreak(uR"(</p>\s*<p>)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(uR"(<[^>]*>)"_s);
    text.replace(paragraphBreak, u"\n\n"_s);
    text.replace(lineBreak, u"\n"_s);
    text.remove(tag);
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s).replace(u"&apos;"_s, u"'"_s).replace(u"&nbsp;"_s, u" "_s);
    text.replace(u"&amp;"_s, u"&"_s); // last, so that "&amp;lt;" stays "&lt;"
    return text;
}

QString normalized(const QString &text)
{
    return text.simplified();
}

} // namespace StatusText
