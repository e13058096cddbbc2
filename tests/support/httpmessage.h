#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

// Just enough of HTTP/1.1 (RFC 9112) for what QNetworkAccessManager sends: Content-Length bodies,
// keep-alive, pipelining. Written by hand rather than borrowed so that the fake server keeps
// control of every byte on the wire and can break the exchange wherever a test wants.

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QString path;    // percent-decoded, without the query
    QUrlQuery query;
    HttpHeaders headers;    // names lower-cased, in arrival order
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    QByteArray mediaType() const;    // Content-Type without its parameters, lower-cased
    bool wantsClose() const;
};

struct HttpResponse
{
    int statusCode = 200;
    HttpHeaders headers;
    QByteArray body;

    HttpResponse() = default;
    HttpResponse(int code, const QByteArray &contentType, const QByteArray &payload);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    QByteArray serialize() const;    // status line, headers with Content-Length, body
};

// Accumulates bytes as they come off the socket and cuts them into requests, however the TCP
// reads happen to split them.
class HttpRequestParser
{
public:
    enum class State { Incomplete, Complete, Malformed };

    void addData(const QByteArray &data);
    bool hasData() const;

    // The method and path as soon as the request line is in, before headers or body: lets a
    // fault hit a request that has only started to arrive.
    std::optional<QPair<QByteArray, QString>> requestLine() const;

    State state() const;
    HttpRequest takeRequest();    // only when state() is Complete; keeps the bytes that follow
    qsizetype bufferedSize() const { return m_buffer.size(); }    // bytes not yet taken

private:
    qsizetype headEnd() const;
    std::optional<qsizetype> contentLength() const;

    QByteArray m_buffer;
};

// One field of an application/x-www-form-urlencoded or multipart/form-data body.
struct FormField
{
    QString name;
    QString fileName;    // multipart file parts only
    QByteArray contentType;    // multipart file parts only
    QByteArray data;

    QString text() const { return QString::fromUtf8(data); }
};

using FormFields = QList<FormField>;

FormFields parseUrlEncodedForm(const QByteArray &body);
FormFields parseMultipartForm(const HttpRequest &request);
QString httpDate();    // IMF-fixdate, as the Date header wants it
