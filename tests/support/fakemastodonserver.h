#pragma once

#include "hostileanswer.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class FakeMastodonMedia;
class HttpConnection;
class QJsonObject;
class QTcpServer;
struct HttpRequest;
struct HttpResponse;
namespace MastodonApi {
struct StatusDraft;
}

// An in-process Mastodon 4.x server on 127.0.0.1 for the publishing engine's tests. It speaks raw
// HTTP/1.1 over QTcpServer so that a test can break the exchange at the TCP level, and it follows
// the real API contract where it matters for "never twice, never lost": Idempotency-Key with its
// non-atomic check, snowflake ids, pagination, validation, asynchronous media processing.
// One account ("1", @tester); its statuses and idempotency keys survive a listener restart.
class FakeMastodonServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeMastodonServer)

public:
    // Each queued fault hits one POST /api/v1/statuses, in queue order. "Process" faults run the
    // request as usual (authentication, idempotency, validation) and break only the answer, the
    // way a proxy or a dying connection does after the backend has committed.
    // Beware: QNetworkAccessManager resends a request once, on a new connection, when a
    // connection closes before any byte of answer (CloseBeforeReading, ProcessThenClose), so it
    // takes two such faults for the client to see RemoteHostClosedError, and one ProcessThenClose
    // without an honoured Idempotency-Key already publishes twice.
    enum class Fault {
        CloseBeforeReading,          // closed once the request line is in; nothing processed
        ProcessThenClose,            // processed, then closed without a byte of answer
        ProcessThenAnswerLate,       // processed, answered after setLateAnswerDelay()
        ProcessThen502,              // processed, then a proxy's HTML 502 page
        ProcessThen504,              // processed, then a proxy's HTML 504 page
        Unavailable503,              // not processed; Mastodon's JSON 503 with Retry-After
        TooManyRequests429,          // not processed; Retry-After and X-RateLimit-* headers
        TooManyRequests429Bare,      // not processed; neither Retry-After nor X-RateLimit-*
        ResetMidBody,                // processed; headers and half the body, then a TCP reset
        SlowTrickle,                 // processed; setTrickleChunkSize() bytes every 100 ms
        TooManyRequests429ResetOnly, // not processed; what Mastodon's rack-attack really sends:
                                     // X-RateLimit-* headers but no Retry-After
        ProcessThenRestart,          // processed, then the server dies before answering (every
                                     // connection aborted) and is back after setOutageDuration()
        AnswerThenRefuse,            // processed and answered, then the server is down for
                                     // setOutageDuration(): the client's next connection is refused
        ProcessThenForgetKey,        // processed, closed without an answer, and the keys forgotten as
                                     // if Mastodon's 3600 s had passed before the client tries again:
                                     // a blind resend posts twice, only a lookup can prevent it
    };
    Q_ENUM(Fault)

    struct Status
    {
        QString id;
        QString text;
        QDateTime createdAt;
        QString idempotencyKey;    // as received, even when the server ignores it
        QStringList mediaIds;
        QString visibility = QStringLiteral("public");
        QString spoilerText;
        QString language;
    };

    explicit FakeMastodonServer(QObject *parent = nullptr);
    ~FakeMastodonServer() override;

    // 127.0.0.1 only; port 0 picks a free one. After stopListening(), listen(port()) is a restart.
    bool listen(quint16 port = 0);
    // Closes the listener and aborts every open connection: new connections are then refused.
    // Requests already read still complete, so a status can be created whose answer is lost, as
    // when a server dies between its commit and its reply.
    void stopListening();
    quint16 port() const;
    QUrl baseUrl() const;

    void setAccessToken(const QString &token);    // default "test-token"
    void queueStatusFault(Fault fault);
    // For the POSTs of one status text only, taken before the shared queue: a campaign plans each
    // post's faults however its retries interleave with other posts. CloseBeforeReading planned so
    // closes once the request is in (the text picks it), unprocessed: the same for the client.
    void queueStatusFault(const QString &text, Fault fault);
    void setOutageDuration(int milliseconds);     // for ProcessThenRestart and AnswerThenRefuse, default 300
    void setLateAnswerDelay(int milliseconds);    // for ProcessThenAnswerLate, default 3000
    void setTrickleChunkSize(int bytes);          // for SlowTrickle, default 100
    void setHonoursIdempotencyKey(bool honours);  // default true; some compatible servers don't
    void expireIdempotencyKeys();                 // as if Mastodon's 3600 s had passed
    void setMaxCharacters(int max);               // default 500
    void setRetryAfterSeconds(int seconds);       // for 429 and 503, default 1
    // Time between reading a POST /api/v1/statuses and creating the status: the window in which
    // Mastodon's Idempotency-Key check is not atomic. Default 0.
    void setProcessingDelay(int milliseconds);
    // The next answer to `path` (a status post, the statuses list, verify_credentials...) lies in the
    // way given, after the request was carried out as usual unless the lie is a redirect. Redirects
    // point to the same port and path on another host, 127.0.0.2.
    void queueHostileAnswer(const QString &path, HostileAnswer answer);

    QList<Status> statuses() const;    // in creation order, foreign ones included
    int countStatusesWithText(const QString &text) const;
    int statusPostsReceived() const;   // fully read POST /api/v1/statuses, faulted ones included
    int faultsTaken(Fault fault) const; // how often a queued fault of this kind hit a request
    // For transport tests: keep-alive reuse, and requests arriving in several TCP reads.
    int connectionsAccepted() const;
    qint64 bytesReceived() const;
    // A status posted by another client of the same account. It does not emit statusCreated,
    // which means "created through this server's API".
    void addForeignStatus(const QString &text);

Q_SIGNALS:
    void statusCreated(const QString &id, const QString &text);
    // Emitted once a POST /api/v1/statuses is read, before its fault is taken and before it is
    // processed: a slot may still queue a fault for this very request, or stopListening().
    void statusPostReceived(const QString &idempotencyKey);

private:
    using Reply = std::function<void(const HttpResponse &)>;

    void acceptConnections();
    void onRequestStarted(HttpConnection *connection, const QByteArray &method, const QString &path);
    void onRequestReceived(HttpConnection *connection, const HttpRequest &request);

    HttpResponse route(const HttpRequest &request);
    void handleStatusPost(HttpConnection *connection, const HttpRequest &request);
    void processStatusPost(const HttpRequest &request, const Reply &reply);
    std::optional<Fault> takeFault(const HttpRequest &request);
    void deliver(HttpConnection *connection, const HttpResponse &response, std::optional<Fault> fault);
    // Down for the outage duration: new connections refused, open ones aborted (a crash) or closed
    // once their answer is out (an orderly stop), then back on the same port.
    void beginOutage(bool crash);
    HttpResponse refusal(Fault fault);
    std::optional<HostileAnswer> takeHostileAnswer(const QString &path);

    HttpResponse instance() const;
    HttpResponse verifyCredentials(const HttpRequest &request) const;
    HttpResponse accountStatuses(const HttpRequest &request, const QString &accountId) const;
    HttpResponse uploadMedia(const HttpRequest &request);
    HttpResponse pollMedia(const HttpRequest &request, const QString &mediaId);

    std::optional<HttpResponse> authenticationError(const HttpRequest &request, bool required) const;
    std::optional<QString> validationError(const MastodonApi::StatusDraft &draft) const;
    Status storeStatus(const MastodonApi::StatusDraft &draft, const QString &idempotencyKey);
    QString nextId(const QDateTime &createdAt);

    QJsonObject accountJson() const;
    QJsonObject statusJson(const Status &status) const;
    void addRateLimitHeaders(HttpResponse &response);

    QTcpServer *m_server;
    QString m_accessToken;
    QQueue<Fault> m_faults;
    QHash<QString, QQueue<Fault>> m_faultsByText;
    QMap<Fault, int> m_faultsTaken;
    QHash<QString, QQueue<HostileAnswer>> m_hostileAnswers;
    QList<Status> m_statuses;
    QHash<QString, QString> m_statusIdsByIdempotencyKey;
    std::unique_ptr<FakeMastodonMedia> m_media;
    quint16 m_port = 0;
    qint64 m_lastId = 0;
    int m_lateAnswerDelay = 3000;
    int m_trickleChunkSize = 100;
    int m_outageDuration = 300;
    bool m_honoursIdempotencyKey = true;
    int m_maxCharacters = 500;
    int m_retryAfterSeconds = 1;
    int m_processingDelay = 0;
    int m_statusPostsReceived = 0;
    int m_connectionsAccepted = 0;
    qint64 m_bytesReceived = 0;
    qint64 m_rateLimitWindow = 0;
    int m_requestsInWindow = 0;
};
