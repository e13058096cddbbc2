#include "mastodonadapter.h"

#include "mastodonanswers.h"
#include "mastodonverifier.h"
#include "publish/http.h"
#include "statustext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxAttachments = 4; // Mastodon's own limit; its byte limits vary by server and media type
constexpr int mediaPollIntervalMs = 1000;
constexpr int maxMediaPolls = 120;

} // namespace

MastodonAdapter::MastodonAdapter(Account account, QString token, const AdapterContext &context)
    : m_account(std::move(account))
    , m_token(std::move(token))
    , m_context(context)
{
}

void MastodonAdapter::registerPlatform()
{
    PlatformRegistry::add({u"mastodon"_s, u"Mastodon"_s, PlatformRegistry::SignIn::AccessToken,
                           [](const Account &account, const QString &secret, const AdapterContext &context) {
                               return std::make_unique<MastodonAdapter>(account, secret, context);
                           }});
}

AdapterCapabilities MastodonAdapter::capabilities() const
{
    return {.canVerify = true,
            .textLimit = m_account.settings.value(u"max_characters"_s).toInt(MastodonAnswers::defaultMaxCharacters),
            .mediaLimit = maxAttachments};
}

QString MastodonAdapter::newPublicationKey() const
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int MastodonAdapter::textLength(const QString &text) const
{
    return StatusText::length(text);
}

QUrl MastodonAdapter::api(const QString &path) const
{
    return Http::join(m_account.endpoint, path);
}

QNetworkReply *MastodonAdapter::get(const QUrl &url)
{
    return Http::get(*m_context.network, url, m_context.requestTimeoutMs, m_token);
}

void MastodonAdapter::connectAccount(std::function<void(Result<QJsonObject>)> done)
{
    Http::whenFinished(get(api(u"/api/v1/instance"_s)), this, [this, done](QNetworkReply *instanceReply) {
        const QByteArray instanceBody = Http::body(instanceReply);
        if (Http::status(instanceReply) != 200) {
            done(Result<QJsonObject>::failure(tr("%1 does not answer as a Mastodon server: %2")
                                                  .arg(m_account.endpoint.toString(),
                                                       Http::failedLookup(instanceReply, instanceBody).reason)));
            return;
        }
        const int maxCharacters = MastodonAnswers::maxCharacters(instanceBody);
        Http::whenFinished(get(api(u"/api/v1/accounts/verify_credentials"_s)), this,
                     [this, done, maxCharacters](QNetworkReply *reply) {
                         const QByteArray body = Http::body(reply);
                         const MastodonAnswers::Identity me = MastodonAnswers::identity(body);
                         if (Http::status(reply) != 200 || me.id.isEmpty()) {
                             done(Result<QJsonObject>::failure(
                                 tr("%1 refused the access token: %2")
                                     .arg(m_account.endpoint.toString(), Http::failedLookup(reply, body).reason)));
                             return;
                         }
                         done(QJsonObject{{u"max_characters"_s, maxCharacters},
                                          {u"account_id"_s, me.id},
                                          {u"acct"_s, me.acct}});
                     });
    });
}

void MastodonAdapter::publish(const PublishRequest &request, std::function<void(PublishOutcome)> done)
{
    uploadMedia(request, {}, std::move(done));
}

// Media first, one at a time. A failed upload means the status was never sent: not executed.
void MastodonAdapter::uploadMedia(const PublishRequest &request, QStringList uploaded,
                                  std::function<void(PublishOutcome)> done)
{
    if (uploaded.size() == request.media.size()) {
        postStatus(request, uploaded, std::move(done));
        return;
    }
    const MediaAttachment &media = request.media.at(uploaded.size());
    auto *file = new QFile(media.path);
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        done(PublishOutcome::rejected(tr("cannot read the media file %1").arg(media.path), 0));
        return;
    }
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart filePart;
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, QMimeDatabase().mimeTypeForFile(media.path).name());
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QString(u"form-data; name=\"file\"; filename=\""_s + QFileInfo(media.path).fileName() + u'"'));
    filePart.setBodyDevice(file);
    file->setParent(multipart);
    multipart->append(filePart);
    if (!media.altText.isEmpty()) {
        QHttpPart description;
        description.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"description\""_s);
        description.setBody(media.altText.toUtf8());
        multipart->append(description);
    }
    QNetworkReply *reply =
        m_context.network->post(Http::request(api(u"/api/v2/media"_s), m_context.requestTimeoutMs, m_token), multipart);
    multipart->setParent(reply);
    Http::whenFinished(reply, this, [this, request, uploaded, done](QNetworkReply *finished) mutable {
        const QByteArray body = Http::body(finished);
        const int status = Http::status(finished);
        const QString mediaId = MastodonAnswers::mediaId(body);
        if ((status != 200 && status != 202) || mediaId.isEmpty()) {
            PublishOutcome outcome = Http::failedSend(finished, body, QDateTime::currentDateTimeUtc());
            if (outcome.kind == PublishOutcome::Kind::Unknown) // an orphaned upload is harmless; the status was not sent
                outcome.kind = PublishOutcome::Kind::NotExecuted;
            outcome.reason = tr("media upload failed: %1").arg(outcome.reason);
            done(outcome);
            return;
        }
        awaitMedia(mediaId, status == 202 ? maxMediaPolls : 0,
                   [this, request, uploaded, done, mediaId](const Result<QString> &ready) mutable {
                       if (!ready) {
                           done(PublishOutcome::notExecuted(ready.error(), 0));
                           return;
                       }
                       uploaded.append(mediaId);
                       uploadMedia(request, uploaded, done);
                   });
    });
}

// Video is processed in the background (202): poll until the server answers 200 (206 means not yet).
void MastodonAdapter::awaitMedia(const QString &mediaId, int polls, std::function<void(Result<QString>)> done)
{
    if (polls == 0) {
        done(mediaId);
        return;
    }
    QTimer::singleShot(mediaPollIntervalMs, this, [this, mediaId, polls, done] {
        Http::whenFinished(get(api(u"/api/v1/media/"_s + mediaId)), this, [this, mediaId, polls, done](QNetworkReply *reply) {
            const int status = Http::status(reply);
            if (status == 200) {
                done(mediaId);
            } else if (status == 206 && polls > 1) {
                awaitMedia(mediaId, polls - 1, done);
            } else {
                done(Result<QString>::failure(tr("the server did not finish processing the media (HTTP %1)").arg(status)));
            }
        });
    });
}

void MastodonAdapter::postStatus(const PublishRequest &request, const QStringList &mediaIds,
                                 std::function<void(PublishOutcome)> done)
{
    QNetworkRequest http = Http::request(api(u"/api/v1/statuses"_s), m_context.requestTimeoutMs, m_token);
    http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    http.setRawHeader("Idempotency-Key", request.publicationKey.toUtf8());
    const QJsonObject status{{u"status"_s, request.text},
                             {u"visibility"_s, u"public"_s},
                             {u"media_ids"_s, QJsonArray::fromStringList(mediaIds)}};
    QNetworkReply *reply = Http::postOnce(*m_context.network, http, QJsonDocument(status).toJson(QJsonDocument::Compact));
    Http::whenFinished(reply, this, [done](QNetworkReply *finished) {
        const QByteArray body = Http::body(finished);
        const int code = Http::status(finished);
        if (code < 200 || code >= 300 || finished->error() != QNetworkReply::NoError) {
            done(Http::failedSend(finished, body, QDateTime::currentDateTimeUtc()));
            return;
        }
        const MastodonAnswers::PostedStatus posted = MastodonAnswers::postedStatus(body);
        if (posted.id.isEmpty()) // a 2xx without a status: it probably went out, but we cannot say which
            done(PublishOutcome::unknown(tr("the server answered HTTP %1 without a status").arg(code), code));
        else
            done(PublishOutcome::published(posted.id, posted.url, code));
    });
}

void MastodonAdapter::verify(const PublishRequest &request, std::function<void(VerifyOutcome)> done)
{
    auto *verifier = new MastodonVerifier(request, m_account, m_token, m_context, this);
    verifier->run([verifier, done](const VerifyOutcome &outcome) {
        verifier->deleteLater();
        done(outcome);
    });
}
