#include "timing.h"

#include <algorithm>
#include <cmath>

namespace Timing {

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

double msOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianMsOf(int runs, const std::function<void()> &work)
{
    QList<double> samples;
    for (int run = 0; run < runs; ++run)
        samples.append(msOf(work));
    return median(samples);
}

} // namespace Timing
