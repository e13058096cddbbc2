#pragma once

#include "util/result.h"

struct Account;

// Whether a post's text fits an account, as its platform counts it (graphemes, URLs as 23 on
// Mastodon, UTF-8 bytes on Bluesky). One check for the command line and the composer.
Status checkTextFits(const QString &text, const Account &account);
