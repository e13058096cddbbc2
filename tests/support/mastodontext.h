#pragma once

#include <QString>

// How Mastodon 4.x treats the text of a local plain-text status: the HTML it renders into
// "content", and the length its StatusLengthValidator checks against max_characters.
namespace MastodonText {

QString toHtml(const QString &text);

// Grapheme clusters, with every http(s) URL counted as charactersPerUrl and a remote mention
// @user@domain counted as @user, as Mastodon does.
int countableLength(const QString &text, int charactersPerUrl = 23);

} // namespace MastodonText
