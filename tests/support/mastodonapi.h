#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QDateTime;
class QJsonArray;
class QJsonObject;
struct HttpRequest;
struct HttpResponse;

// The shapes the Mastodon API shares between its endpoints.
namespace MastodonApi {

HttpResponse json(int code, const QJsonObject &object);
HttpResponse json(int code, const QJsonArray &array);
HttpResponse error(int code, const QString &message);    // {"error": message}
// What nginx in front of Puma answers when the backend is slow or gone: HTML, not JSON.
HttpResponse gatewayErrorPage(int code);
QByteArray isoUtc(const QDateTime &time);    // created_at, X-RateLimit-Reset

// The parameters of POST /api/v1/statuses, whichever body encoding carried them: JSON,
// application/x-www-form-urlencoded or multipart/form-data, as Rails accepts all three.
struct StatusDraft
{
    QString text;
    QStringList mediaIds;
    QString visibility = QStringLiteral("public");
    QString spoilerText;
    QString language;

    static std::optional<StatusDraft> fromRequest(const HttpRequest &request);    // nullopt: unparsable
};

} // namespace MastodonApi
