#include "fakeblueskyserver.h"

#include "httpconnection.h"
#include "httpmessage.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {

const QString xrpcPrefix = u"/xrpc/"_s;

HttpResponse json(int code, const QJsonObject &object)
{
    return HttpResponse(code, "application/json; charset=utf-8"_ba,
                        QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse xrpcError(int code, const QString &error, const QString &message)
{
    return json(code, QJsonObject { { u"error"_s, error }, { u"message"_s, message } });
}

// A JWT-shaped token whose exp claim the client reads; nobody checks its signature.
QString token(const QString &scope, int number)
{
    const auto part = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 7200;
    const QByteArray header = part({ { u"alg"_s, u"HS256"_s }, { u"typ"_s, u"at+jwt"_s } });
    const QByteArray payload = part({ { u"scope"_s, scope },
                                      { u"sub"_s, QString::fromLatin1(FakeBlueskyServer::did) },
                                      { u"exp"_s, exp },
                                      { u"jti"_s, number } });
    return QString::fromLatin1(header + '.' + payload + ".c2lnbmF0dXJl");
}

} // namespace

FakeBlueskyServer::FakeBlueskyServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto *connection = new HttpConnection(socket, this);
            connect(connection, &HttpConnection::requestReceived, this,
                    [this, connection](const HttpRequest &request) { onRequest(connection, request); });
        }
    });
}

bool FakeBlueskyServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost);
}

QUrl FakeBlueskyServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->serverPort()));
}

void FakeBlueskyServer::queueHostileAnswer(const QString &method, HostileAnswer answer)
{
    m_hostileAnswers[method].enqueue(answer);
}

void FakeBlueskyServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    const QString method = request.path.startsWith(xrpcPrefix) ? request.path.mid(xrpcPrefix.size()) : QString();
    QQueue<HostileAnswer> &lies = m_hostileAnswers[method];
    const std::optional<HostileAnswer> lie = lies.isEmpty() ? std::nullopt : std::optional(lies.dequeue());
    const bool carryOut = !lie || HostileAnswers::carriedOutFirst(*lie);
    const HttpResponse honest = carryOut ? route(method, request) : HttpResponse();
    connection->respond(lie ? HostileAnswers::make(*lie, honest, m_server->serverPort(), request.path) : honest);
}

HttpResponse FakeBlueskyServer::route(const QString &method, const HttpRequest &request)
{
    if (request.method == "POST" && method == u"com.atproto.server.createSession")
        return createSession(request);
    if (request.method == "POST" && method == u"com.atproto.repo.putRecord")
        return putRecord(request);
    if (request.method == "GET" && method == u"com.atproto.repo.getRecord")
        return getRecord(request);
    return xrpcError(501, u"MethodNotImplemented"_s, u"Method Not Implemented"_s);
}

HttpResponse FakeBlueskyServer::createSession(const HttpRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (body.value(u"password"_s).toString() != QLatin1StringView(password))
        return xrpcError(401, u"AuthenticationRequired"_s, u"Invalid identifier or password"_s);
    ++m_sessions;
    m_accessJwt = token(u"com.atproto.access"_s, m_sessions);
    return json(200,
                QJsonObject { { u"did"_s, QString::fromLatin1(did) },
                              { u"handle"_s, QString::fromLatin1(handle) },
                              { u"accessJwt"_s, m_accessJwt },
                              { u"refreshJwt"_s, token(u"com.atproto.refresh"_s, m_sessions) } });
}

HttpResponse FakeBlueskyServer::putRecord(const HttpRequest &request)
{
    if (!authorized(request))
        return xrpcError(401, u"AuthenticationRequired"_s, u"Authentication Required"_s);
    ++m_putRecords;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString rkey = body.value(u"rkey"_s).toString();
    const QByteArray record = QJsonDocument(body.value(u"record"_s).toObject()).toJson(QJsonDocument::Compact);
    if (rkey.isEmpty() || !body.value(u"record"_s).isObject())
        return xrpcError(400, u"InvalidRequest"_s, u"Input must have the properties rkey and record"_s);
    if (m_records.contains(rkey) && m_records.value(rkey) != record)
        return xrpcError(400, u"InvalidSwap"_s, u"Record was at another cid"_s);
    m_records.insert(rkey, record);
    return json(200, QJsonObject { { u"uri"_s, uri(rkey) }, { u"cid"_s, u"bafyreifakecid"_s } });
}

HttpResponse FakeBlueskyServer::getRecord(const HttpRequest &request) const
{
    const QString rkey = request.query.queryItemValue(u"rkey"_s);
    if (!m_records.contains(rkey))
        return xrpcError(400, u"RecordNotFound"_s, u"Could not locate record"_s);
    return json(200,
                QJsonObject { { u"uri"_s, uri(rkey) },
                              { u"cid"_s, u"bafyreifakecid"_s },
                              { u"value"_s, QJsonDocument::fromJson(m_records.value(rkey)).object() } });
}

bool FakeBlueskyServer::authorized(const HttpRequest &request) const
{
    return !m_accessJwt.isEmpty() && request.header("authorization"_ba) == "Bearer " + m_accessJwt.toLatin1();
}

QString FakeBlueskyServer::uri(const QString &rkey) const
{
    return u"at://%1/app.bsky.feed.post/%2"_s.arg(QString::fromLatin1(did), rkey);
}
