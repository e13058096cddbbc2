#include "mastodonapi.h"

#include "httpmessage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

HttpResponse jsonDocument(int code, const QJsonDocument &document)
{
    HttpResponse response(code, "application/json; charset=utf-8"_ba, document.toJson(QJsonDocument::Compact));
    response.setHeader("Date"_ba, httpDate().toLatin1());
    return response;
}

MastodonApi::StatusDraft draftFromForm(const FormFields &fields)
{
    MastodonApi::StatusDraft draft;
    for (const FormField &field : fields) {
        if (field.name == u"status")
            draft.text = field.text();
        else if (field.name == u"media_ids[]")
            draft.mediaIds.append(field.text());
        else if (field.name == u"visibility")
            draft.visibility = field.text();
        else if (field.name == u"spoiler_text")
            draft.spoilerText = field.text();
        else if (field.name == u"language")
            draft.language = field.text();
    }
    return draft;
}

std::optional<MastodonApi::StatusDraft> draftFromJson(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    MastodonApi::StatusDraft draft;
    draft.text = object.value(u"status"_s).toString();
    for (const QJsonValue &id : object.value(u"media_ids"_s).toArray())
        draft.mediaIds.append(id.isString() ? id.toString() : QString::number(id.toInteger()));
    draft.visibility = object.value(u"visibility"_s).toString(draft.visibility);
    draft.spoilerText = object.value(u"spoiler_text"_s).toString();
    draft.language = object.value(u"language"_s).toString();
    return draft;
}

} // namespace

namespace MastodonApi {

HttpResponse json(int code, const QJsonObject &object)
{
    return jsonDocument(code, QJsonDocument(object));
}

HttpResponse json(int code, const QJsonArray &array)
{
    return jsonDocument(code, QJsonDocument(array));
}

HttpResponse error(int code, const QString &message)
{
    return json(code, QJsonObject{{u"error"_s, message}});
}

HttpResponse gatewayErrorPage(int code)
{
    const QByteArray title = code == 502 ? "502 Bad Gateway"_ba : "504 Gateway Time-out"_ba;
    HttpResponse response(code, "text/html"_ba,
                          "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                              + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
    response.setHeader("Server"_ba, "nginx"_ba);
    response.setHeader("Date"_ba, httpDate().toLatin1());
    return response;
}

QByteArray isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

std::optional<StatusDraft> StatusDraft::fromRequest(const HttpRequest &request)
{
    const QByteArray type = request.mediaType();
    if (type == "application/json")
        return draftFromJson(request.body);
    if (type == "multipart/form-data")
        return draftFromForm(parseMultipartForm(request));
    return draftFromForm(parseUrlEncodedForm(request.body));
}

} // namespace MastodonApi
