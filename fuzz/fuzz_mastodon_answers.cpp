// Mastodon's single-object answers: instance, verify_credentials, media upload, status post.
#include "fuzzinput.h"

#include "platforms/mastodon/mastodonanswers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput::bytes(data, size);
    (void)MastodonAnswers::maxCharacters(body);
    (void)MastodonAnswers::identity(body);
    (void)MastodonAnswers::mediaId(body);
    (void)MastodonAnswers::postedStatus(body);
    return 0;
}
