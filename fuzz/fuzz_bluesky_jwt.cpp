// The exp claim of the access token a PDS hands out (base64url JSON inside a JWT).
#include "fuzzinput.h"

#include "platforms/bluesky/blueskyanswers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QDateTime expiry = BlueskyAnswers::jwtExpiry(FuzzInput::text(data, size));
    FuzzInput::check(expiry.isNull() || expiry.isValid(), "an expiry is valid or null");
    return 0;
}
