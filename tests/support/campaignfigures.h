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

    // From each post's text to how many copies the platform holds of it.
    void countCopies(const QStringList &texts, const QHash<QString, int> &copies);
    // published, needs_attention, verifications and the due-to-settled times of settled deliveries.
    void readOutcomes(const Database &database);
    QString line() const;
};
