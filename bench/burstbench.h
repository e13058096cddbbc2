#pragma once

class BenchReport;

// Issue #6, figure 1: a burst of deliveries all due at once, through the whole engine (keys
// committed before sending, attempt log, state changes) and through BareSender, side by side.
struct BurstPlan
{
    int posts = 100;    // each to every account
    int accounts = 100;
    int rounds = 3;     // alternating baseline and engine; medians are compared
};

void runBurst(BenchReport &report, const BurstPlan &plan);
