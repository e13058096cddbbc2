#include "fakemastodonserver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Fault = FakeMastodonServer::Fault;
using ReplyPointer = std::unique_ptr<QNetworkReply>;

constexpr int finishTimeoutMilliseconds = 10000;
const QString token = u"test-token"_s;

bool waitForFinished(QNetworkReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(finishTimeoutMilliseconds);
}

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject jsonObject(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QJsonArray jsonArray(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll()).array();
}

QString linkTarget(const QNetworkReply *reply, const QString &relation)
{
    const QRegularExpression pattern(u"<([^>]+)>; rel=\"%1\""_s.arg(relation));
    return pattern.match(QString::fromLatin1(reply->rawHeader("Link"))).captured(1);
}

QDateTime rateLimitReset(const QNetworkReply *reply)
{
    return QDateTime::fromString(QString::fromLatin1(reply->rawHeader("X-RateLimit-Reset")), Qt::ISODateWithMs);
}

QStringList ids(const QJsonArray &statuses)
{
    QStringList result;
    for (const QJsonValue &status : statuses)
        result.append(status[u"id"_s].toString());
    return result;
}

QByteArray rawPost(const QByteArray &body)
{
    return "POST /api/v1/statuses HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer test-token\r\n"
           "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestFakeMastodonServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Endpoints
    void instance();
    void verifyCredentials();
    void wrongOrMissingToken_data();
    void wrongOrMissingToken();
    void changedAccessToken();
    void unknownRoute();
    void everyAnswerIsJsonWithRateLimitHeaders_data();
    void everyAnswerIsJsonWithRateLimitHeaders();
    void rateLimitRemainingCountsDown();
    void postStatus_data();
    void postStatus();
    void statusEntity();
    void idsGrowAsNumbers();
    void signalsAnnounceRequestsAndCreations();
    void content_data();
    void content();
    void validation_data();
    void validation();

    // Idempotency-Key
    void repeatWithSameKeyReturnsOriginal();
    void keyIsNotComparedWithBody();
    void expiredKeyCreatesAgain();
    void ignoredKeyCreatesAgain();
    void keyIsStoredOnlyOnSuccess();
    void overlappingRequestsWithOneKeyBothCreate();

    // Timeline and pagination
    void pagination_data();
    void pagination();
    void pageSizeIsCapped();
    void anonymousSeesOnlyPublicStatuses();
    void unknownAccount();
    void foreignStatusesAreListed();

    // Media
    void imageUpload();
    void videoProcessing();
    void mediaValidation_data();
    void mediaValidation();

    // Transport
    void keepAlive();
    void requestSplitAcrossReads();
    void pipelinedRequests();
    void malformedRequest();
    void restartKeepsState();
    void stopListeningAbortsOpenConnections();

    // Faults
    void closeBeforeReading_data();
    void closeBeforeReading();
    void closeBeforeReadingOnRawSocket();
    void processThenClose_data();
    void processThenClose();
    void processThenAnswerLate();
    void lateAnswerReachesPatientClient();
    void processThenGatewayError_data();
    void processThenGatewayError();
    void unavailable503();
    void tooManyRequests_data();
    void tooManyRequests();
    void resetMidBody();
    void slowTrickle();
    void faultsAreFifoAndOnlyForStatusPosts();
    void plannedFaultsHitOnlyTheirText();
    void processThenRestart();
    void answerThenRefuse();
    void processThenForgetKey();

private:
    QUrl url(const QString &pathAndQuery) const;
    QNetworkRequest request(const QString &pathAndQuery, const QString &bearer = token) const;
    ReplyPointer get(const QString &pathAndQuery, const QString &bearer = token);
    ReplyPointer postStatus(const QJsonObject &body, const QString &idempotencyKey = {});
    ReplyPointer postText(const QString &text, const QString &idempotencyKey = {});
    ReplyPointer uploadMedia(const QByteArray &mimeType, const QString &description = {});
    QString uploadProcessedVideo();

    std::unique_ptr<FakeMastodonServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestFakeMastodonServer::init()
{
    m_server = std::make_unique<FakeMastodonServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TestFakeMastodonServer::cleanup()
{
    m_network.reset();
    m_server.reset();
}

QUrl TestFakeMastodonServer::url(const QString &pathAndQuery) const
{
    return QUrl(m_server->baseUrl().toString() + pathAndQuery);
}

QNetworkRequest TestFakeMastodonServer::request(const QString &pathAndQuery, const QString &bearer) const
{
    QNetworkRequest request(url(pathAndQuery));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    return request;
}

ReplyPointer TestFakeMastodonServer::get(const QString &pathAndQuery, const QString &bearer)
{
    return ReplyPointer(m_network->get(request(pathAndQuery, bearer)));
}

ReplyPointer TestFakeMastodonServer::postStatus(const QJsonObject &body, const QString &idempotencyKey)
{
    QNetworkRequest post = request(u"/api/v1/statuses"_s);
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!idempotencyKey.isEmpty())
        post.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    return ReplyPointer(m_network->post(post, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ReplyPointer TestFakeMastodonServer::postText(const QString &text, const QString &idempotencyKey)
{
    return postStatus(QJsonObject{{u"status"_s, text}}, idempotencyKey);
}

ReplyPointer TestFakeMastodonServer::uploadMedia(const QByteArray &mimeType, const QString &description)
{
    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"file\"; filename=\"upload\""_s);
    file.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(mimeType));
    file.setBody("\x89PNG not really, but the server only trusts the declared type"_ba);
    form->append(file);
    if (!description.isEmpty()) {
        QHttpPart text;
        text.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"description\""_s);
        text.setBody(description.toUtf8());
        form->append(text);
    }
    ReplyPointer reply(m_network->post(request(u"/api/v2/media"_s), form));
    form->setParent(reply.get());
    return reply;
}

// Uploads a video and polls it until processed, as a client must before attaching it.
QString TestFakeMastodonServer::uploadProcessedVideo()
{
    const ReplyPointer upload = uploadMedia("video/mp4"_ba);
    if (!waitForFinished(upload.get()) || httpStatus(upload.get()) != 202)
        return {};
    const QString id = jsonObject(upload.get())[u"id"_s].toString();
    for (int answer = 206; answer == 206;) {
        const ReplyPointer poll = get(u"/api/v1/media/"_s + id);
        if (!waitForFinished(poll.get()))
            return {};
        answer = httpStatus(poll.get());
    }
    return id;
}

// ---------------------------------------------------------------- Endpoints

void TestFakeMastodonServer::instance()
{
    m_server->setMaxCharacters(1000);
    const ReplyPointer reply = get(u"/api/v1/instance"_s, {});    // public: no token needed
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QJsonObject instance = jsonObject(reply.get());
    QCOMPARE(instance[u"uri"_s].toString(), u"127.0.0.1"_s);
    QCOMPARE(instance[u"version"_s].toString(), u"4.2.0"_s);
    const QJsonObject configuration = instance[u"configuration"_s].toObject();
    QCOMPARE(configuration[u"statuses"_s][u"max_characters"_s].toInt(), 1000);
    QCOMPARE(configuration[u"statuses"_s][u"max_media_attachments"_s].toInt(), 4);
    QCOMPARE(configuration[u"statuses"_s][u"characters_reserved_per_url"_s].toInt(), 23);
    const QJsonObject media = configuration[u"media_attachments"_s].toObject();
    QVERIFY(media[u"supported_mime_types"_s].toArray().contains(u"video/mp4"_s));
    QCOMPARE(media[u"image_size_limit"_s].toInt(), 16777216);
    QCOMPARE(media[u"video_size_limit"_s].toInt(), 103809024);
}

void TestFakeMastodonServer::verifyCredentials()
{
    const ReplyPointer reply = get(u"/api/v1/accounts/verify_credentials"_s);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(httpStatus(reply.get()), 200);
    const QJsonObject account = jsonObject(reply.get());
    QCOMPARE(account[u"id"_s].toString(), u"1"_s);
    QCOMPARE(account[u"username"_s].toString(), u"tester"_s);
    QCOMPARE(account[u"acct"_s].toString(), u"tester"_s);
    QCOMPARE(account[u"display_name"_s].toString(), u"Tester"_s);
}

void TestFakeMastodonServer::wrongOrMissingToken_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("bearer");
    QTest::addColumn<QString>("message");
    const QString invalid = u"The access token is invalid"_s;
    QTest::newRow("verify_credentials, wrong") << u"/api/v1/accounts/verify_credentials"_s << u"nope"_s << invalid;
    QTest::newRow("statuses list, wrong") << u"/api/v1/accounts/1/statuses"_s << u"nope"_s << invalid;
    QTest::newRow("media, wrong") << u"/api/v1/media/1"_s << u"nope"_s << invalid;
    QTest::newRow("verify_credentials, missing")
        << u"/api/v1/accounts/verify_credentials"_s << QString() << u"This method requires an authenticated user"_s;
}

void TestFakeMastodonServer::wrongOrMissingToken()
{
    QFETCH(QString, path);
    QFETCH(QString, bearer);
    QFETCH(QString, message);
    const ReplyPointer reply = get(path, bearer);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::AuthenticationRequiredError);
    QCOMPARE(httpStatus(reply.get()), 401);
    QCOMPARE(jsonObject(reply.get())[u"error"_s].toString(), message);
}

void TestFakeMastodonServer::changedAccessToken()
{
    m_server->setAccessToken(u"rotated"_s);
    QNetworkRequest post = request(u"/api/v1/statuses"_s);
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const ReplyPointer rejected(m_network->post(post, R"({"status":"with the old token"})"_ba));
    QVERIFY(waitForFinished(rejected.get()));
    QCOMPARE(httpStatus(rejected.get()), 401);
    QVERIFY(rejected->rawHeader("WWW-Authenticate").contains("invalid_token"));
    QCOMPARE(m_server->statusPostsReceived(), 1);
    QVERIFY(m_server->statuses().isEmpty());

    const ReplyPointer accepted = get(u"/api/v1/accounts/verify_credentials"_s, u"rotated"_s);
    QVERIFY(waitForFinished(accepted.get()));
    QCOMPARE(httpStatus(accepted.get()), 200);
}

void TestFakeMastodonServer::unknownRoute()
{
    const ReplyPointer reply = get(u"/api/v1/nothing/here"_s);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
    QCOMPARE(jsonObject(reply.get()), (QJsonObject{{u"error"_s, u"Record not found"_s}}));
}

void TestFakeMastodonServer::everyAnswerIsJsonWithRateLimitHeaders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("instance") << u"/api/v1/instance"_s << 200;
    QTest::newRow("verify_credentials") << u"/api/v1/accounts/verify_credentials"_s << 200;
    QTest::newRow("statuses list") << u"/api/v1/accounts/1/statuses"_s << 200;
    QTest::newRow("unknown media") << u"/api/v1/media/42"_s << 404;
    QTest::newRow("unknown route") << u"/nowhere"_s << 404;
}

void TestFakeMastodonServer::everyAnswerIsJsonWithRateLimitHeaders()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const ReplyPointer reply = get(path);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(httpStatus(reply.get()), status);
    QCOMPARE(reply->rawHeader("Content-Type"), "application/json; charset=utf-8"_ba);
    QCOMPARE(reply->rawHeader("X-RateLimit-Limit"), "300"_ba);
    bool numeric = false;
    QVERIFY(reply->rawHeader("X-RateLimit-Remaining").toInt(&numeric) < 300);
    QVERIFY(numeric);
    const QDateTime reset = rateLimitReset(reply.get());
    QVERIFY(reset.isValid());
    QVERIFY(reset > QDateTime::currentDateTimeUtc());
    QVERIFY(!reply->rawHeader("Date").isEmpty());
}

void TestFakeMastodonServer::rateLimitRemainingCountsDown()
{
    const ReplyPointer first = get(u"/api/v1/instance"_s);
    QVERIFY(waitForFinished(first.get()));
    const ReplyPointer second = get(u"/api/v1/instance"_s);
    QVERIFY(waitForFinished(second.get()));
    if (first->rawHeader("X-RateLimit-Reset") != second->rawHeader("X-RateLimit-Reset"))
        QSKIP("The five-minute rate-limit window turned over between the two requests");
    QCOMPARE(second->rawHeader("X-RateLimit-Remaining").toInt(), first->rawHeader("X-RateLimit-Remaining").toInt() - 1);
}

void TestFakeMastodonServer::postStatus_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("json") << "application/json"_ba
                          << R"({"status":"Héllo wörld & more+plus","visibility":"unlisted"})"_ba;
    QTest::newRow("form") << "application/x-www-form-urlencoded"_ba
                          << "status=H%C3%A9llo+w%C3%B6rld+%26+more%2Bplus&visibility=unlisted"_ba;
    QTest::newRow("multipart") << "multipart/form-data; boundary=XyZ"_ba
                               << "--XyZ\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\n"
                                  "Héllo wörld & more+plus\r\n--XyZ\r\nContent-Disposition: form-data; "
                                  "name=\"visibility\"\r\n\r\nunlisted\r\n--XyZ--\r\n"_ba;
}

void TestFakeMastodonServer::postStatus()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QNetworkRequest post = request(u"/api/v1/statuses"_s);
    post.setRawHeader("Content-Type", contentType);
    const ReplyPointer reply(m_network->post(post, body));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(httpStatus(reply.get()), 200);
    const QJsonObject status = jsonObject(reply.get());
    QCOMPARE(m_server->statuses().size(), 1);
    QCOMPARE(m_server->statuses().constFirst().text, u"Héllo wörld & more+plus"_s);
    QCOMPARE(m_server->statuses().constFirst().visibility, u"unlisted"_s);
    QCOMPARE(status[u"id"_s].toString(), m_server->statuses().constFirst().id);
    QCOMPARE(status[u"visibility"_s].toString(), u"unlisted"_s);
    QCOMPARE(m_server->countStatusesWithText(u"Héllo wörld & more+plus"_s), 1);
    QCOMPARE(m_server->statusPostsReceived(), 1);
}

void TestFakeMastodonServer::statusEntity()
{
    const ReplyPointer reply = postStatus(QJsonObject{{u"status"_s, u"entity"_s}, {u"language"_s, u"en"_s}});
    QVERIFY(waitForFinished(reply.get()));
    const QJsonObject status = jsonObject(reply.get());
    const QString id = status[u"id"_s].toString();
    const QString base = m_server->baseUrl().toString();
    QVERIFY(QRegularExpression(u"^[0-9]{15,19}$"_s).match(id).hasMatch());
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s)
                .match(status[u"created_at"_s].toString())
                .hasMatch());
    QCOMPARE(QDateTime::fromString(status[u"created_at"_s].toString(), Qt::ISODateWithMs),
             m_server->statuses().constFirst().createdAt);
    QCOMPARE(status[u"content"_s].toString(), u"<p>entity</p>"_s);
    QCOMPARE(status[u"url"_s].toString(), QString(base + u"/@tester/"_s + id));
    QCOMPARE(status[u"uri"_s].toString(), QString(base + u"/users/tester/statuses/"_s + id));
    QCOMPARE(status[u"visibility"_s].toString(), u"public"_s);
    QCOMPARE(status[u"language"_s].toString(), u"en"_s);
    QCOMPARE(status[u"media_attachments"_s].toArray(), QJsonArray());
    QCOMPARE(status[u"account"_s][u"id"_s].toString(), u"1"_s);
    QCOMPARE(status[u"account"_s][u"username"_s].toString(), u"tester"_s);
    QCOMPARE(status[u"account"_s][u"acct"_s].toString(), u"tester"_s);
}

void TestFakeMastodonServer::idsGrowAsNumbers()
{
    QStringList received;
    for (int i = 0; i < 3; ++i) {
        const ReplyPointer reply = postText(u"post %1"_s.arg(i));
        QVERIFY(waitForFinished(reply.get()));
        received.append(jsonObject(reply.get())[u"id"_s].toString());
    }
    QVERIFY(received.at(0).toLongLong() < received.at(1).toLongLong());
    QVERIFY(received.at(1).toLongLong() < received.at(2).toLongLong());
    QCOMPARE(m_server->statuses().constLast().id, received.at(2));    // creation order
}

void TestFakeMastodonServer::signalsAnnounceRequestsAndCreations()
{
    QSignalSpy received(m_server.get(), &FakeMastodonServer::statusPostReceived);
    QSignalSpy created(m_server.get(), &FakeMastodonServer::statusCreated);
    const ReplyPointer reply = postText(u"signalled"_s, u"key-1"_s);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().toString(), u"key-1"_s);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.constFirst().at(0).toString(), m_server->statuses().constFirst().id);
    QCOMPARE(created.constFirst().at(1).toString(), u"signalled"_s);

    m_server->addForeignStatus(u"from another client"_s);
    QCOMPARE(created.size(), 1);
    QCOMPARE(m_server->statuses().size(), 2);
}

void TestFakeMastodonServer::content_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("plain") << u"Hello"_s << u"<p>Hello</p>"_s;
    QTest::newRow("escaped") << u"a < b & \"c\" 'd'"_s << u"<p>a &lt; b &amp; &quot;c&quot; &#39;d&#39;</p>"_s;
    QTest::newRow("line break") << u"one\ntwo"_s << u"<p>one<br />two</p>"_s;
    QTest::newRow("paragraphs") << u"one\n\n\ntwo\nthree"_s << u"<p>one</p><p>two<br />three</p>"_s;
    QTest::newRow("crlf") << u"one\r\n\r\ntwo\r\n"_s << u"<p>one</p><p>two</p>"_s;
    QTest::newRow("link") << u"see https://example.com/a?b=1&c=2."_s
                          << u"<p>see <a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow noopener\" "
                             "target=\"_blank\">https://example.com/a?b=1&amp;c=2</a>.</p>"_s;
}

void TestFakeMastodonServer::content()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    const ReplyPointer reply = postText(text);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(jsonObject(reply.get())[u"content"_s].toString(), html);
    QCOMPARE(m_server->statuses().constFirst().text, text);
}

void TestFakeMastodonServer::validation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString blank = u"Validation failed: Text can't be blank"_s;
    const QString tooLong = u"Validation failed: Text character limit of 500 exceeded"_s;
    const QString url = u"https://example.com/"_s + QString(200, u'p');    // counts as 23
    auto text = [](const QString &status) { return QJsonObject{{u"status"_s, status}}; };

    QTest::newRow("empty") << text({}) << 422 << blank;
    QTest::newRow("blank") << text(u" \n\t"_s) << 422 << blank;
    QTest::newRow("500 characters") << text(QString(500, u'x')) << 200 << QString();
    QTest::newRow("501 characters") << text(QString(501, u'x')) << 422 << tooLong;
    QTest::newRow("long URL fits") << text(QString(476, u'x') + u' ' + url) << 200 << QString();
    QTest::newRow("long URL, one more") << text(QString(477, u'x') + u' ' + url) << 422 << tooLong;
    QTest::newRow("graphemes") << text(u"👍🏽"_s.repeated(250) + u"🇫🇷"_s.repeated(250)) << 200 << QString();
    QTest::newRow("graphemes, one more") << text(u"👍🏽"_s.repeated(501)) << 422 << tooLong;
    QTest::newRow("remote mention counts as local")
        << text(u"@someone@a.very.long.domain.example "_s + QString(491, u'x')) << 200 << QString();
    QTest::newRow("spoiler text counts")
        << QJsonObject{{u"status"_s, QString(491, u'x')}, {u"spoiler_text"_s, u"ten chars!"_s}} << 422 << tooLong;
    QTest::newRow("visibility") << QJsonObject{{u"status"_s, u"x"_s}, {u"visibility"_s, u"loud"_s}} << 422
                                << u"'loud' is not a valid visibility"_s;
    QTest::newRow("unknown media") << QJsonObject{{u"status"_s, u"x"_s}, {u"media_ids"_s, QJsonArray{u"123"_s}}}
                                   << 422 << u"Media 123 not found or already attached to another post"_s;
}

void TestFakeMastodonServer::validation()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const ReplyPointer reply = postStatus(body);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(httpStatus(reply.get()), status);
    QCOMPARE(jsonObject(reply.get())[u"error"_s].toString(), error);
    QCOMPARE(m_server->statuses().size(), status == 200 ? 1 : 0);
}

// ---------------------------------------------------------------- Idempotency-Key

void TestFakeMastodonServer::repeatWithSameKeyReturnsOriginal()
{
    const ReplyPointer first = postText(u"once"_s, u"key-A"_s);
    QVERIFY(waitForFinished(first.get()));
    const ReplyPointer repeat = postText(u"once"_s, u"key-A"_s);
    QVERIFY(waitForFinished(repeat.get()));
    QCOMPARE(httpStatus(repeat.get()), 200);
    QCOMPARE(jsonObject(repeat.get())[u"id"_s], jsonObject(first.get())[u"id"_s]);
    QCOMPARE(m_server->statuses().size(), 1);
    QCOMPARE(m_server->statuses().constFirst().idempotencyKey, u"key-A"_s);
    QCOMPARE(m_server->statusPostsReceived(), 2);

    const ReplyPointer otherKey = postText(u"once"_s, u"key-B"_s);
    QVERIFY(waitForFinished(otherKey.get()));
    QCOMPARE(m_server->countStatusesWithText(u"once"_s), 2);
}

void TestFakeMastodonServer::keyIsNotComparedWithBody()
{
    const ReplyPointer first = postText(u"original"_s, u"key"_s);
    QVERIFY(waitForFinished(first.get()));
    const ReplyPointer different = postText(u"something else"_s, u"key"_s);
    QVERIFY(waitForFinished(different.get()));
    QCOMPARE(httpStatus(different.get()), 200);
    QCOMPARE(jsonObject(different.get())[u"content"_s].toString(), u"<p>original</p>"_s);
    QCOMPARE(m_server->statuses().size(), 1);
}

void TestFakeMastodonServer::expiredKeyCreatesAgain()
{
    const ReplyPointer first = postText(u"hourly"_s, u"key"_s);
    QVERIFY(waitForFinished(first.get()));
    m_server->expireIdempotencyKeys();
    const ReplyPointer repeat = postText(u"hourly"_s, u"key"_s);
    QVERIFY(waitForFinished(repeat.get()));
    QVERIFY(jsonObject(repeat.get())[u"id"_s] != jsonObject(first.get())[u"id"_s]);
    QCOMPARE(m_server->countStatusesWithText(u"hourly"_s), 2);
}

void TestFakeMastodonServer::ignoredKeyCreatesAgain()
{
    m_server->setHonoursIdempotencyKey(false);
    for (int i = 0; i < 2; ++i) {
        const ReplyPointer reply = postText(u"ignored"_s, u"key"_s);
        QVERIFY(waitForFinished(reply.get()));
        QCOMPARE(httpStatus(reply.get()), 200);
    }
    QCOMPARE(m_server->countStatusesWithText(u"ignored"_s), 2);
}

void TestFakeMastodonServer::keyIsStoredOnlyOnSuccess()
{
    const ReplyPointer invalid = postText(QString(), u"key"_s);
    QVERIFY(waitForFinished(invalid.get()));
    QCOMPARE(httpStatus(invalid.get()), 422);
    m_server->queueStatusFault(Fault::Unavailable503);
    const ReplyPointer refused = postText(u"valid"_s, u"key"_s);
    QVERIFY(waitForFinished(refused.get()));
    QCOMPARE(httpStatus(refused.get()), 503);

    const ReplyPointer valid = postText(u"valid"_s, u"key"_s);
    QVERIFY(waitForFinished(valid.get()));
    QCOMPARE(httpStatus(valid.get()), 200);
    QCOMPARE(m_server->statuses().size(), 1);
}

void TestFakeMastodonServer::overlappingRequestsWithOneKeyBothCreate()
{
    m_server->setProcessingDelay(200);
    QSignalSpy received(m_server.get(), &FakeMastodonServer::statusPostReceived);
    const ReplyPointer first = postText(u"raced"_s, u"key"_s);
    const ReplyPointer second = postText(u"raced"_s, u"key"_s);
    QTRY_COMPARE(received.size(), 2);    // both read before either was created
    QVERIFY(m_server->statuses().isEmpty());
    QVERIFY(waitForFinished(first.get()));
    QVERIFY(waitForFinished(second.get()));
    QCOMPARE(httpStatus(first.get()), 200);
    QCOMPARE(httpStatus(second.get()), 200);
    QVERIFY(jsonObject(first.get())[u"id"_s] != jsonObject(second.get())[u"id"_s]);
    QCOMPARE(m_server->countStatusesWithText(u"raced"_s), 2);

    const ReplyPointer later = postText(u"raced"_s, u"key"_s);    // the key is known by now
    QVERIFY(waitForFinished(later.get()));
    QCOMPARE(m_server->countStatusesWithText(u"raced"_s), 2);
}

// ---------------------------------------------------------------- Timeline and pagination

void TestFakeMastodonServer::pagination_data()
{
    // Statuses s0 (oldest) to s4 (newest); arguments name them by index.
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected");    // newest first
    QTest::addColumn<int>("nextMaxId");    // -1: no "next" link
    QTest::addColumn<int>("prevMinId");    // -1: no "prev" link
    QTest::newRow("default") << u""_s << QList<int>{4, 3, 2, 1, 0} << -1 << 4;
    QTest::newRow("first page") << u"limit=2"_s << QList<int>{4, 3} << 3 << 4;
    QTest::newRow("max_id") << u"limit=2&max_id=%3"_s << QList<int>{2, 1} << 1 << 2;
    QTest::newRow("last page") << u"limit=2&max_id=%1"_s << QList<int>{0} << -1 << 0;
    QTest::newRow("since_id: newest above") << u"limit=2&since_id=%0"_s << QList<int>{4, 3} << 3 << 4;
    QTest::newRow("min_id: just above") << u"limit=2&min_id=%0"_s << QList<int>{2, 1} << 1 << 2;
    QTest::newRow("min_id wins over since_id") << u"limit=2&min_id=%0&since_id=%2"_s << QList<int>{2, 1} << 1 << 2;
    QTest::newRow("min_id and max_id") << u"min_id=%0&max_id=%3"_s << QList<int>{2, 1} << -1 << 2;
    QTest::newRow("nothing newer") << u"min_id=%4"_s << QList<int>{} << -1 << -1;
}

void TestFakeMastodonServer::pagination()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    QFETCH(int, nextMaxId);
    QFETCH(int, prevMinId);
    for (int i = 0; i < 5; ++i)
        m_server->addForeignStatus(u"s%1"_s.arg(i));
    QStringList statusIds;
    for (const FakeMastodonServer::Status &status : m_server->statuses())
        statusIds.append(status.id);
    for (int i = 0; i < statusIds.size(); ++i)
        query.replace(u'%' + QString::number(i), statusIds.at(i));

    const ReplyPointer reply = get(u"/api/v1/accounts/1/statuses?"_s + query);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(httpStatus(reply.get()), 200);
    QStringList expectedIds;
    for (int index : expected)
        expectedIds.append(statusIds.at(index));
    QCOMPARE(ids(jsonArray(reply.get())), expectedIds);

    const QString limit = query.contains(u"limit=2"_s) ? u"limit=2&"_s : QString();
    const QString page = m_server->baseUrl().toString() + u"/api/v1/accounts/1/statuses?"_s + limit;
    const QString next = nextMaxId < 0 ? QString() : QString(page + u"max_id="_s + statusIds.at(nextMaxId));
    const QString prev = prevMinId < 0 ? QString() : QString(page + u"min_id="_s + statusIds.at(prevMinId));
    QCOMPARE(linkTarget(reply.get(), u"next"_s), next);
    QCOMPARE(linkTarget(reply.get(), u"prev"_s), prev);
    if (expected.isEmpty())
        QVERIFY(!reply->hasRawHeader("Link"));
}

void TestFakeMastodonServer::pageSizeIsCapped()
{
    for (int i = 0; i < 45; ++i)
        m_server->addForeignStatus(u"bulk %1"_s.arg(i));
    const ReplyPointer defaultPage = get(u"/api/v1/accounts/1/statuses"_s);
    QVERIFY(waitForFinished(defaultPage.get()));
    QCOMPARE(jsonArray(defaultPage.get()).size(), 20);
    const ReplyPointer largest = get(u"/api/v1/accounts/1/statuses?limit=100"_s);
    QVERIFY(waitForFinished(largest.get()));
    QCOMPARE(jsonArray(largest.get()).size(), 40);
}

void TestFakeMastodonServer::anonymousSeesOnlyPublicStatuses()
{
    const ReplyPointer open = postStatus(QJsonObject{{u"status"_s, u"for all"_s}});
    QVERIFY(waitForFinished(open.get()));
    const ReplyPointer followers = postStatus(QJsonObject{{u"status"_s, u"mine"_s}, {u"visibility"_s, u"private"_s}});
    QVERIFY(waitForFinished(followers.get()));

    const ReplyPointer anonymous = get(u"/api/v1/accounts/1/statuses"_s, {});
    QVERIFY(waitForFinished(anonymous.get()));
    QCOMPARE(ids(jsonArray(anonymous.get())), QStringList{m_server->statuses().at(0).id});
    const ReplyPointer owner = get(u"/api/v1/accounts/1/statuses"_s);
    QVERIFY(waitForFinished(owner.get()));
    QCOMPARE(jsonArray(owner.get()).size(), 2);
}

void TestFakeMastodonServer::unknownAccount()
{
    const ReplyPointer reply = get(u"/api/v1/accounts/2/statuses"_s);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(httpStatus(reply.get()), 404);
    QCOMPARE(jsonObject(reply.get())[u"error"_s].toString(), u"Record not found"_s);
}

void TestFakeMastodonServer::foreignStatusesAreListed()
{
    m_server->addForeignStatus(u"posted from the phone"_s);
    const ReplyPointer reply = get(u"/api/v1/accounts/1/statuses"_s);
    QVERIFY(waitForFinished(reply.get()));
    const QJsonArray statuses = jsonArray(reply.get());
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(statuses.at(0)[u"content"_s].toString(), u"<p>posted from the phone</p>"_s);
    QCOMPARE(m_server->countStatusesWithText(u"posted from the phone"_s), 1);
}

// ---------------------------------------------------------------- Media

void TestFakeMastodonServer::imageUpload()
{
    const ReplyPointer upload = uploadMedia("image/png"_ba, u"A red square"_s);
    QVERIFY(waitForFinished(upload.get()));
    QCOMPARE(httpStatus(upload.get()), 200);
    const QJsonObject media = jsonObject(upload.get());
    const QString id = media[u"id"_s].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(media[u"type"_s].toString(), u"image"_s);
    QCOMPARE(media[u"description"_s].toString(), u"A red square"_s);
    QVERIFY(media[u"url"_s].toString().startsWith(m_server->baseUrl().toString()));

    const ReplyPointer poll = get(u"/api/v1/media/"_s + id);
    QVERIFY(waitForFinished(poll.get()));
    QCOMPARE(httpStatus(poll.get()), 200);

    const ReplyPointer status = postStatus(QJsonObject{{u"status"_s, u"look"_s}, {u"media_ids"_s, QJsonArray{id}}});
    QVERIFY(waitForFinished(status.get()));
    QCOMPARE(httpStatus(status.get()), 200);
    QCOMPARE(jsonObject(status.get())[u"media_attachments"_s][0][u"id"_s].toString(), id);
    QCOMPARE(m_server->statuses().constFirst().mediaIds, QStringList{id});
}

void TestFakeMastodonServer::videoProcessing()
{
    const ReplyPointer upload = uploadMedia("video/mp4"_ba);
    QVERIFY(waitForFinished(upload.get()));
    QCOMPARE(httpStatus(upload.get()), 202);
    const QJsonObject media = jsonObject(upload.get());
    const QString id = media[u"id"_s].toString();
    QCOMPARE(media[u"type"_s].toString(), u"video"_s);
    QVERIFY(media[u"url"_s].isNull());

    const QJsonObject withVideo{{u"status"_s, QString()}, {u"media_ids"_s, QJsonArray{id}}};
    const ReplyPointer tooEarly = postStatus(withVideo);
    QVERIFY(waitForFinished(tooEarly.get()));
    QCOMPARE(httpStatus(tooEarly.get()), 422);
    QCOMPARE(jsonObject(tooEarly.get())[u"error"_s].toString(),
             u"Cannot attach files that have not finished processing. Try again in a moment!"_s);

    for (int expected : {206, 206, 200}) {
        const ReplyPointer poll = get(u"/api/v1/media/"_s + id);
        QVERIFY(waitForFinished(poll.get()));
        QCOMPARE(httpStatus(poll.get()), expected);
        QCOMPARE(jsonObject(poll.get())[u"url"_s].isNull(), expected == 206);
    }

    const ReplyPointer status = postStatus(withVideo);    // media without text is fine
    QVERIFY(waitForFinished(status.get()));
    QCOMPARE(httpStatus(status.get()), 200);
    const QJsonObject entity = jsonObject(status.get());
    QCOMPARE(entity[u"content"_s].toString(), QString());
    QCOMPARE(entity[u"media_attachments"_s][0][u"type"_s].toString(), u"video"_s);

    const ReplyPointer attached = get(u"/api/v1/media/"_s + id);
    QVERIFY(waitForFinished(attached.get()));
    QCOMPARE(httpStatus(attached.get()), 404);
    const ReplyPointer reuse = postStatus(QJsonObject{{u"status"_s, u"again"_s}, {u"media_ids"_s, QJsonArray{id}}});
    QVERIFY(waitForFinished(reuse.get()));
    QCOMPARE(httpStatus(reuse.get()), 422);
}

void TestFakeMastodonServer::mediaValidation_data()
{
    QTest::addColumn<QString>("situation");
    QTest::newRow("unsupported type") << u"pdf"_s;
    QTest::newRow("no file") << u"no file"_s;
    QTest::newRow("five attachments") << u"five"_s;
    QTest::newRow("image and video") << u"mixed"_s;
}

void TestFakeMastodonServer::mediaValidation()
{
    QFETCH(QString, situation);
    if (situation == u"pdf" || situation == u"no file") {
        QNetworkRequest upload = request(u"/api/v2/media"_s);
        upload.setRawHeader("Content-Type", "multipart/form-data; boundary=b");
        const QByteArray body = situation == u"pdf"
            ? "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
              "Content-Type: application/pdf\r\n\r\n%PDF\r\n--b--\r\n"_ba
            : "--b\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nalt\r\n--b--\r\n"_ba;
        const ReplyPointer reply(m_network->post(upload, body));
        QVERIFY(waitForFinished(reply.get()));
        QCOMPARE(httpStatus(reply.get()), 422);
        QVERIFY(jsonObject(reply.get())[u"error"_s].toString().startsWith(u"Validation failed: File"_s));
        return;
    }
    QJsonArray mediaIds;
    for (int i = 0; i < (situation == u"five" ? 5 : 1); ++i) {
        const ReplyPointer image = uploadMedia("image/jpeg"_ba);
        QVERIFY(waitForFinished(image.get()));
        mediaIds.append(jsonObject(image.get())[u"id"_s]);
    }
    if (situation == u"mixed")
        mediaIds.append(uploadProcessedVideo());
    const ReplyPointer status = postStatus(QJsonObject{{u"status"_s, u"album"_s}, {u"media_ids"_s, mediaIds}});
    QVERIFY(waitForFinished(status.get()));
    QCOMPARE(httpStatus(status.get()), 422);
    QVERIFY(m_server->statuses().isEmpty());
}

// ---------------------------------------------------------------- Transport

void TestFakeMastodonServer::keepAlive()
{
    for (int i = 0; i < 3; ++i) {
        const ReplyPointer reply = get(u"/api/v1/instance"_s);
        QVERIFY(waitForFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }
    QCOMPARE(m_server->connectionsAccepted(), 1);
}

void TestFakeMastodonServer::requestSplitAcrossReads()
{
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);

    const QByteArray message = rawPost(R"({"status":"in pieces"})"_ba);
    // Cut inside the request line, a header name, the blank line and the body.
    const QList<qsizetype> cuts{0, 7, 40, message.indexOf("\r\n\r\n") + 2, message.size() - 5, message.size()};
    for (qsizetype i = 1; i < cuts.size(); ++i) {
        socket.write(message.mid(cuts.at(i - 1), cuts.at(i) - cuts.at(i - 1)));
        QTRY_COMPARE(m_server->bytesReceived(), qint64(cuts.at(i)));    // the server read this piece alone
        if (i < cuts.size() - 1)
            QCOMPARE(m_server->statusPostsReceived(), 0);
    }
    QTRY_VERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(m_server->countStatusesWithText(u"in pieces"_s), 1);
}

void TestFakeMastodonServer::pipelinedRequests()
{
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);

    socket.write(rawPost(R"({"status":"first"})"_ba) + rawPost(R"({"status":"second"})"_ba)
                 + "GET /api/v1/instance HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_COMPARE(int(received.count("HTTP/1.1 200 OK\r\n")), 3);
    QVERIFY(received.indexOf("<p>first</p>") < received.indexOf("<p>second</p>"));
    QCOMPARE(m_server->statuses().size(), 2);
    QCOMPARE(m_server->connectionsAccepted(), 1);
}

void TestFakeMastodonServer::malformedRequest()
{
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write("NOT HTTP AT ALL\r\n\r\n");
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(received.startsWith("HTTP/1.1 400 Bad Request\r\n"));
}

void TestFakeMastodonServer::restartKeepsState()
{
    const ReplyPointer first = postText(u"before the restart"_s, u"key"_s);
    QVERIFY(waitForFinished(first.get()));
    const quint16 port = m_server->port();

    m_server->stopListening();
    const ReplyPointer refused = get(u"/api/v1/instance"_s);
    QVERIFY(waitForFinished(refused.get()));
    QCOMPARE(refused->error(), QNetworkReply::ConnectionRefusedError);

    QVERIFY(m_server->listen(port));
    QCOMPARE(m_server->port(), port);
    const ReplyPointer repeat = postText(u"before the restart"_s, u"key"_s);
    QVERIFY(waitForFinished(repeat.get()));
    QCOMPARE(httpStatus(repeat.get()), 200);
    QCOMPARE(jsonObject(repeat.get())[u"id"_s], jsonObject(first.get())[u"id"_s]);
    QCOMPARE(m_server->statuses().size(), 1);
}

// A request already read still commits: the crash loses the answer, not the status.
void TestFakeMastodonServer::stopListeningAbortsOpenConnections()
{
    m_server->setProcessingDelay(300);
    QSignalSpy received(m_server.get(), &FakeMastodonServer::statusPostReceived);
    const ReplyPointer reply = postText(u"in flight"_s);
    QVERIFY(received.wait());
    m_server->stopListening();
    QVERIFY(waitForFinished(reply.get()));
    // QNetworkAccessManager resends the POST once on a closed connection, and that is refused.
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    QTRY_COMPARE(m_server->statuses().size(), 1);
}

// ---------------------------------------------------------------- Faults

void TestFakeMastodonServer::closeBeforeReading_data()
{
    QTest::addColumn<int>("faults");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<int>("created");
    // QNetworkAccessManager silently resends a request once when the connection closes before any
    // answer: one fault is invisible to the client, the second one surfaces.
    QTest::newRow("once: resent") << 1 << QNetworkReply::NoError << 1;
    QTest::newRow("twice: surfaces") << 2 << QNetworkReply::RemoteHostClosedError << 0;
}

void TestFakeMastodonServer::closeBeforeReading()
{
    QFETCH(int, faults);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(int, created);
    for (int i = 0; i < faults; ++i)
        m_server->queueStatusFault(Fault::CloseBeforeReading);
    const ReplyPointer reply = postText(u"closed on"_s);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), error);
    QCOMPARE(m_server->statuses().size(), created);
    QCOMPARE(m_server->statusPostsReceived(), created);    // a closed request was never fully read
    QCOMPARE(m_server->connectionsAccepted(), 2);
}

void TestFakeMastodonServer::closeBeforeReadingOnRawSocket()
{
    m_server->queueStatusFault(Fault::CloseBeforeReading);
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write("POST /api/v1/statuses HTTP/1.1\r\n");    // only the request line so far
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(received.isEmpty());
    QCOMPARE(m_server->statusPostsReceived(), 0);
    QVERIFY(m_server->statuses().isEmpty());
}

void TestFakeMastodonServer::processThenClose_data()
{
    QTest::addColumn<int>("faults");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<int>("created");
    // The resend of QNetworkAccessManager (see closeBeforeReading) turns one lost answer into a
    // duplicate post unless the server recognises the Idempotency-Key.
    QTest::newRow("once, no key: duplicated") << 1 << QString() << QNetworkReply::NoError << 2;
    QTest::newRow("once, key") << 1 << u"key"_s << QNetworkReply::NoError << 1;
    QTest::newRow("twice, no key") << 2 << QString() << QNetworkReply::RemoteHostClosedError << 2;
    QTest::newRow("twice, key") << 2 << u"key"_s << QNetworkReply::RemoteHostClosedError << 1;
}

void TestFakeMastodonServer::processThenClose()
{
    QFETCH(int, faults);
    QFETCH(QString, key);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(int, created);
    for (int i = 0; i < faults; ++i)
        m_server->queueStatusFault(Fault::ProcessThenClose);
    const ReplyPointer reply = postText(u"lost answer"_s, key);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), error);
    QCOMPARE(m_server->countStatusesWithText(u"lost answer"_s), created);
    QCOMPARE(m_server->statusPostsReceived(), 2);
    if (error == QNetworkReply::NoError)
        QCOMPARE(jsonObject(reply.get())[u"id"_s].toString(), m_server->statuses().constLast().id);
}

void TestFakeMastodonServer::processThenAnswerLate()
{
    m_server->setLateAnswerDelay(2000);
    m_server->queueStatusFault(Fault::ProcessThenAnswerLate);
    QNetworkRequest post = request(u"/api/v1/statuses"_s);
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    post.setTransferTimeout(150);
    const ReplyPointer reply(m_network->post(post, R"({"status":"slow server"})"_ba));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);    // how Qt 6.4 reports the timeout
    QCOMPARE(m_server->statuses().size(), 1);
    QCOMPARE(m_server->statusPostsReceived(), 1);
}

void TestFakeMastodonServer::lateAnswerReachesPatientClient()
{
    m_server->setLateAnswerDelay(300);
    m_server->queueStatusFault(Fault::ProcessThenAnswerLate);
    QElapsedTimer clock;
    clock.start();
    const ReplyPointer reply = postText(u"worth the wait"_s);
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY(clock.elapsed() >= 300);
    QCOMPARE(httpStatus(reply.get()), 200);
    QCOMPARE(jsonObject(reply.get())[u"id"_s].toString(), m_server->statuses().constFirst().id);
}

void TestFakeMastodonServer::processThenGatewayError_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("502") << Fault::ProcessThen502 << 502;
    QTest::newRow("504") << Fault::ProcessThen504 << 504;
}

void TestFakeMastodonServer::processThenGatewayError()
{
    QFETCH(Fault, fault);
    QFETCH(int, status);
    m_server->queueStatusFault(fault);
    const ReplyPointer reply = postText(u"behind a proxy"_s, u"key"_s);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::UnknownServerError);
    QCOMPARE(httpStatus(reply.get()), status);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"text/html"_s);
    QVERIFY(reply->readAll().contains(QByteArray("<title>" + QByteArray::number(status))));
    QCOMPARE(m_server->statuses().size(), 1);

    const ReplyPointer retry = postText(u"behind a proxy"_s, u"key"_s);    // the key saves the day
    QVERIFY(waitForFinished(retry.get()));
    QCOMPARE(jsonObject(retry.get())[u"id"_s].toString(), m_server->statuses().constFirst().id);
    QCOMPARE(m_server->statuses().size(), 1);
}

void TestFakeMastodonServer::unavailable503()
{
    m_server->setRetryAfterSeconds(7);
    m_server->queueStatusFault(Fault::Unavailable503);
    const ReplyPointer reply = postText(u"later"_s);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::ServiceUnavailableError);
    QCOMPARE(httpStatus(reply.get()), 503);
    QCOMPARE(reply->rawHeader("Retry-After"), "7"_ba);
    QVERIFY(!jsonObject(reply.get())[u"error"_s].toString().isEmpty());
    QVERIFY(m_server->statuses().isEmpty());
    QCOMPARE(m_server->statusPostsReceived(), 1);
}

void TestFakeMastodonServer::tooManyRequests_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("retryAfter");
    QTest::addColumn<bool>("rateLimitHeaders");
    QTest::newRow("429") << Fault::TooManyRequests429 << true << true;
    QTest::newRow("429 as rack-attack sends it") << Fault::TooManyRequests429ResetOnly << false << true;
    QTest::newRow("429 bare") << Fault::TooManyRequests429Bare << false << false;
}

void TestFakeMastodonServer::tooManyRequests()
{
    QFETCH(Fault, fault);
    QFETCH(bool, retryAfter);
    QFETCH(bool, rateLimitHeaders);
    m_server->setRetryAfterSeconds(30);
    m_server->queueStatusFault(fault);
    const ReplyPointer reply = postText(u"throttled"_s);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(httpStatus(reply.get()), 429);
    QCOMPARE(jsonObject(reply.get()), (QJsonObject{{u"error"_s, u"Too many requests"_s}}));
    QVERIFY(m_server->statuses().isEmpty());
    QCOMPARE(reply->rawHeader("Retry-After"), retryAfter ? "30"_ba : QByteArray());
    QCOMPARE(reply->hasRawHeader("X-RateLimit-Limit"), rateLimitHeaders);
    if (!rateLimitHeaders)
        return;
    QCOMPARE(reply->rawHeader("X-RateLimit-Remaining"), "0"_ba);
    const QDateTime reset = rateLimitReset(reply.get());
    const qint64 secondsAhead = QDateTime::currentDateTimeUtc().secsTo(reset);
    QVERIFY2(secondsAhead > 25 && secondsAhead <= 30, qPrintable(QString::number(secondsAhead)));
}

void TestFakeMastodonServer::resetMidBody()
{
    m_server->queueStatusFault(Fault::ResetMidBody);
    const ReplyPointer reply = postText(u"cut short"_s);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(httpStatus(reply.get()), 200);    // the headers made it
    QVERIFY(reply->readAll().size() < reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    QCOMPARE(m_server->statuses().size(), 1);    // never resent: the answer had started
    QCOMPARE(m_server->statusPostsReceived(), 1);
}

// An inactivity timeout shorter than the whole answer does not fire while bytes keep coming.
void TestFakeMastodonServer::slowTrickle()
{
    m_server->setTrickleChunkSize(150);
    m_server->queueStatusFault(Fault::SlowTrickle);
    QNetworkRequest post = request(u"/api/v1/statuses"_s);
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    post.setTransferTimeout(350);
    QElapsedTimer clock;
    clock.start();
    const ReplyPointer reply(m_network->post(post, R"({"status":"drip"})"_ba));
    QSignalSpy progress(reply.get(), &QNetworkReply::downloadProgress);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY2(clock.elapsed() > 350, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(progress.size() >= 3);
    QCOMPARE(jsonObject(reply.get())[u"content"_s].toString(), u"<p>drip</p>"_s);
    QCOMPARE(m_server->statuses().size(), 1);
}

void TestFakeMastodonServer::faultsAreFifoAndOnlyForStatusPosts()
{
    m_server->queueStatusFault(Fault::Unavailable503);
    m_server->queueStatusFault(Fault::TooManyRequests429);
    const ReplyPointer unaffected = get(u"/api/v1/accounts/verify_credentials"_s);
    QVERIFY(waitForFinished(unaffected.get()));
    QCOMPARE(httpStatus(unaffected.get()), 200);
    for (int expected : {503, 429, 200}) {
        const ReplyPointer reply = postText(u"queued"_s);
        QVERIFY(waitForFinished(reply.get()));
        QCOMPARE(httpStatus(reply.get()), expected);
    }
    QCOMPARE(m_server->statuses().size(), 1);
    QCOMPARE(m_server->statusPostsReceived(), 3);
}

void TestFakeMastodonServer::plannedFaultsHitOnlyTheirText()
{
    m_server->queueStatusFault(u"planned"_s, Fault::Unavailable503);
    m_server->queueStatusFault(u"planned"_s, Fault::CloseBeforeReading);
    const ReplyPointer other = postText(u"another post"_s);
    QVERIFY(waitForFinished(other.get()));
    QCOMPARE(httpStatus(other.get()), 200);
    const ReplyPointer refused = postText(u"planned"_s);
    QVERIFY(waitForFinished(refused.get()));
    QCOMPARE(httpStatus(refused.get()), 503);
    const ReplyPointer closed = postText(u"planned"_s);
    QVERIFY(waitForFinished(closed.get()));
    QCOMPARE(m_server->countStatusesWithText(u"planned"_s), 1);    // Qt resent it once, unfaulted
    QCOMPARE(m_server->faultsTaken(Fault::Unavailable503), 1);
    QCOMPARE(m_server->faultsTaken(Fault::CloseBeforeReading), 1);
}

void TestFakeMastodonServer::processThenRestart()
{
    m_server->setOutageDuration(300);
    m_server->queueStatusFault(Fault::ProcessThenRestart);
    const ReplyPointer reply = postText(u"before the crash"_s, u"key"_s);
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QCOMPARE(m_server->countStatusesWithText(u"before the crash"_s), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const ReplyPointer probe = get(u"/api/v1/instance"_s);
            return waitForFinished(probe.get()) && httpStatus(probe.get()) == 200;
        }(),
        5000);
    QCOMPARE(m_server->faultsTaken(Fault::ProcessThenRestart), 1);
}

void TestFakeMastodonServer::answerThenRefuse()
{
    m_server->setOutageDuration(500);
    m_server->queueStatusFault(Fault::AnswerThenRefuse);
    const ReplyPointer answered = postText(u"answered"_s);
    QVERIFY(waitForFinished(answered.get()));
    QCOMPARE(httpStatus(answered.get()), 200);
    const ReplyPointer refused = postText(u"refused"_s);
    QVERIFY(waitForFinished(refused.get()));
    QCOMPARE(refused->error(), QNetworkReply::ConnectionRefusedError);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const ReplyPointer retry = postText(u"after the outage"_s);
            return waitForFinished(retry.get()) && httpStatus(retry.get()) == 200;
        }(),
        5000);
    QCOMPARE(m_server->countStatusesWithText(u"refused"_s), 0);
}

void TestFakeMastodonServer::processThenForgetKey()
{
    m_server->queueStatusFault(Fault::ProcessThenForgetKey);
    m_server->queueStatusFault(Fault::ProcessThenForgetKey);    // Qt's silent resend meets it too
    const ReplyPointer lost = postText(u"forgotten"_s, u"key"_s);
    QVERIFY(waitForFinished(lost.get()));
    QCOMPARE(lost->error(), QNetworkReply::RemoteHostClosedError);
    const ReplyPointer resent = postText(u"forgotten"_s, u"key"_s);
    QVERIFY(waitForFinished(resent.get()));
    QCOMPARE(httpStatus(resent.get()), 200);
    QCOMPARE(m_server->countStatusesWithText(u"forgotten"_s), 3);    // the key saved nobody
}

QTEST_GUILESS_MAIN(TestFakeMastodonServer)
#include "tst_fakemastodonserver.moc"
