#include "querybench.h"

#include "scaledatabase.h"
#include "timing.h"

#include "storage/database.h"
#include "storage/deliveryqueries.h"
#include "storage/deliverystore.h"
#include "storage/sqltime.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr int runs = 200;
constexpr int dueLimit = 64;

std::unique_ptr<Database> openOrDie(const QString &path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        qFatal("bench: %s", qPrintable(opened.error()));
    return std::move(opened.value());
}

QString planOf(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    query.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
    for (qsizetype i = 0; i < sql.count(u'?'); ++i)
        query.addBindValue(i == 0 ? SqlTime::toSql(ScaleDatabase::anchor()) : QVariant(dueLimit));
    if (!query.exec())
        return u"cannot explain: "_s + query.lastError().text();
    QStringList steps;
    while (query.next())
        steps.append(query.value(3).toString());
    return steps.join(u"; "_s);
}
} // namespace

namespace QueryBench {

Figures measure(const QString &databasePath)
{
    const std::unique_ptr<Database> database = openOrDie(databasePath);
    const DeliveryStore store(*database);
    const QDateTime now = ScaleDatabase::anchor();
    Figures figures;
    figures.dueMs = Timing::medianMsOf(runs, [&] { (void)store.due(now, dueLimit); });
    figures.pumpReadsMs = Timing::medianMsOf(runs, [&] {
        (void)store.due(now, dueLimit);
        (void)store.nextDueTime();
        (void)store.pendingWork(now);
    });
    return figures;
}

QStringList explain(const QString &databasePath)
{
    const std::unique_ptr<Database> database = openOrDie(databasePath);
    const QList<std::pair<QString, QString>> queries{
        {u"due"_s, DeliveryQueries::due()},
        {u"nextDueTime"_s, DeliveryQueries::nextDueTime()},
        {u"pendingWork"_s, DeliveryQueries::pendingWork()},
        {u"countInState"_s, DeliveryQueries::countInState()},
        {u"a month's day, its posts"_s, DeliveryQueries::postsInRange()},
        {u"a month's day, its first posts"_s, DeliveryQueries::firstPostsInRange()},
        {u"a month's day of one account, its posts"_s, DeliveryQueries::accountPostsInRange()},
        {u"a month's day of one account, its first posts"_s, DeliveryQueries::accountFirstPostsInRange()},
    };
    QStringList plans;
    for (const auto &[name, sql] : queries) {
        const QString plan = planOf(*database, sql);
        // "SCAN d" alone reads every row; "SCAN d USING INDEX" reads a (partial) index.
        const bool fullScan = plan.contains(QRegularExpression(u"SCAN \\w+(;|$)"_s));
        plans.append(u"%1: %2%3"_s.arg(name, plan, fullScan ? u" — FULL SCAN"_s : QString()));
    }
    return plans;
}

} // namespace QueryBench
