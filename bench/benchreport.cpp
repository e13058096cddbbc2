#include "benchreport.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString line(const BenchRow &row)
{
    return u"| %1 | %2 | %3 | %4 | %5 | %6 |"_s.arg(row.figure, row.size, row.measured, row.baseline, row.target,
                                                   row.verdict);
}
} // namespace

void BenchReport::add(const BenchRow &row)
{
    m_rows.append(row);
    out() << "bench: " << line(row) << Qt::endl;
}

void BenchReport::note(const QString &text)
{
    m_notes.append(text);
    out() << "bench: " << text << Qt::endl;
}

void BenchReport::print() const
{
    out() << "\n| Figure | Posts | Measured | Baseline (same run) | Target | Met |\n|---|---|---|---|---|---|\n";
    for (const BenchRow &row : m_rows)
        out() << line(row) << '\n';
    out() << '\n';
    for (const QString &text : m_notes)
        out() << "- " << text << '\n';
    out().flush();
}

QString BenchReport::ms(double milliseconds)
{
    return milliseconds < 10 ? u"%1 ms"_s.arg(milliseconds, 0, 'f', 2) : u"%1 ms"_s.arg(milliseconds, 0, 'f', 0);
}

QString BenchReport::ratio(double value, double baseline)
{
    return baseline > 0 ? u"%1×"_s.arg(value / baseline, 0, 'f', 2) : u"—"_s;
}

QString BenchReport::verdict(bool met)
{
    return met ? u"met"_s : u"NOT met"_s;
}
