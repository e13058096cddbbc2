#include "http.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include "oneshotbody.h"

using namespace Qt::StringLiterals;

namespace Http {

namespace {
// Gives Text::tr() the context "Http", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Http)
};

constexpr auto tooLargeProperty = "postscheduler_answerTooLarge";

QString tooLargeReason()
{
    return Text::tr("the server's answer was larger than %1 MiB, so it was not read").arg(maxBodyBytes / (1024 * 1024));
}

QString tlsRefusal(const QNetworkReply *reply)
{
    return Text::tr("the server's TLS certificate was refused (%1); check the address or the server's certificate")
        .arg(reply->errorString());
}
} // namespace

Status checkEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Status::failure(Text::tr("\"%1\" is not a valid URL.").arg(url.toString()));
    if (url.scheme() == u"https")
        return {};
    const QHostAddress address(url.host());
    const bool loopback = url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
    if (url.scheme() == u"http" && loopback)
        return {};
    return Status::failure(Text::tr("%1 must use https:// (http:// is accepted only for this computer, such as "
                              "http://127.0.0.1).")
                               .arg(url.toString()));
}

QNetworkRequest request(const QUrl &url, int timeoutMs, const QString &bearerToken)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString(u"postscheduler/"_s + QCoreApplication::applicationVersion()));
    // A redirect must never carry credentials to another host; our APIs do not redirect.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
    return request;
}

QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    return url;
}

QNetworkReply *get(QNetworkAccessManager &network, const QUrl &url, int timeoutMs, const QString &bearerToken)
{
    return network.get(request(url, timeoutMs, bearerToken));
}

void whenFinished(QNetworkReply *reply, QObject *context, std::function<void(QNetworkReply *)> handle)
{
    capAnswer(reply);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, handle = std::move(handle)] {
        reply->deleteLater();
        handle(reply);
    });
}

void capAnswer(QNetworkReply *reply)
{
    const auto check = [reply] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if ((announced <= maxBodyBytes && reply->bytesAvailable() <= maxBodyBytes) || answerTooLarge(reply))
            return;
        reply->setProperty(tooLargeProperty, true);
        reply->abort(); // finishes the reply at once, with OperationCanceledError
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, check);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, check);
}

bool answerTooLarge(const QNetworkReply *reply)
{
    return reply->property(tooLargeProperty).toBool();
}

QNetworkReply *postOnce(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &body)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    auto *device = new OneShotBody(body);
    QNetworkReply *reply = network.post(request, device);
    device->setParent(reply);
    return reply;
}

int status(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QByteArray body(QNetworkReply *reply)
{
    return reply->isOpen() ? reply->read(maxBodyBytes) : QByteArray();
}

QJsonDocument json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body);
}

QString serverMessage(const QByteArray &body)
{
    const QJsonObject object = json(body).object();
    QString said;
    for (const char *field : {"error_description", "message", "error"}) {
        said = object.value(QLatin1StringView(field)).toString();
        if (!said.isEmpty())
            break;
    }
    if (said.isEmpty())
        said = QString::fromUtf8(body.left(maxMessageLength * 4));
    return oneShortLine(said);
}

// A server's words end up in the attempt log and on the terminal: one short line of text, never control
// characters (a hostile server could otherwise send terminal escape sequences) and never an HTML page,
// which says nothing useful.
QString oneShortLine(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    text = text.simplified();
    if (text.size() > maxMessageLength)
        text.truncate(maxMessageLength - (text.at(maxMessageLength - 1).isHighSurrogate() ? 1 : 0));
    return text.startsWith(u'<') ? QString() : text;
}

QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    bool isNumber = false;
    const qint64 seconds = value.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? now.addSecs(qMin<qint64>(seconds, 24 * 3600)) : QDateTime();
    // An HTTP date (RFC 9110 IMF-fixdate) is UTC; read its parts so that no local time is involved.
    static const QRegularExpression httpDate(uR"(^[A-Za-z]{3}, (\d{2} [A-Za-z]{3} \d{4}) (\d{2}:\d{2}:\d{2}) GMT$)"_s);
    const QRegularExpressionMatch match = httpDate.match(QString::fromLatin1(value.trimmed()));
    const QDate date = QLocale::c().toDate(match.captured(1), u"dd MMM yyyy"_s);
    const QTime time = QTime::fromString(match.captured(2), u"HH:mm:ss"_s);
    return match.hasMatch() && date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

QDateTime parseRateLimitReset(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    bool isNumber = false;
    const qint64 number = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        // Small numbers are seconds from now (IETF draft); large ones are a Unix time (Bluesky's RateLimit-Reset).
        if (number < 0)
            return {};
        return number > 1'000'000'000 ? QDateTime::fromSecsSinceEpoch(number, Qt::UTC) : now.addSecs(number);
    }
    const QDateTime iso = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::ISODateWithMs);
    return iso.isValid() ? iso.toUTC() : QDateTime();
}

QDateTime retryAfter(const QNetworkReply *reply, const QDateTime &now)
{
    QDateTime when;
    if (reply->hasRawHeader("Retry-After"))
        when = parseRetryAfter(reply->rawHeader("Retry-After"), now);
    if (!when.isValid() && reply->hasRawHeader("X-RateLimit-Reset"))
        when = parseRateLimitReset(reply->rawHeader("X-RateLimit-Reset"), now);
    if (!when.isValid() && reply->hasRawHeader("RateLimit-Reset"))
        when = parseRateLimitReset(reply->rawHeader("RateLimit-Reset"), now);
    // A reset in the past, or absurdly far away, is a clock problem on one side: fall back to backoff.
    if (when.isValid() && (when < now || when > now.addDays(1)))
        return {};
    return when;
}

PublishOutcome failedSend(QNetworkReply *reply, const QByteArray &body, const QDateTime &now)
{
    const int code = status(reply);
    const QString said = serverMessage(body);
    if (answerTooLarge(reply)) // the server did answer, so the request arrived: it may have been carried out
        return PublishOutcome::unknown(tooLargeReason(), code);
    if (code == 0) {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            // Nothing reached the server.
            return PublishOutcome::notExecuted(Text::tr("could not connect: %1").arg(reply->errorString()), 0);
        case QNetworkReply::SslHandshakeFailedError:
            return PublishOutcome::rejected(tlsRefusal(reply), 0);
        case QNetworkReply::ContentReSendError: // see OneShotBody: the request went out, the answer did not come
            return PublishOutcome::unknown(Text::tr("the connection closed before the server answered"), 0);
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            return PublishOutcome::unknown(Text::tr("no answer within the request timeout"), 0);
        default:
            return PublishOutcome::unknown(Text::tr("the connection failed: %1").arg(reply->errorString()), 0);
        }
    }
    if (code >= 200 && code < 300) // the answer began but was cut off: it may well have been carried out
        return PublishOutcome::unknown(Text::tr("the answer was cut off: %1").arg(reply->errorString()), code);
    if (code == 429 || code == 503) {
        return PublishOutcome::notExecuted(code == 429 ? Text::tr("rate-limited by the server (HTTP 429)")
                                                       : Text::tr("the server is unavailable (HTTP 503)"),
                                           code, retryAfter(reply, now));
    }
    if (code == 408)
        return PublishOutcome::notExecuted(Text::tr("the server timed out reading the request (HTTP 408)"), code);
    if (code >= 500)
        return PublishOutcome::unknown(Text::tr("server error (HTTP %1)%2").arg(code).arg(said.isEmpty() ? QString() : u": "_s + said),
                                       code);
    if (code == 401 || code == 403)
        return PublishOutcome::rejected(
            Text::tr("the server refused the credentials (HTTP %1%2); reconnect the account")
                .arg(code)
                .arg(said.isEmpty() ? QString() : u": "_s + said),
            code);
    if (code >= 300 && code < 400)
        return PublishOutcome::rejected(Text::tr("the server redirected the request (HTTP %1); check the account's address")
                                            .arg(code),
                                        code);
    return PublishOutcome::rejected(said.isEmpty() ? Text::tr("refused (HTTP %1)").arg(code)
                                                   : Text::tr("refused (HTTP %1): %2").arg(code).arg(said),
                                    code);
}

VerifyOutcome failedLookup(QNetworkReply *reply, const QByteArray &body)
{
    const int code = status(reply);
    const QString said = serverMessage(body);
    VerifyOutcome outcome;
    outcome.kind = VerifyOutcome::Kind::CannotTell;
    outcome.httpStatus = code;
    if (code != 0 && !answerTooLarge(reply)) {
        outcome.reason = Text::tr("the lookup failed (HTTP %1)%2").arg(code).arg(said.isEmpty() ? QString() : u": "_s + said);
        return outcome;
    }
    const QString why = answerTooLarge(reply) ? tooLargeReason()
        : reply->error() == QNetworkReply::SslHandshakeFailedError ? tlsRefusal(reply)
                                                                    : reply->errorString();
    outcome.reason = Text::tr("the lookup failed: %1").arg(why);
    return outcome;
}

} // namespace Http
