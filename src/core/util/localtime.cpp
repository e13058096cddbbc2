#include "localtime.h"

#include "clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LocalTime {

QDateTime toUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    // The wall time read as if it were UTC; subtracting an offset gives a candidate instant.
    const QDateTime wallAsUtc(date, time, Qt::UTC);
    const int offsetBefore = zone.offsetFromUtc(wallAsUtc.addDays(-1));
    const int offsetAfter = zone.offsetFromUtc(wallAsUtc.addDays(1));

    QList<QDateTime> valid;
    for (const int offset : {offsetBefore, offsetAfter}) {
        const QDateTime candidate = wallAsUtc.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && !valid.contains(candidate))
            valid.append(candidate);
    }
    if (valid.isEmpty()) // in a gap: keep the offset from before the change
        return wallAsUtc.addSecs(-offsetBefore);
    return *std::min_element(valid.cbegin(), valid.cend()); // first occurrence of a repeated time
}

QDateTime nextWholeHour(const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime later = now.toTimeZone(zone).addSecs(3600);
    return toUtc(later.date(), QTime(later.time().hour(), 0), zone);
}

Result<QDateTime> parseWhen(const QString &text, const QTimeZone &zone, const Clock &clock)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(u"now"_s, Qt::CaseInsensitive) == 0)
        return clock.nowUtc();

    static const QRegularExpression pattern(
        uR"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const QRegularExpressionMatch match = pattern.match(trimmed);
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QString timeText = match.captured(2);
    const QTime time = QTime::fromString(timeText, timeText.size() == 5 ? u"HH:mm"_s : u"HH:mm:ss"_s);
    if (!match.hasMatch() || !date.isValid() || !time.isValid()) {
        return Result<QDateTime>::failure(
            QCoreApplication::translate("LocalTime",
                                        "\"%1\" is not a date and time: use 2026-12-01T09:00 (local time), "
                                        "2026-12-01T09:00+01:00, or now.")
                .arg(text));
    }
    if (match.captured(3).isEmpty())
        return toUtc(date, time, zone);
    QString offsetText = match.captured(3);
    if (offsetText == u"Z")
        return QDateTime(date, time, Qt::UTC);
    offsetText.remove(u':');
    const int sign = offsetText.startsWith(u'-') ? -1 : 1;
    const int hours = offsetText.mid(1, 2).toInt();
    const int minutes = offsetText.mid(3, 2).toInt();
    if (hours > 14 || minutes > 59)
        return Result<QDateTime>::failure(
            QCoreApplication::translate("LocalTime", "\"%1\" has an impossible UTC offset.").arg(text));
    return QDateTime(date, time, Qt::OffsetFromUTC, sign * (hours * 3600 + minutes * 60)).toUTC();
}

} // namespace LocalTime
