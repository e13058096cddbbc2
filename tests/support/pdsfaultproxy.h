#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>

struct HttpRequest;

// A relay on 127.0.0.1 in front of a real Bluesky PDS that breaks the exchange of planned
// com.atproto.repo.putRecord calls the ways networks, proxies and servers do, so that the real
// engine meets them against the real PDS. It cuts each client connection's bytes into whole
// requests (HttpRequestParser) before it forwards them, so that a fault is planned by the text of
// the record a putRecord carries. Everything else passes through untouched.
class PdsFaultProxy : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdsFaultProxy)

public:
    enum class Fault {
        CloseBeforeForwarding,        // the request never reaches the PDS; the connection closes
        DropAnswer,                   // processed; the connection closes as the answer starts
        AnswerLate,                   // processed; the answer held past setLateAnswerDelay()
        Gateway502,                   // processed; the proxy answers with a gateway error page
        Gateway504,
        Unavailable503,               // not forwarded; 503 with Retry-After
        TooManyRequests429,           // not forwarded; Retry-After and RateLimit-* headers
        TooManyRequests429RateLimit,  // not forwarded; RateLimit-* headers only, as the PDS sends them
        TooManyRequests429Bare,       // not forwarded; no header that says when
        ResetMidAnswer,               // processed; half of the answer's first bytes, then a TCP reset
        SlowTrickle,                  // processed; the answer relayed a few bytes every 100 ms
        AnswerThenRefuse,             // processed and answered; then connections are refused for the outage
        DropAnswerThenRestart,        // processed; the answer lost as the server goes down for the outage
    };
    Q_ENUM(Fault)

    explicit PdsFaultProxy(const QUrl &upstream, QObject *parent = nullptr);
    ~PdsFaultProxy() override;

    bool listen();
    QUrl url() const;
    void queueFault(const QString &recordText, Fault fault); // in order, one per putRecord of that text
    void setLateAnswerDelay(int milliseconds);               // default 3000
    void setOutageDuration(int milliseconds);                // default 300
    int putRecordsSeen() const { return m_putRecords; }
    int faultsTaken(Fault fault) const { return m_faultsTaken.value(fault); }

private:
    class Relay;
    friend class Relay;

    void accept();
    std::optional<Fault> takeFault(const HttpRequest &request);
    void beginOutage(bool crash);

    QUrl m_upstream;
    QTcpServer m_server;
    quint16 m_port = 0;
    QHash<QString, QQueue<Fault>> m_faults;
    QMap<Fault, int> m_faultsTaken;
    int m_putRecords = 0;
    int m_lateAnswerDelay = 3000;
    int m_outageDuration = 300;
};
