#pragma once

#include "util/result.h"

struct Account;

// Whether a post's text fits an account, as its platform counts it (graphemes, URLs as 23 on
// Mastodon, UTF-8 bytes on Bluesky). One check for the command line and the composer.
Status checkTextFits(const QString &text, const Account &account);

// The text's length as the account's platform counts it, and the limit (0: none, or an unknown
// platform): what a live counter shows.
struct TextUsage
{
    int length = 0;
    int limit = 0;
};
TextUsage textUsage(const QString &text, const Account &account);
