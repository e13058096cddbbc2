#include "sqltime.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace {
// The digits of text[from, from + length), or -1.
int digits(QStringView text, qsizetype from, qsizetype length)
{
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Reads the one form toSql() writes, "2026-03-29T01:30:00.000Z", by hand: QDateTime::fromString
// takes microseconds a value, which was most of the time of listing a month of thousands of posts.
std::optional<QDateTime> fromStoredForm(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), digits(text, 20, 3));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

namespace SqlTime {

QVariant toSql(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QDateTime fromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (const std::optional<QDateTime> stored = fromStoredForm(text))
        return *stored;
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(); // written by hand or by an older version
}

QString epochMs(const QString &column)
{
    // julianday() keeps milliseconds exactly enough (a double's 53 bits) for ROUND to give them back.
    return u"CAST(ROUND((julianday(%1) - 2440587.5) * 86400000.0) AS INTEGER)"_s.arg(column);
}

} // namespace SqlTime
