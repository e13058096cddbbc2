#include "blueskyanswers.h"

#include "publish/http.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace BlueskyAnswers {

QString xrpcError(const QByteArray &body)
{
    return Http::json(body).object().value(u"error"_s).toString();
}

Session session(const QByteArray &body)
{
    const QJsonObject answer = Http::json(body).object();
    return { answer.value(u"accessJwt"_s).toString(), answer.value(u"refreshJwt"_s).toString(),
             answer.value(u"did"_s).toString() };
}

QDateTime jwtExpiry(const QString &jwt)
{
    const QByteArray payload = QByteArray::fromBase64(jwt.section(u'.', 1, 1).toLatin1(),
                                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 exp = Http::json(payload).object().value(u"exp"_s).toInteger();
    return exp > 0 ? QDateTime::fromSecsSinceEpoch(exp, Qt::UTC) : QDateTime();
}

QString recordUri(const QByteArray &body)
{
    return Http::json(body).object().value(u"uri"_s).toString();
}

Blob uploadedBlob(const QByteArray &body)
{
    const QJsonObject blob = Http::json(body).object().value(u"blob"_s).toObject();
    return { blob.value(u"ref"_s).toObject().value(u"$link"_s).toString(), blob.value(u"mimeType"_s).toString() };
}

QString resolvedDid(const QByteArray &body)
{
    const QString did = Http::json(body).object().value(u"did"_s).toString();
    return did.startsWith(u"did:") ? did : QString();
}

} // namespace BlueskyAnswers
