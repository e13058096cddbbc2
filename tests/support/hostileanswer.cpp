#include "hostileanswer.h"

#include "httpmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype hugePadding = 5 * 1024 * 1024;

// Every string becomes a number, recursively: ids, dates and uris keep their place but not their type.
QJsonValue withWrongTypes(const QJsonValue &value)
{
    if (value.isString())
        return 1234567;
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withWrongTypes(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withWrongTypes(it.value());
        return object;
    }
    return value;
}

QJsonValue withoutIds(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutIds(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    object.remove(u"id"_s);
    object.remove(u"uri"_s);
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = withoutIds(it.value());
    return object;
}

QByteArray transformedJson(const QByteArray &body, QJsonValue (*transform)(const QJsonValue &))
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue changed
        = transform(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    const QJsonDocument result
        = changed.isArray() ? QJsonDocument(changed.toArray()) : QJsonDocument(changed.toObject());
    return result.toJson(QJsonDocument::Compact);
}

} // namespace

namespace HostileAnswers {

bool carriedOutFirst(HostileAnswer kind)
{
    return kind != HostileAnswer::RedirectElsewhere;
}

HttpResponse make(HostileAnswer kind, const HttpResponse &honest, quint16 port, const QString &path)
{
    HttpResponse lie = honest; // the honest headers stay, rate limits and Link included
    switch (kind) {
    case HostileAnswer::MalformedJson:
        lie.body = honest.body.left(honest.body.size() / 2);
        break;
    case HostileAnswer::WrongTypes:
        lie.body = transformedJson(honest.body, withWrongTypes);
        break;
    case HostileAnswer::MissingIds:
        lie.body = transformedJson(honest.body, withoutIds);
        break;
    case HostileAnswer::HugeBody:
        lie.body = honest.body + QByteArray(hugePadding, ' ');
        break;
    case HostileAnswer::HtmlPage:
        lie = HttpResponse(200, "text/html"_ba,
                           "<!DOCTYPE html><html><head><title>Sign in to the network</title></head>"
                           "<body><form action=\"/login\"><input name=\"user\"></form></body></html>"_ba);
        break;
    case HostileAnswer::ErrorBody:
        lie = HttpResponse(200, "application/json; charset=utf-8"_ba, R"({"error":"Something went wrong"})"_ba);
        break;
    case HostileAnswer::RedirectElsewhere: {
        QUrl elsewhere(u"http://127.0.0.2:%1"_s.arg(port));
        elsewhere.setPath(path);
        lie = HttpResponse(307, "text/html"_ba, "<html><body>Moved</body></html>"_ba);
        lie.setHeader("Location"_ba, elsewhere.toEncoded());
        break;
    }
    }
    return lie;
}

} // namespace HostileAnswers
