// X-RateLimit-Reset (Mastodon, ISO 8601) and RateLimit-Reset (seconds or a Unix time).
#include "fuzzinput.h"

#include "publish/http.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QDateTime now(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    const QDateTime when = Http::parseRateLimitReset(FuzzInput::bytes(data, size), now);
    FuzzInput::check(when.isNull() || when.isValid(), "a reset time is valid or null");
    return 0;
}
