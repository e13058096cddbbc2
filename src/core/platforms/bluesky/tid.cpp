#include "tid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

namespace BlueskyTid {

namespace {
constexpr char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
constexpr int length = 13;
constexpr quint64 timeMask = (quint64(1) << 53) - 1;
} // namespace

QString encode(quint64 microseconds, quint32 clockId)
{
    quint64 value = ((microseconds & timeMask) << 10) | (clockId & 0x3ff);
    QString tid(length, u'2');
    for (int i = length - 1; i >= 0; --i) {
        tid[i] = QLatin1Char(alphabet[value & 31]);
        value >>= 5;
    }
    return tid;
}

QString next()
{
    // One clock id per process; the time part never repeats, even if the wall clock steps back.
    static const quint32 clockId = QRandomGenerator::global()->bounded(1024);
    static QMutex mutex;
    static quint64 last = 0;
    const QMutexLocker locker(&mutex);
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch()) * 1000
        + QRandomGenerator::global()->bounded(1000); // sub-millisecond spread; QDateTime has ms only
    last = qMax(now, last + 1);
    return encode(last, clockId);
}

bool isValid(const QString &tid)
{
    if (tid.size() != length || QLatin1StringView(alphabet).indexOf(tid.at(0)) >= 16)
        return false; // the first character carries the top bit, which must be 0
    for (const QChar c : tid) {
        if (QLatin1StringView(alphabet).indexOf(c) < 0)
            return false;
    }
    return true;
}

quint64 microseconds(const QString &tid)
{
    quint64 value = 0;
    for (const QChar c : tid)
        value = (value << 5) | quint64(QLatin1StringView(alphabet).indexOf(c));
    return value >> 10;
}

} // namespace BlueskyTid
