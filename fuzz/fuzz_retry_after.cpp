// Retry-After, as a server sends it with 429 and 503: seconds or an HTTP date.
#include "fuzzinput.h"

#include "publish/http.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QDateTime now(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    const QDateTime when = Http::parseRetryAfter(FuzzInput::bytes(data, size), now);
    FuzzInput::check(when.isNull() || (when.isValid() && when.timeSpec() == Qt::UTC), "a retry time is UTC");
    return 0;
}
