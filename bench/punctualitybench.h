#pragma once

class BenchReport;

// Issue #6, figure 2: posts falling due one after another over a minute; how late each one's request
// reaches the server, from its scheduled instant. The baseline is a bare precise timer per post that sends
// the same request at the same instants, in the same minute.
struct PunctualityPlan
{
    int posts = 1000;
    int accounts = 100;
    int windowSeconds = 60;
};

void runPunctuality(BenchReport &report, const PunctualityPlan &plan);
