#include "mastodonanswers.h"

#include "statustext.h"

#include "publish/http.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MastodonAnswers {

int maxCharacters(const QByteArray &instanceBody)
{
    const QJsonObject statuses
        = Http::json(instanceBody).object().value(u"configuration"_s).toObject().value(u"statuses"_s).toObject();
    return statuses.value(u"max_characters"_s).toInt(defaultMaxCharacters);
}

Identity identity(const QByteArray &body)
{
    const QJsonObject account = Http::json(body).object();
    return { account.value(u"id"_s).toString(), account.value(u"acct"_s).toString() };
}

QString mediaId(const QByteArray &body)
{
    return Http::json(body).object().value(u"id"_s).toString();
}

PostedStatus postedStatus(const QByteArray &body)
{
    const QJsonObject status = Http::json(body).object();
    return { status.value(u"id"_s).toString(), status.value(u"url"_s).toString() };
}

StatusPage searchStatusPage(const QByteArray &body, const QString &wanted, const QDateTime &windowStart)
{
    const QJsonDocument document = Http::json(body);
    StatusPage page;
    if (!document.isArray())
        return page;
    const QJsonArray statuses = document.array();
    page.size = statuses.size();
    const QString wantedText = StatusText::normalized(wanted);
    for (const QJsonValue &value : statuses) {
        const QJsonObject status = value.toObject();
        const QDateTime created = QDateTime::fromString(status.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        if (!created.isValid() || status.value(u"id"_s).toString().isEmpty()) {
            page.kind = StatusPage::Kind::Malformed;
            return page;
        }
        if (created < windowStart) {
            page.reachedWindowStart = true;
            continue;
        }
        if (StatusText::normalized(StatusText::fromHtml(status.value(u"content"_s).toString())) == wantedText) {
            page.kind = StatusPage::Kind::Found;
            page.id = status.value(u"id"_s).toString();
            page.url = status.value(u"url"_s).toString();
            return page;
        }
    }
    page.kind = StatusPage::Kind::NotFound;
    return page;
}

} // namespace MastodonAnswers
