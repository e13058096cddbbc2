#pragma once

#include <QString>

// How Mastodon measures and renders status text.
namespace StatusText {
// Characters as Mastodon counts them: graphemes, every URL as 23, "@user@domain" as "@user".
int length(const QString &text);
// The plain text of a status's HTML `content`, for comparing with what we sent.
QString fromHtml(const QString &html);
// Whitespace-insensitive form used for that comparison.
QString normalized(const QString &text);
} // namespace StatusText
