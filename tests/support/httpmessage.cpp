#include "httpmessage.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Large enough for a video upload at Mastodon's limit, small enough to refuse nonsense.
constexpr qsizetype maxHeadSize = 64 * 1024;
constexpr qsizetype maxBodySize = 128 * 1024 * 1024;

QByteArray reasonPhrase(int code)
{
    switch (code) {
    case 200: return "OK"_ba;
    case 202: return "Accepted"_ba;
    case 206: return "Partial Content"_ba;
    case 400: return "Bad Request"_ba;
    case 401: return "Unauthorized"_ba;
    case 404: return "Not Found"_ba;
    case 422: return "Unprocessable Entity"_ba;
    case 429: return "Too Many Requests"_ba;
    case 500: return "Internal Server Error"_ba;
    case 502: return "Bad Gateway"_ba;
    case 503: return "Service Unavailable"_ba;
    case 504: return "Gateway Timeout"_ba;
    default: return "Unknown"_ba;
    }
}

HttpHeaders parseHeaderLines(const QByteArray &block)
{
    HttpHeaders headers;
    for (const QByteArray &line : block.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        const qsizetype colon = trimmed.indexOf(':');
        if (colon > 0)
            headers.append({trimmed.left(colon).trimmed().toLower(), trimmed.mid(colon + 1).trimmed()});
    }
    return headers;
}

QByteArray headerValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Extracts a parameter such as boundary= or name= from a header value; `name` must not match
// inside `filename`, hence the anchoring on the separator.
QByteArray headerParameter(const QByteArray &value, const QString &parameter)
{
    const QRegularExpression pattern(u"(?:^|;)\\s*"_s + parameter + u"=(\"([^\"]*)\"|[^;\\s]*)"_s,
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(value));
    if (!match.hasMatch())
        return {};
    return (match.capturedLength(2) > 0 ? match.captured(2) : match.captured(1)).toUtf8();
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    return headerValue(headers, lowerCaseName);
}

QByteArray HttpRequest::mediaType() const
{
    return header("content-type"_ba).split(';').constFirst().trimmed().toLower();
}

bool HttpRequest::wantsClose() const
{
    return header("connection"_ba).toLower().contains("close");
}

HttpResponse::HttpResponse(int code, const QByteArray &contentType, const QByteArray &payload)
    : statusCode(code)
    , headers{{"Content-Type"_ba, contentType}}
    , body(payload)
{
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

QByteArray HttpResponse::serialize() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(statusCode) + ' ' + reasonPhrase(statusCode) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    return out + body;
}

void HttpRequestParser::addData(const QByteArray &data)
{
    m_buffer += data;
}

bool HttpRequestParser::hasData() const
{
    return !m_buffer.isEmpty();
}

std::optional<QPair<QByteArray, QString>> HttpRequestParser::requestLine() const
{
    const qsizetype lineEnd = m_buffer.indexOf("\r\n");
    if (lineEnd < 0)
        return std::nullopt;
    const QList<QByteArray> parts = m_buffer.left(lineEnd).split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    const QUrl target(QString::fromUtf8(parts.at(1)));
    return QPair<QByteArray, QString>{parts.at(0), target.path(QUrl::FullyDecoded)};
}

qsizetype HttpRequestParser::headEnd() const
{
    return m_buffer.indexOf("\r\n\r\n");
}

std::optional<qsizetype> HttpRequestParser::contentLength() const
{
    const HttpHeaders headers = parseHeaderLines(m_buffer.left(headEnd()));
    if (!headerValue(headers, "transfer-encoding"_ba).isEmpty())
        return std::nullopt;    // chunked request bodies: QNetworkAccessManager never sends them
    const QByteArray value = headerValue(headers, "content-length"_ba);
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const qsizetype length = value.toLongLong(&ok);
    if (!ok || length < 0 || length > maxBodySize)
        return std::nullopt;
    return length;
}

HttpRequestParser::State HttpRequestParser::state() const
{
    if (m_buffer.contains("\r\n") && !requestLine())
        return State::Malformed;
    const qsizetype end = headEnd();
    if (end < 0)
        return m_buffer.size() > maxHeadSize ? State::Malformed : State::Incomplete;
    const std::optional<qsizetype> length = contentLength();
    if (!length)
        return State::Malformed;
    return m_buffer.size() >= end + 4 + *length ? State::Complete : State::Incomplete;
}

HttpRequest HttpRequestParser::takeRequest()
{
    const qsizetype end = headEnd();
    const qsizetype length = contentLength().value_or(0);
    const qsizetype lineEnd = m_buffer.indexOf("\r\n");
    const QList<QByteArray> line = m_buffer.left(lineEnd).split(' ');
    const QUrl target(QString::fromUtf8(line.at(1)));

    HttpRequest request;
    request.method = line.at(0);
    request.path = target.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
    request.headers = parseHeaderLines(m_buffer.mid(lineEnd + 2, end - lineEnd - 2));
    request.body = m_buffer.mid(end + 4, length);
    m_buffer.remove(0, end + 4 + length);
    return request;
}

FormFields parseUrlEncodedForm(const QByteArray &body)
{
    FormFields fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        // '+' means space in this encoding only, so it is replaced before percent-decoding.
        auto decode = [](QByteArray raw) { return QByteArray::fromPercentEncoding(raw.replace('+', ' ')); };
        FormField field;
        field.name = QString::fromUtf8(decode(equals < 0 ? pair : pair.left(equals)));
        field.data = equals < 0 ? QByteArray() : decode(pair.mid(equals + 1));
        fields.append(field);
    }
    return fields;
}

FormFields parseMultipartForm(const HttpRequest &request)
{
    const QByteArray boundary = headerParameter(request.header("content-type"_ba), u"boundary"_s);
    if (boundary.isEmpty())
        return {};
    const QByteArray delimiter = "--" + boundary;
    const QByteArray partEnd = "\r\n" + delimiter;
    const QByteArray &body = request.body;
    FormFields fields;
    qsizetype position = body.indexOf(delimiter);
    while (position >= 0) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            break;    // the closing delimiter
        const qsizetype partStart = position + 2;
        const qsizetype dataStart = body.indexOf("\r\n\r\n", partStart);
        const qsizetype next = dataStart < 0 ? -1 : body.indexOf(partEnd, dataStart + 4);
        if (next < 0)
            break;
        const HttpHeaders partHeaders = parseHeaderLines(body.mid(partStart, dataStart - partStart));
        const QByteArray disposition = headerValue(partHeaders, "content-disposition"_ba);
        FormField field;
        field.name = QString::fromUtf8(headerParameter(disposition, u"name"_s));
        field.fileName = QString::fromUtf8(headerParameter(disposition, u"filename"_s));
        field.contentType = headerValue(partHeaders, "content-type"_ba).toLower();
        field.data = body.mid(dataStart + 4, next - dataStart - 4);
        fields.append(field);
        position = next + 2;
    }
    return fields;
}

QString httpDate()
{
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
}
