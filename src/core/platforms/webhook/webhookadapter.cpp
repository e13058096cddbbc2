#include "webhookadapter.h"

#include "publish/http.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int webhookTextLimit = 100'000;
}

WebhookAdapter::WebhookAdapter(Account account, QString token, const AdapterContext &context)
    : m_account(std::move(account))
    , m_token(std::move(token))
    , m_context(context)
{
}

void WebhookAdapter::registerPlatform()
{
    PlatformRegistry::add({u"webhook"_s, u"Webhook"_s, PlatformRegistry::SignIn::OptionalSecret,
                           [](const Account &account, const QString &secret, const AdapterContext &context) {
                               return std::make_unique<WebhookAdapter>(account, secret, context);
                           }});
}

AdapterCapabilities WebhookAdapter::capabilities() const
{
    return {.canVerify = false, .textLimit = webhookTextLimit};
}

QString WebhookAdapter::newPublicationKey() const
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The body is committed with the key, so that a retry (after a definite "not executed") is byte-identical.
QByteArray WebhookAdapter::preparePayload(const PublishRequest &request) const
{
    QJsonArray media;
    for (const MediaAttachment &attachment : request.media)
        media.append(QJsonObject{{u"path"_s, attachment.path}, {u"alt_text"_s, attachment.altText}});
    const QJsonObject body{{u"idempotency_key"_s, request.publicationKey},
                           {u"delivery_id"_s, request.deliveryId},
                           {u"text"_s, request.text},
                           {u"media"_s, media}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void WebhookAdapter::connectAccount(std::function<void(Result<QJsonObject>)> done)
{
    // A webhook has nothing to ask before the first post; the URL was checked when it was given.
    done(QJsonObject{});
}

void WebhookAdapter::publish(const PublishRequest &request, std::function<void(PublishOutcome)> done)
{
    QNetworkRequest http = Http::request(m_account.endpoint, m_context.requestTimeoutMs, m_token);
    http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    http.setRawHeader("Idempotency-Key", '"' + request.publicationKey.toUtf8() + '"');
    QNetworkReply *reply = Http::postOnce(*m_context.network, http, request.payload);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const QByteArray body = Http::body(reply);
        const int code = Http::status(reply);
        if (code >= 200 && code < 300 && reply->error() == QNetworkReply::NoError) {
            const QJsonObject answer = Http::json(body).object();
            done(PublishOutcome::published(answer.value(u"id"_s).toVariant().toString(),
                                           answer.value(u"url"_s).toString(), code));
            return;
        }
        done(Http::failedSend(reply, body, QDateTime::currentDateTimeUtc()));
    });
}

void WebhookAdapter::verify(const PublishRequest &, std::function<void(VerifyOutcome)> done)
{
    done({VerifyOutcome::Kind::CannotTell, {}, {},
          QCoreApplication::translate("WebhookAdapter", "a webhook cannot be asked whether it received a post"), 0});
}
