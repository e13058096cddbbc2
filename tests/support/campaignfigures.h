#pragma once

#include <QHash>
#include <QString>

#include <map>

class Database;

// The figures of one reliability campaign, as docs/RELIABILITY.md records them, and the one line
// a run prints. Every campaign judges itself by the same numbers: what the platform holds
// (duplicates, lost) and what the database says (published, needs_attention, verifications, time
// from due to settled).
struct CampaignFigures
{
    QString campaign;
    quint32 seed = 0;
    int posts = 0;
    std::map<QString, int> faults;  // injected, by kind
    std::map<QString, int> extra;   // campaign-specific counts, printed after the faults
    int published = 0;
    int duplicates = 0;
    int lost = 0;
    int needsAttention = 0;
    int verifications = 0;
    qint64 medianSettleMs = 0;
    qint64 worstSettleMs = 0;

    // Counts what the platform holds (`copies`: how often each text is there) and what the
    // database says, then prints the line.
    void finish(const QStringList &texts, const QHash<QString, int> &copies, const Database &database);
    QString line() const;

private:
    void countCopies(const QStringList &texts, const QHash<QString, int> &copies);
    // published, needs_attention, verifications and the due-to-settled times of settled deliveries.
    void readOutcomes(const Database &database);
};

namespace Campaign {
// A campaign's size and seed from the environment (POSTSCHEDULER_CAMPAIGN_*), else the default.
int setting(const char *name, int fallback);
// The first column of the first row of `sql` (a count); -1 when it fails.
int countOf(const Database &database, const QString &sql);
// Deliveries still to be settled: scheduled, sending, retrying or verifying.
int unsettled(const Database &database);
} // namespace Campaign
