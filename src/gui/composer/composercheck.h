#pragma once

#include "model/account.h"
#include "model/post.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What the composer has in hand when it checks.
struct ComposerInput
{
    QString text;
    QList<MediaAttachment> media;
    QList<Account> accounts; // the chosen ones
    QDateTime at;            // the chosen time (UTC)
    QDateTime now;           // the clock's
    QString fileProblem;     // files that could not be added just now
    bool touched = false;    // the user has started: an empty post is worth saying so
};

// What the composer says beside each field, as each chosen account's platform counts: problems
// (empty: none) and counters. Widget-free, so that the rules read in one place.
struct ComposerCheck
{
    QString text;
    QString media;
    QString accounts;
    QString when;
    QString characterCounts;
    QString mediaCounts;

    // Everything but the time is fine: enough for Save draft and Post now.
    bool contentOk = false;
    // And the time is still ahead: enough for Schedule.
    bool canSchedule() const { return contentOk && when.isEmpty(); }
};

ComposerCheck checkComposer(const ComposerInput &input);
