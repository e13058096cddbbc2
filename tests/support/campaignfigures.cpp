#include "campaignfigures.h"

#include "storage/database.h"
#include "storage/sqltime.h"

#include <QDebug>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString joined(const std::map<QString, int> &counts)
{
    QStringList parts;
    for (const auto &[name, count] : counts)
        parts.append(u"%1=%2"_s.arg(name).arg(count));
    return parts.join(u' ');
}
} // namespace

void CampaignFigures::finish(const QStringList &texts, const QHash<QString, int> &copies, const Database &database)
{
    countCopies(texts, copies);
    readOutcomes(database);
    qInfo().noquote() << line();
}

void CampaignFigures::countCopies(const QStringList &texts, const QHash<QString, int> &copies)
{
    for (const QString &text : texts) {
        const int count = copies.value(text);
        duplicates += std::max(0, count - 1);
        lost += count == 0 ? 1 : 0;
    }
}

void CampaignFigures::readOutcomes(const Database &database)
{
    published = Campaign::countOf(database, u"SELECT COUNT(*) FROM deliveries WHERE state = 'published'"_s);
    needsAttention = Campaign::countOf(database, u"SELECT COUNT(*) FROM deliveries WHERE state = 'needs_attention'"_s);
    verifications = Campaign::countOf(database, u"SELECT COUNT(*) FROM attempts WHERE kind = 'verify'"_s);
    // The sends that met a refused connection: what an outage between two requests did (Http::failedSend).
    extra[u"sends_refused"_s] = Campaign::countOf(
        database, u"SELECT COUNT(*) FROM attempts WHERE kind = 'send' AND error LIKE 'could not connect%'"_s);
    // updated_at is the last change: for a settled delivery, the moment it settled.
    Result<QSqlQuery> times = database.exec(
        u"SELECT p.scheduled_at, d.updated_at FROM deliveries d JOIN posts p ON p.id = d.post_id "
        u"WHERE d.state IN ('published', 'failed', 'cancelled', 'needs_attention')"_s);
    std::vector<qint64> settleMs;
    while (times && times.value().next()) {
        settleMs.push_back(SqlTime::fromSql(times.value().value(0)).msecsTo(SqlTime::fromSql(times.value().value(1))));
    }
    if (settleMs.empty())
        return;
    std::sort(settleMs.begin(), settleMs.end());
    medianSettleMs = settleMs.at(settleMs.size() / 2);
    worstSettleMs = settleMs.back();
}

QString CampaignFigures::line() const
{
    QString text = u"campaign=%1 seed=%2 posts=%3 faults{%4}"_s.arg(campaign).arg(seed).arg(posts).arg(joined(faults));
    if (!extra.empty())
        text += u' ' + joined(extra);
    return text
        + u" published=%1 duplicates=%2 lost=%3 needs_attention=%4 verifications=%5 due_to_settled_median=%6ms "
          u"worst=%7ms"_s.arg(published)
              .arg(duplicates)
              .arg(lost)
              .arg(needsAttention)
              .arg(verifications)
              .arg(medianSettleMs)
              .arg(worstSettleMs);
}

int Campaign::setting(const char *name, int fallback)
{
    bool isNumber = false;
    const int value = qEnvironmentVariableIntValue(name, &isNumber);
    return isNumber && value > 0 ? value : fallback;
}

int Campaign::unsettled(const Database &database)
{
    return Campaign::countOf(database, u"SELECT COUNT(*) FROM deliveries WHERE state IN "
                             u"('scheduled', 'sending', 'retrying', 'verifying')"_s);
}

int Campaign::countOf(const Database &database, const QString &sql)
{
    Result<QSqlQuery> query = database.exec(sql);
    return query && query.value().next() ? query.value().value(0).toInt() : -1;
}
