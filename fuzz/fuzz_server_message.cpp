// The server's own words in an error answer: JSON error fields, or a short excerpt of anything else.
#include "fuzzinput.h"

#include "publish/http.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString message = Http::serverMessage(FuzzInput::bytes(data, size));
    FuzzInput::check(!message.startsWith(u'<'), "an HTML page is never shown as the server's message");
    FuzzInput::check(message.size() <= Http::maxMessageLength, "a server's message is short");
    FuzzInput::check(
        std::none_of(message.cbegin(), message.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }),
        "a server's message has no control characters");
    FuzzInput::check(message.isEmpty() || !message.back().isHighSurrogate(), "no character is cut in half");
    return 0;
}
