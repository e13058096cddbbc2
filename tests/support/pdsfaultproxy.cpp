#include "pdsfaultproxy.h"

#include "httpmessage.h"
#include "mastodonapi.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {
const QString putRecordPath = u"/xrpc/com.atproto.repo.putRecord"_s;
constexpr int trickleBytes = 32;
constexpr int trickleIntervalMs = 100;

bool isRefusal(PdsFaultProxy::Fault fault)
{
    using Fault = PdsFaultProxy::Fault;
    return fault == Fault::Unavailable503 || fault == Fault::TooManyRequests429
        || fault == Fault::TooManyRequests429RateLimit || fault == Fault::TooManyRequests429Bare;
}

// What a PDS or the rate limiter in front of it answers when it does not take the request.
QByteArray refusal(PdsFaultProxy::Fault fault)
{
    if (fault == PdsFaultProxy::Fault::Unavailable503) {
        HttpResponse response(503, "application/json"_ba,
                              R"({"error":"ServiceUnavailable","message":"try again later"})"_ba);
        response.setHeader("Retry-After"_ba, "1"_ba);
        return response.serialize();
    }
    HttpResponse response(429, "application/json"_ba, R"({"error":"RateLimitExceeded","message":"Rate Limit Exceeded"})"_ba);
    if (fault == PdsFaultProxy::Fault::TooManyRequests429Bare)
        return response.serialize();
    response.setHeader("RateLimit-Limit"_ba, "3000"_ba);
    response.setHeader("RateLimit-Remaining"_ba, "0"_ba);
    response.setHeader("RateLimit-Reset"_ba, QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1));
    response.setHeader("RateLimit-Policy"_ba, "3000;w=300"_ba);
    if (fault == PdsFaultProxy::Fault::TooManyRequests429)
        response.setHeader("Retry-After"_ba, "1"_ba);
    return response.serialize();
}
} // namespace

// One client connection and its own upstream connection. Requests are forwarded whole and one at a
// time (QNetworkAccessManager does not pipeline), so the upstream bytes that follow a request are
// its answer, and the fault taken for the request decides what happens to them.
class PdsFaultProxy::Relay : public QObject
{
public:
    Relay(QTcpSocket *client, PdsFaultProxy &proxy)
        : QObject(&proxy)
        , m_proxy(proxy)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, &Relay::readRequests);
        connect(m_client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        connect(m_upstream, &QTcpSocket::readyRead, this, &Relay::relayAnswer);
        // Not through `this`: the upstream socket also says "disconnected" while the relay is being
        // destroyed (it is deleted as the relay's child), when the relay's members are gone (UBSan).
        connect(m_upstream, &QTcpSocket::disconnected, m_client, [client = m_client] { client->disconnectFromHost(); });
        m_upstream->connectToHost(proxy.m_upstream.host(), quint16(proxy.m_upstream.port()));
        QTimer::singleShot(0, this, &Relay::readRequests); // bytes that came with the connection
    }

    void closeWhenIdle()
    {
        m_closeAfterAnswer = true;
        if (!m_awaitingAnswer)
            m_client->disconnectFromHost();
    }

    void abortBoth()
    {
        m_upstream->abort();
        m_client->abort();
    }

private:
    void readRequests()
    {
        const QByteArray data = m_client->readAll();
        m_raw += data;
        m_parser.addData(data);
        while (m_parser.state() == HttpRequestParser::State::Complete) {
            const HttpRequest request = m_parser.takeRequest();
            const qsizetype length = m_raw.size() - m_parser.bufferedSize();
            const QByteArray bytes = m_raw.left(length);
            m_raw.remove(0, length);
            forward(request, bytes);
        }
        if (m_parser.state() == HttpRequestParser::State::Malformed)
            abortBoth();
    }

    void forward(const HttpRequest &request, const QByteArray &bytes)
    {
        m_fault = m_proxy.takeFault(request);
        if (m_fault == Fault::CloseBeforeForwarding) {
            abortBoth();
            return;
        }
        if (m_fault && isRefusal(*m_fault)) {
            m_client->write(refusal(*m_fault));
            return;
        }
        m_awaitingAnswer = true;
        m_upstream->write(bytes);
    }

    void relayAnswer()
    {
        const QByteArray data = m_upstream->readAll();
        m_awaitingAnswer = false;
        if (m_fault && breakAnswer(*m_fault, data))
            return;
        m_client->write(data);
        if (m_closeAfterAnswer)
            m_client->disconnectFromHost();
    }

    // True when the fault took the answer over.
    bool breakAnswer(Fault fault, const QByteArray &data)
    {
        switch (fault) {
        case Fault::DropAnswer:
            abortBoth();
            return true;
        case Fault::DropAnswerThenRestart:
            m_proxy.beginOutage(true);
            return true;
        case Fault::AnswerLate:
            QTimer::singleShot(m_proxy.m_lateAnswerDelay, m_client, [this, data] { m_client->write(data); });
            return true;
        case Fault::Gateway502:
        case Fault::Gateway504: {
            // nginx's page, as in front of Mastodon: the proxy lost its upstream after forwarding.
            HttpResponse page = MastodonApi::gatewayErrorPage(fault == Fault::Gateway502 ? 502 : 504);
            page.setHeader("Connection"_ba, "close"_ba);
            m_client->write(page.serialize());
            m_client->disconnectFromHost();
            m_upstream->abort();
            return true;
        }
        case Fault::ResetMidAnswer:
            resetAfter(data.left(data.size() / 2));
            return true;
        case Fault::SlowTrickle:
            trickle(data);
            return true;
        case Fault::AnswerThenRefuse:
            m_client->write(data);
            m_proxy.beginOutage(false);
            return true;
        case Fault::CloseBeforeForwarding:
        case Fault::Unavailable503:
        case Fault::TooManyRequests429:
        case Fault::TooManyRequests429RateLimit:
        case Fault::TooManyRequests429Bare:
            break; // they act before forwarding and never get this far
        }
        return false;
    }

    void resetAfter(const QByteArray &part)
    {
        m_client->write(part);
        m_client->flush();
        // A zero linger time turns close() into a RST, as a crashing peer or a middlebox produces.
        const linger resetOnClose{1, 0};
        ::setsockopt(int(m_client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetOnClose, sizeof resetOnClose);
        abortBoth();
    }

    void trickle(const QByteArray &data)
    {
        m_trickle += data;
        if (m_trickleTimer)
            return;
        m_trickleTimer = new QTimer(this);
        connect(m_trickleTimer, &QTimer::timeout, this, [this] {
            m_client->write(m_trickle.left(trickleBytes));
            m_trickle.remove(0, trickleBytes);
            if (m_trickle.isEmpty()) {
                m_trickleTimer->deleteLater();
                m_trickleTimer = nullptr;
            }
        });
        m_trickleTimer->start(trickleIntervalMs);
    }

    PdsFaultProxy &m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    HttpRequestParser m_parser;
    QByteArray m_raw;
    std::optional<Fault> m_fault;
    QByteArray m_trickle;
    QTimer *m_trickleTimer = nullptr;
    bool m_awaitingAnswer = false;
    bool m_closeAfterAnswer = false;
};

PdsFaultProxy::PdsFaultProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, &PdsFaultProxy::accept);
}

PdsFaultProxy::~PdsFaultProxy() = default;

bool PdsFaultProxy::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QUrl PdsFaultProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void PdsFaultProxy::queueFault(const QString &recordText, Fault fault)
{
    m_faults[recordText].enqueue(fault);
}

void PdsFaultProxy::setLateAnswerDelay(int milliseconds)
{
    m_lateAnswerDelay = milliseconds;
}

void PdsFaultProxy::setOutageDuration(int milliseconds)
{
    m_outageDuration = milliseconds;
}

void PdsFaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection())
        new Relay(client, *this);
}

std::optional<PdsFaultProxy::Fault> PdsFaultProxy::takeFault(const HttpRequest &request)
{
    if (request.method != "POST" || request.path != putRecordPath)
        return std::nullopt;
    ++m_putRecords;
    const QString text = QJsonDocument::fromJson(request.body)[u"record"_s][u"text"_s].toString();
    const auto planned = m_faults.find(text);
    if (planned == m_faults.end() || planned->isEmpty())
        return std::nullopt;
    const Fault fault = planned->dequeue();
    ++m_faultsTaken[fault];
    return fault;
}

void PdsFaultProxy::beginOutage(bool crash)
{
    m_server.close();
    const auto relays = findChildren<Relay *>(Qt::FindDirectChildrenOnly);
    for (Relay *relay : relays) {
        if (crash)
            relay->abortBoth();
        else
            relay->closeWhenIdle();
    }
    QTimer::singleShot(m_outageDuration, this, [this] { listen(); });
}
