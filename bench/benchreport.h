#pragma once

#include <QList>
#include <QString>

// One line of the figures table: what was measured, against what, and whether the target holds.
struct BenchRow
{
    QString figure;
    QString size;
    QString measured;
    QString baseline;
    QString target;
    QString verdict; // "met", "NOT met", or "—" for a figure that only shows the curve
};

// Collects the figures of one run, prints each as it comes (long runs show progress), and prints
// the whole table at the end in the Markdown form docs/PERFORMANCE.md keeps.
class BenchReport final
{
public:
    void add(const BenchRow &row);
    void note(const QString &text); // a plan, a count, a correctness check: printed below the table
    void print() const;

    static QString ms(double milliseconds);
    static QString ratio(double value, double baseline);
    static QString verdict(bool met);

private:
    QList<BenchRow> m_rows;
    QStringList m_notes;
};
