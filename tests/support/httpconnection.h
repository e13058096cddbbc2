#pragma once

#include "httpmessage.h"

#include <QObject>

class QTcpSocket;
class QTimer;

// One accepted TCP connection of the fake server: cuts the byte stream into requests, answers them
// one at a time (keep-alive, pipelined requests wait their turn), and can break the exchange in
// the ways real servers and proxies do. Deletes itself once the socket is gone.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    void respond(const HttpResponse &response);
    void respondLate(const HttpResponse &response, int delayMilliseconds);
    void respondTrickling(const HttpResponse &response, int bytesPerTick, int tickMilliseconds);
    // Full Content-Length announced, half the body sent, then a TCP reset.
    void respondTruncatedThenReset(const HttpResponse &response);
    void closeWithoutAnswer();
    // Closes now if no request is being answered, else right after its answer.
    void closeWhenIdle();
    void abort();

Q_SIGNALS:
    void requestStarted(const QByteArray &method, const QString &path);
    void requestReceived(const HttpRequest &request);
    void bytesReceived(qint64 count);

private:
    void readIncoming();
    void processBuffered();
    void write(const QByteArray &bytes);
    void finishResponse();
    void trickleNext();
    bool isOpen() const;

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    QTimer *m_trickleTimer = nullptr;
    QByteArray m_trickleRemaining;
    int m_trickleBytesPerTick = 0;
    bool m_startAnnounced = false;
    bool m_busy = false;    // a request is being answered; later ones wait in the parser
    bool m_closeAfterResponse = false;
};
