#include "blueskyadapter.h"

#include "util/graphemes.h"

#include "blueskyanswers.h"
#include "blueskyrecord.h"
#include "publish/http.h"
#include "richtext.h"
#include "tid.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr int refreshMarginSeconds = 300; // refresh an access token this long before it expires
constexpr int mentionLookupTimeoutMs = 5000;

// The session is needed before anything is sent; a failure to make one means nothing was published.
PublishOutcome beforeSending(PublishOutcome outcome, const QString &what)
{
    if (outcome.kind == PublishOutcome::Kind::Unknown)
        outcome.kind = PublishOutcome::Kind::NotExecuted;
    outcome.reason = what.arg(outcome.reason);
    return outcome;
}

QNetworkRequest jsonRequest(const QUrl &url, int timeoutMs, const QString &token = {})
{
    QNetworkRequest request = Http::request(url, timeoutMs, token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return request;
}
} // namespace

BlueskyAdapter::BlueskyAdapter(Account account, QString appPassword, const AdapterContext &context)
    : m_account(std::move(account))
    , m_appPassword(std::move(appPassword))
    , m_context(context)
    , m_did(m_account.settings.value(u"did"_s).toString())
{
}

void BlueskyAdapter::registerPlatform()
{
    PlatformRegistry::add({ u"bluesky"_s, u"Bluesky"_s, PlatformRegistry::SignIn::HandleAndAppPassword,
                            [](const Account &account, const QString &secret, const AdapterContext &context) {
                                return std::make_unique<BlueskyAdapter>(account, secret, context);
                            } });
}

AdapterCapabilities BlueskyAdapter::capabilities() const
{
    return {.canVerify = true,
            .textLimit = BlueskyText::graphemeLimit,
            .textByteLimit = BlueskyText::byteLimit,
            .mediaLimit = BlueskyRecord::maxImages,
            .mediaByteLimit = BlueskyRecord::maxImageBytes};
}

QString BlueskyAdapter::newPublicationKey() const
{
    return BlueskyTid::next();
}

int BlueskyAdapter::textLength(const QString &text) const
{
    return graphemeCount(text);
}

QString BlueskyAdapter::repo() const
{
    return m_did;
}

QUrl BlueskyAdapter::xrpc(const QString &method) const
{
    return Http::join(m_account.endpoint, u"/xrpc/"_s + method);
}

QString BlueskyAdapter::postUrl(const QString &rkey) const
{
    return u"https://bsky.app/profile/%1/post/%2"_s.arg(m_did, rkey);
}

void BlueskyAdapter::setSession(const QString &accessJwt, const QString &refreshJwt, const QDateTime &accessExpiry)
{
    m_accessJwt = accessJwt;
    m_refreshJwt = refreshJwt;
    m_accessExpiry = accessExpiry.isValid() ? accessExpiry : BlueskyAnswers::jwtExpiry(accessJwt);
}

bool BlueskyAdapter::takeSession(const QByteArray &body)
{
    const BlueskyAnswers::Session session = BlueskyAnswers::session(body);
    if (!session.isValid())
        return false;
    setSession(session.accessJwt, session.refreshJwt);
    if (!session.did.isEmpty())
        m_did = session.did;
    return true;
}

void BlueskyAdapter::ensureSession(SessionDone done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_accessJwt.isEmpty() && (!m_accessExpiry.isValid() || m_accessExpiry > now.addSecs(refreshMarginSeconds))) {
        done(std::nullopt);
        return;
    }
    if (!m_refreshJwt.isEmpty())
        refreshSession(std::move(done));
    else
        createSession(std::move(done));
}

void BlueskyAdapter::createSession(SessionDone done)
{
    const QString identifier = m_account.settings.value(u"handle"_s).toString();
    const QJsonObject body { { u"identifier"_s, identifier.isEmpty() ? m_did : identifier },
                             { u"password"_s, m_appPassword } };
    QNetworkReply *reply
        = m_context.network->post(jsonRequest(xrpc(u"com.atproto.server.createSession"_s), m_context.requestTimeoutMs),
                                  QJsonDocument(body).toJson(QJsonDocument::Compact));
    Http::whenFinished(reply, this, [this, done](QNetworkReply *finished) {
        const QByteArray answer = Http::body(finished);
        const bool answered = Http::status(finished) == 200 && finished->error() == QNetworkReply::NoError;
        if (answered && takeSession(answer)) {
            done(std::nullopt);
            return;
        }
        m_accessJwt.clear();
        m_refreshJwt.clear();
        const PublishOutcome failed = answered
            ? PublishOutcome::unknown(tr("the server answered HTTP 200 without a session"), 200)
            : Http::failedSend(finished, answer, QDateTime::currentDateTimeUtc());
        done(beforeSending(failed, tr("signing in with the app password failed: %1")));
    });
}

void BlueskyAdapter::refreshSession(SessionDone done)
{
    QNetworkReply *reply = m_context.network->post(
        Http::request(xrpc(u"com.atproto.server.refreshSession"_s), m_context.requestTimeoutMs, m_refreshJwt),
        QByteArray());
    Http::whenFinished(reply, this, [this, done](QNetworkReply *finished) {
        const QByteArray answer = Http::body(finished);
        if (Http::status(finished) == 200 && takeSession(answer)) {
            done(std::nullopt);
            return;
        }
        // An expired or revoked refresh token: the app password makes a new session.
        m_accessJwt.clear();
        m_refreshJwt.clear();
        createSession(done);
    });
}

void BlueskyAdapter::connectAccount(std::function<void(Result<QJsonObject>)> done)
{
    if (m_account.settings.value(u"handle"_s).toString().isEmpty()) {
        done(Result<QJsonObject>::failure(tr("A Bluesky account signs in with its handle: give it with --handle.")));
        return;
    }
    createSession([this, done](const std::optional<PublishOutcome> &failure) {
        if (failure && failure->httpStatus == 401) {
            done(Result<QJsonObject>::failure(
                tr("%1 refused the handle or the app password (HTTP 401): check both, and use an app password, "
                   "not the account's main password.").arg(m_account.endpoint.toString())));
            return;
        }
        if (failure) {
            done(Result<QJsonObject>::failure(
                tr("%1 refused the sign-in: %2").arg(m_account.endpoint.toString(), failure->reason)));
            return;
        }
        QString handle = m_account.settings.value(u"handle"_s).toString();
        done(QJsonObject {
            { u"did"_s, m_did }, { u"handle"_s, handle }, { u"max_graphemes"_s, BlueskyText::graphemeLimit } });
    });
}

// Handles are resolved when the record is made, because the record's bytes are committed before the
// first send and never change; a handle that cannot be resolved stays plain text, as in Bluesky's app.
// preparePayload() is synchronous, so the lookups run on a short-lived thread of their own while this
// one waits: a nested event loop here could run the engine's stop() and destroy this adapter under us.
QHash<QString, QString> BlueskyAdapter::resolveMentions(const QString &text) const
{
    QStringList handles;
    for (const BlueskyText::Facet &facet : BlueskyText::detect(text)) {
        if (facet.kind == BlueskyText::Facet::Kind::Mention && !handles.contains(facet.value))
            handles.append(facet.value);
    }
    QHash<QString, QString> dids;
    if (handles.isEmpty())
        return dids;
    const QUrl endpoint = xrpc(u"com.atproto.identity.resolveHandle"_s);
    const int timeoutMs = qMin(m_context.requestTimeoutMs, mentionLookupTimeoutMs);
    std::unique_ptr<QThread> thread(QThread::create([&dids, handles, endpoint, timeoutMs] {
        QNetworkAccessManager network;
        for (const QString &handle : handles) {
            QUrl url = endpoint;
            url.setQuery(QUrlQuery { { u"handle"_s, handle } });
            std::unique_ptr<QNetworkReply> reply(Http::get(network, url, timeoutMs, {}));
            Http::capAnswer(reply.get());
            QEventLoop loop;
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            if (!reply->isFinished())
                loop.exec();
            const QString did = BlueskyAnswers::resolvedDid(Http::body(reply.get()));
            if (Http::status(reply.get()) == 200 && !did.isEmpty())
                dids.insert(handle, did);
        }
    }));
    thread->start();
    thread->wait();
    return dids;
}

Result<QByteArray> BlueskyAdapter::buildRecord(const PublishRequest &request) const
{
    if (request.media.size() > BlueskyRecord::maxImages)
        return Result<QByteArray>::failure(
            tr("Bluesky takes at most %1 images per post").arg(BlueskyRecord::maxImages));
    QList<BlueskyRecord::Image> images;
    for (const MediaAttachment &media : request.media) {
        QFile file(media.path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<QByteArray>::failure(tr("cannot read the image %1").arg(media.path));
        const QByteArray bytes = file.read(BlueskyRecord::maxImageBytes + 1);
        if (bytes.size() > BlueskyRecord::maxImageBytes)
            return Result<QByteArray>::failure(
                tr("the image %1 is larger than Bluesky's 2,000,000 bytes").arg(media.path));
        // By content, as the PDS decides it: the record must name the type the PDS stores.
        const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(media.path, bytes).name();
        if (!mime.startsWith(u"image/"))
            return Result<QByteArray>::failure(tr("%1 is not an image (%2)").arg(media.path, mime));
        images.append({ BlueskyRecord::blobCid(bytes), mime, bytes.size(), media.altText });
    }
    return BlueskyRecord::build(request.text, QDateTime::currentDateTimeUtc(), resolveMentions(request.text), images);
}

QByteArray BlueskyAdapter::preparePayload(const PublishRequest &request) const
{
    const Result<QByteArray> record = buildRecord(request);
    return record ? record.value() : QByteArray(); // publish() refuses an empty payload and says why
}

void BlueskyAdapter::publish(const PublishRequest &request, std::function<void(PublishOutcome)> done)
{
    if (request.payload.isEmpty()) {
        const Result<QByteArray> record = buildRecord(request);
        done(PublishOutcome::rejected(record ? tr("the record was not prepared") : record.error(), 0));
        return;
    }
    ensureSession([this, request, done](const std::optional<PublishOutcome> &failure) {
        if (failure) {
            done(*failure);
            return;
        }
        uploadImages(request, 0, false, done);
    });
}

// Each image is uploaded before the record. Its blob CID depends only on its bytes, so the committed
// record already names it, and uploading the same bytes again (on a retry) gives the same reference.
void BlueskyAdapter::uploadImages(const PublishRequest &request, int next, bool refreshed,
                                  std::function<void(PublishOutcome)> done)
{
    const QList<BlueskyRecord::Image> images = BlueskyRecord::images(request.payload);
    if (next >= images.size()) {
        putRecord(request, false, std::move(done));
        return;
    }
    const BlueskyRecord::Image expected = images.at(next);
    QFile file(next < request.media.size() ? request.media.at(next).path : QString());
    const QByteArray bytes
        = file.open(QIODevice::ReadOnly) ? file.read(BlueskyRecord::maxImageBytes + 1) : QByteArray();
    if (BlueskyRecord::blobCid(bytes) != expected.cid) {
        done(PublishOutcome::rejected(
            tr("the image %1 is missing or changed since the post was prepared").arg(file.fileName()), 0));
        return;
    }
    QNetworkRequest http
        = Http::request(xrpc(u"com.atproto.repo.uploadBlob"_s), m_context.requestTimeoutMs, m_accessJwt);
    http.setHeader(QNetworkRequest::ContentTypeHeader, expected.mimeType);
    Http::whenFinished(m_context.network->post(http, bytes), this,
                 [this, request, next, refreshed, done, expected](QNetworkReply *finished) {
                     const QByteArray body = Http::body(finished);
                     const int code = Http::status(finished);
                     if ((code == 401 || BlueskyAnswers::xrpcError(body) == u"ExpiredToken") && !refreshed) {
                         m_accessJwt.clear();
                         ensureSession([this, request, next, done](const std::optional<PublishOutcome> &failure) {
                             if (failure)
                                 done(*failure);
                             else
                                 uploadImages(request, next, true, done);
                         });
                         return;
                     }
                     if (code != 200) {
                         done(beforeSending(Http::failedSend(finished, body, QDateTime::currentDateTimeUtc()),
                                            tr("image upload failed: %1")));
                         return;
                     }
                     const BlueskyAnswers::Blob blob = BlueskyAnswers::uploadedBlob(body);
                     if (blob.cid != expected.cid || blob.mimeType != expected.mimeType) {
                         done(PublishOutcome::rejected(
                             tr("the server stored the image as %1 (%2), not as the post "
                                "names it (%3, %4)")
                                 .arg(Http::oneShortLine(blob.cid), Http::oneShortLine(blob.mimeType), expected.cid,
                                      expected.mimeType),
                             code));
                         return;
                     }
                     uploadImages(request, next + 1, refreshed, done);
                 });
}

void BlueskyAdapter::putRecord(const PublishRequest &request, bool refreshed, std::function<void(PublishOutcome)> done)
{
    const QByteArray body = BlueskyRecord::putRecordBody(m_did, request.publicationKey, request.payload);
    QNetworkReply *reply = Http::postOnce(
        *m_context.network, jsonRequest(xrpc(u"com.atproto.repo.putRecord"_s), m_context.requestTimeoutMs, m_accessJwt),
        body);
    Http::whenFinished(reply, this, [this, request, refreshed, done](QNetworkReply *finished) {
        const QByteArray answer = Http::body(finished);
        const int code = Http::status(finished);
        const QString error = BlueskyAnswers::xrpcError(answer);
        if (code == 200 && finished->error() == QNetworkReply::NoError) {
            const QString uri = BlueskyAnswers::recordUri(answer);
            if (uri.isEmpty())
                done(PublishOutcome::unknown(tr("the server answered HTTP 200 without the record's uri"), code));
            else
                done(PublishOutcome::published(uri, postUrl(request.publicationKey), code));
            return;
        }
        // Refused before anything was written: sign in again and send the same bytes once more.
        if ((code == 401 || error == u"ExpiredToken") && !refreshed) {
            m_accessJwt.clear();
            ensureSession([this, request, done](const std::optional<PublishOutcome> &failure) {
                if (failure)
                    done(*failure);
                else
                    putRecord(request, true, done);
            });
            return;
        }
        // A record with our key but other bytes: our bytes never change, so ask what is there.
        if (error == u"InvalidSwap") {
            done(PublishOutcome::unknown(tr("a record with this key already exists (InvalidSwap)"), code));
            return;
        }
        done(Http::failedSend(finished, answer, QDateTime::currentDateTimeUtc()));
    });
}

void BlueskyAdapter::verify(const PublishRequest &request, std::function<void(VerifyOutcome)> done)
{
    const auto lookup = [this, request, done] {
        QUrl url = xrpc(u"com.atproto.repo.getRecord"_s);
        url.setQuery(QUrlQuery { { u"repo"_s, m_did },
                                 { u"collection"_s, QString::fromLatin1(BlueskyRecord::collection) },
                                 { u"rkey"_s, request.publicationKey } });
        Http::whenFinished(Http::get(*m_context.network, url, m_context.requestTimeoutMs, {}), this,
                     [this, request, done](QNetworkReply *finished) {
                         const QByteArray body = Http::body(finished);
                         const int code = Http::status(finished);
                         const QString uri = BlueskyAnswers::recordUri(body);
                         if (code == 200 && finished->error() == QNetworkReply::NoError && !uri.isEmpty()) {
                             done({ VerifyOutcome::Kind::Found, uri, postUrl(request.publicationKey), {}, code });
                         } else if (code == 400 && BlueskyAnswers::xrpcError(body) == u"RecordNotFound") {
                             done({ VerifyOutcome::Kind::Absent, {}, {}, tr("no record with this key"), code });
                         } else {
                             done(Http::failedLookup(finished, body));
                         }
                     });
    };
    if (!m_did.isEmpty()) {
        lookup();
        return;
    }
    // No DID known (an account added before it was stored): the session tells it.
    ensureSession([lookup, done](const std::optional<PublishOutcome> &failure) {
        if (failure)
            done({ VerifyOutcome::Kind::CannotTell, {}, {}, failure->reason, failure->httpStatus });
        else
            lookup();
    });
}
