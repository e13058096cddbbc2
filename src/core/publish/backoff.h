#pragma once

#include <QtGlobal>

// Delay before the next try after a failure that did not take effect: exponential, capped, with
// jitter so that many deliveries refused together do not come back together.
namespace Backoff {
qint64 delayMs(int failures, qint64 baseMs, qint64 maxMs);
}
