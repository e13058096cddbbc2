#pragma once

#include "hostileanswer.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <optional>

class HttpConnection;
class QTcpServer;
struct HttpRequest;
struct HttpResponse;

// A small AT Protocol PDS on 127.0.0.1 for the hostile-answer tests: one account, sessions,
// putRecord with swapRecord null (an identical repeat answers the same uri, other bytes InvalidSwap)
// and getRecord. The real PDS (tst_bluesky) is the reference; this fake exists to lie on demand.
class FakeBlueskyServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeBlueskyServer)

public:
    static constexpr auto did = "did:plc:fakeblueskytester";
    static constexpr auto handle = "tester.test";
    static constexpr auto password = "app-password-1";

    explicit FakeBlueskyServer(QObject *parent = nullptr);

    bool listen();
    QUrl baseUrl() const;
    // The next answer to the XRPC `method` ("com.atproto.repo.putRecord") lies as given, after the
    // request was carried out unless the lie is a redirect (to 127.0.0.2 on this port).
    void queueHostileAnswer(const QString &method, HostileAnswer answer);

    int recordCount() const { return int(m_records.size()); }
    int putRecordsReceived() const { return m_putRecords; }

private:
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    HttpResponse route(const QString &method, const HttpRequest &request);
    HttpResponse createSession(const HttpRequest &request);
    HttpResponse putRecord(const HttpRequest &request);
    HttpResponse getRecord(const HttpRequest &request) const;
    bool authorized(const HttpRequest &request) const;
    QString uri(const QString &rkey) const;

    QTcpServer *m_server;
    QHash<QString, QByteArray> m_records; // rkey -> the record's JSON, compact
    QHash<QString, QQueue<HostileAnswer>> m_hostileAnswers;
    QString m_accessJwt;
    int m_sessions = 0;
    int m_putRecords = 0;
};
