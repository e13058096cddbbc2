#pragma once

#include <QString>

// Everything the publishing engine can be tuned with. Defaults are for real use; tests shorten them.
struct EngineSettings
{
    QString databasePath;
    int requestTimeoutMs = 30'000;
    int lateLimitMinutes = 60;     // a first send later than this goes to needs_attention ("missed its time")
    int maxInFlight = 4;           // across accounts; one per account always
    int verifyDelayMs = 10'000;    // wait after an unknown outcome, so that a request still being processed settles
    int maxVerifications = 5;      // "cannot tell" this often: the user decides
    int leaseTtlSeconds = 30;
    int backoffBaseMs = 5'000;
    int backoffMaxMs = 15 * 60'000;
    int tickMs = 5'000;            // poll for changes by other processes and wall-clock jumps
};
