// A status's HTML content, turned into the plain text the verifier compares.
#include "fuzzinput.h"

#include "platforms/mastodon/statustext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)StatusText::normalized(StatusText::fromHtml(FuzzInput::text(data, size)));
    return 0;
}
