#pragma once

#include <QDateTime>
#include <QString>

// How an account is doing, as the publisher last found it: what the sidebar shows beside its name.
struct AccountHealth
{
    QDateTime pausedUntil;  // rate-limited until then (UTC); null or past: not paused
    QString signInProblem;  // the platform refused the token or password; empty: it has not

    bool rateLimitedAt(const QDateTime &now) const { return pausedUntil.isValid() && pausedUntil > now; }
};
