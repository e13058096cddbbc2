// WHEN on the command line (schedule --at): ISO 8601 with an offset, local time in a zone, or "now".
// The first byte picks the zone, among some with DST gaps, odd offsets and half-hour changes.
#include "fuzzinput.h"

#include "util/clock.h"
#include "util/localtime.h"

#include <QTimeZone>

#include <array>

namespace {
class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC); }
};

const std::array<QTimeZone, 5> &zones()
{
    static const std::array<QTimeZone, 5> all { QTimeZone::utc(), QTimeZone("Europe/Berlin"),
                                                QTimeZone("America/New_York"), QTimeZone("Australia/Lord_Howe"),
                                                QTimeZone("Pacific/Chatham") };
    return all;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QTimeZone &zone = zones().at(data[0] % zones().size());
    const Result<QDateTime> when = LocalTime::parseWhen(FuzzInput::text(data + 1, size - 1), zone, FixedClock());
    FuzzInput::check(!when || (when.value().isValid() && when.value().timeSpec() == Qt::UTC),
                     "an accepted WHEN is a valid UTC instant");
    FuzzInput::check(when || !when.error().isEmpty(), "a refused WHEN says why");
    return 0;
}
