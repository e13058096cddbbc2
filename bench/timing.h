#pragma once

#include <QElapsedTimer>
#include <QList>

#include <functional>

namespace Timing {

// The p-th percentile (0..100) by nearest rank; 0 for no samples.
double percentile(QList<double> samples, double p);
inline double median(const QList<double> &samples)
{
    return percentile(samples, 50);
}
// Milliseconds that `work` took, with sub-millisecond precision.
double msOf(const std::function<void()> &work);
// The median of `runs` timings of `work`, in milliseconds.
double medianMsOf(int runs, const std::function<void()> &work);

} // namespace Timing
