#include "backoff.h"

#include <QRandomGenerator>
#include <QtGlobal>

namespace Backoff {

qint64 delayMs(int failures, qint64 baseMs, qint64 maxMs)
{
    const int exponent = qBound(0, failures - 1, 20);
    const qint64 plain = qMin(maxMs, baseMs << exponent);
    // +-25 %: spread out, never below half of the plain delay.
    const double factor = 0.75 + QRandomGenerator::global()->generateDouble() * 0.5;
    return qMax<qint64>(1, qint64(double(plain) * factor));
}

} // namespace Backoff
