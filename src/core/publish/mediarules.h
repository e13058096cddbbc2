#pragma once

#include "model/post.h"
#include "util/result.h"

struct Account;

// Whether a post's media fit an account, as its platform declares (how many, how large each file):
// one check for the command line and the composer. A file that cannot be read fits nowhere.
Status checkMediaFits(const QList<MediaAttachment> &media, const Account &account);
