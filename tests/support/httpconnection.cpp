#include "httpconnection.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // Bytes may have arrived between accept() and this constructor; readyRead won't repeat them.
    QTimer::singleShot(0, this, &HttpConnection::readIncoming);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!isOpen())
        return;
    HttpResponse answer = response;
    if (m_closeAfterResponse)
        answer.setHeader("Connection"_ba, "close"_ba);
    write(answer.serialize());
    finishResponse();
}

void HttpConnection::respondLate(const HttpResponse &response, int delayMilliseconds)
{
    // The timer dies with this object, so a client that gave up and closed gets nothing late.
    QTimer::singleShot(delayMilliseconds, this, [this, response] { respond(response); });
}

void HttpConnection::respondTrickling(const HttpResponse &response, int bytesPerTick, int tickMilliseconds)
{
    m_trickleRemaining = response.serialize();
    m_trickleBytesPerTick = qMax(1, bytesPerTick);
    if (!m_trickleTimer) {
        m_trickleTimer = new QTimer(this);
        connect(m_trickleTimer, &QTimer::timeout, this, &HttpConnection::trickleNext);
    }
    m_trickleTimer->start(tickMilliseconds);
    trickleNext();
}

void HttpConnection::respondTruncatedThenReset(const HttpResponse &response)
{
    if (!isOpen())
        return;
    const QByteArray message = response.serialize();
    write(message.left(message.size() - response.body.size() / 2));
    // abort() would drop what is still buffered in Qt, so hand it to the kernel first.
    m_socket->flush();
    // A zero linger time turns close() into a RST instead of a FIN, as a crashing peer or a
    // middlebox dropping the flow would produce.
    const linger resetOnClose{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetOnClose, sizeof resetOnClose);
    abort();
}

void HttpConnection::closeWithoutAnswer()
{
    m_socket->close();
    deleteLater();
}

void HttpConnection::closeWhenIdle()
{
    m_closeAfterResponse = true;
    if (!m_busy)
        m_socket->disconnectFromHost();
}

void HttpConnection::abort()
{
    m_socket->abort();
    deleteLater();
}

void HttpConnection::readIncoming()
{
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    m_parser.addData(data);
    Q_EMIT bytesReceived(data.size());
    processBuffered();
}

void HttpConnection::processBuffered()
{
    if (m_busy || !isOpen())
        return;
    const HttpRequestParser::State state = m_parser.state();
    if (state == HttpRequestParser::State::Malformed) {
        m_busy = true;
        m_closeAfterResponse = true;    // the stream can't be resynchronised
        respond(HttpResponse(400, "text/plain"_ba, "Bad Request"_ba));
        return;
    }
    if (!m_startAnnounced) {
        const auto line = m_parser.requestLine();
        if (!line)
            return;
        m_startAnnounced = true;
        Q_EMIT requestStarted(line->first, line->second);
        if (!isOpen())
            return;    // a fault closed the connection on the first bytes
    }
    if (state != HttpRequestParser::State::Complete)
        return;
    m_busy = true;
    m_startAnnounced = false;
    const HttpRequest request = m_parser.takeRequest();
    m_closeAfterResponse = request.wantsClose();
    Q_EMIT requestReceived(request);
}

void HttpConnection::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    if (m_closeAfterResponse) {
        m_socket->disconnectFromHost();    // after the buffered answer has been sent
        return;
    }
    // Queued so that a synchronous answer does not recurse into the next pipelined request.
    QTimer::singleShot(0, this, &HttpConnection::processBuffered);
}

void HttpConnection::trickleNext()
{
    if (!isOpen()) {
        m_trickleTimer->stop();
        return;
    }
    write(m_trickleRemaining.left(m_trickleBytesPerTick));
    m_trickleRemaining.remove(0, m_trickleBytesPerTick);
    if (m_trickleRemaining.isEmpty()) {
        m_trickleTimer->stop();
        finishResponse();
    }
}

bool HttpConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}
