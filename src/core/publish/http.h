#pragma once

#include "publishoutcome.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkRequest>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// What every adapter does the same way with HTTP: building requests, reading answers safely,
// and the meaning of status codes and network errors for a request that must not be repeated blindly.
namespace Http {

constexpr qint64 maxBodyBytes = 4 * 1024 * 1024; // a larger answer is refused, never buffered whole

// http:// only for loopback hosts; https everywhere else.
Status checkEndpoint(const QUrl &url);

// Timeout, user agent, no redirects to other hosts, optional bearer token.
QNetworkRequest request(const QUrl &url, int timeoutMs, const QString &bearerToken = {});

// `base` with `path` appended to its path ("https://host/prefix" + "/api/v1/x").
QUrl join(const QUrl &base, const QString &path);
// A GET with request()'s settings.
QNetworkReply *get(QNetworkAccessManager &network, const QUrl &url, int timeoutMs, const QString &bearerToken);

// Calls `handle` once the reply has finished, then frees the reply. Nothing is called after `context` dies.
// The answer is capped as by capAnswer().
void whenFinished(QNetworkReply *reply, QObject *context, std::function<void(QNetworkReply *)> handle);
// Aborts the reply as soon as its answer is known to be larger than maxBodyBytes (by Content-Length or
// by what has arrived), so that a hostile server cannot make us buffer without end. answerTooLarge()
// then tells failedSend() and failedLookup() why the reply failed.
void capAnswer(QNetworkReply *reply);
bool answerTooLarge(const QNetworkReply *reply);

// POSTs a publication so that it is never sent twice by the network stack itself (see OneShotBody).
QNetworkReply *postOnce(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &body);

// The HTTP status (0 when no answer arrived) and body (capped) of a finished reply.
int status(const QNetworkReply *reply);
QByteArray body(QNetworkReply *reply);
QJsonDocument json(const QByteArray &body);
// The server's own words for an error ("error", "message" or "error_description"), or a short body excerpt,
// as oneShortLine() makes them.
QString serverMessage(const QByteArray &body);
constexpr qsizetype maxMessageLength = 200;
// At most maxMessageLength characters on one line, control characters blanked; empty for HTML.
QString oneShortLine(QString text);

// When the server allows the next request: Retry-After (seconds or HTTP date), X-RateLimit-Reset
// (ISO 8601, Mastodon), RateLimit-Reset (seconds, IETF draft and Bluesky). Null when none says.
QDateTime retryAfter(const QNetworkReply *reply, const QDateTime &now);
QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now);
QDateTime parseRateLimitReset(const QByteArray &value, const QDateTime &now);

// The outcome of a send that did not succeed (any status that is not 2xx, or no answer at all).
PublishOutcome failedSend(QNetworkReply *reply, const QByteArray &body, const QDateTime &now);
// For a lookup that did not succeed: always CannotTell, with a reason.
VerifyOutcome failedLookup(QNetworkReply *reply, const QByteArray &body);

} // namespace Http
