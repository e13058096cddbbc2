#include "fakemastodonserver.h"

#include "fakemastodonmedia.h"
#include "httpconnection.h"
#include "httpmessage.h"
#include "mastodonapi.h"
#include "mastodontext.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString statusesPath = u"/api/v1/statuses"_s;
const QString accountId = u"1"_s;
constexpr int rateLimit = 300;    // rack-attack's authenticated API throttle: 300 requests...
constexpr int rateLimitPeriodSeconds = 300;    // ...per 5 minutes
constexpr int defaultPageSize = 20;
constexpr int maxPageSize = 40;
constexpr int trickleIntervalMilliseconds = 100;

const QStringList visibilities{u"public"_s, u"unlisted"_s, u"private"_s, u"direct"_s};

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

bool isRefusal(FakeMastodonServer::Fault fault)
{
    using Fault = FakeMastodonServer::Fault;
    return fault == Fault::Unavailable503 || fault == Fault::TooManyRequests429
        || fault == Fault::TooManyRequests429Bare || fault == Fault::TooManyRequests429ResetOnly;
}

} // namespace

FakeMastodonServer::FakeMastodonServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_accessToken(u"test-token"_s)
    , m_media(std::make_unique<FakeMastodonMedia>())
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeMastodonServer::acceptConnections);
}

FakeMastodonServer::~FakeMastodonServer() = default;

bool FakeMastodonServer::listen(quint16 port)
{
    if (m_server->isListening() || !m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeMastodonServer::stopListening()
{
    m_server->close();
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->abort();
}

quint16 FakeMastodonServer::port() const
{
    return m_port;
}

QUrl FakeMastodonServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void FakeMastodonServer::setAccessToken(const QString &token)
{
    m_accessToken = token;
}

void FakeMastodonServer::queueStatusFault(Fault fault)
{
    m_faults.enqueue(fault);
}

void FakeMastodonServer::queueStatusFault(const QString &text, Fault fault)
{
    m_faultsByText[text].enqueue(fault);
}

void FakeMastodonServer::setOutageDuration(int milliseconds)
{
    m_outageDuration = milliseconds;
}

void FakeMastodonServer::setLateAnswerDelay(int milliseconds)
{
    m_lateAnswerDelay = milliseconds;
}

void FakeMastodonServer::setTrickleChunkSize(int bytes)
{
    m_trickleChunkSize = bytes;
}

void FakeMastodonServer::setHonoursIdempotencyKey(bool honours)
{
    m_honoursIdempotencyKey = honours;
}

void FakeMastodonServer::expireIdempotencyKeys()
{
    m_statusIdsByIdempotencyKey.clear();
}

void FakeMastodonServer::setMaxCharacters(int max)
{
    m_maxCharacters = max;
}

void FakeMastodonServer::setRetryAfterSeconds(int seconds)
{
    m_retryAfterSeconds = seconds;
}

void FakeMastodonServer::setProcessingDelay(int milliseconds)
{
    m_processingDelay = milliseconds;
}

void FakeMastodonServer::queueHostileAnswer(const QString &path, HostileAnswer answer)
{
    m_hostileAnswers[path].enqueue(answer);
}

std::optional<HostileAnswer> FakeMastodonServer::takeHostileAnswer(const QString &path)
{
    QQueue<HostileAnswer> &queue = m_hostileAnswers[path];
    return queue.isEmpty() ? std::nullopt : std::optional(queue.dequeue());
}


QList<FakeMastodonServer::Status> FakeMastodonServer::statuses() const
{
    return m_statuses;
}

int FakeMastodonServer::countStatusesWithText(const QString &text) const
{
    return int(std::count_if(m_statuses.cbegin(), m_statuses.cend(),
                             [&text](const Status &status) { return status.text == text; }));
}

int FakeMastodonServer::statusPostsReceived() const
{
    return m_statusPostsReceived;
}

int FakeMastodonServer::faultsTaken(Fault fault) const
{
    return m_faultsTaken.value(fault);
}

int FakeMastodonServer::connectionsAccepted() const
{
    return m_connectionsAccepted;
}

qint64 FakeMastodonServer::bytesReceived() const
{
    return m_bytesReceived;
}

void FakeMastodonServer::addForeignStatus(const QString &text)
{
    MastodonApi::StatusDraft draft;
    draft.text = text;
    storeStatus(draft, {});
}

void FakeMastodonServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connectionsAccepted;
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestStarted, this,
                [this, connection](const QByteArray &method, const QString &path) {
                    onRequestStarted(connection, method, path);
                });
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { onRequestReceived(connection, request); });
        connect(connection, &HttpConnection::bytesReceived, this, [this](qint64 count) { m_bytesReceived += count; });
    }
}

void FakeMastodonServer::onRequestStarted(HttpConnection *connection, const QByteArray &method, const QString &path)
{
    if (method != "POST" || path != statusesPath || m_faults.isEmpty()
        || m_faults.head() != Fault::CloseBeforeReading)
        return;
    ++m_faultsTaken[m_faults.dequeue()];
    connection->closeWithoutAnswer();
}

void FakeMastodonServer::onRequestReceived(HttpConnection *connection, const HttpRequest &request)
{
    if (request.method == "POST" && request.path == statusesPath) {
        handleStatusPost(connection, request);
        return;
    }
    HttpResponse response = route(request);
    addRateLimitHeaders(response);
    const std::optional<HostileAnswer> lie = takeHostileAnswer(request.path);
    connection->respond(lie ? HostileAnswers::make(*lie, response, m_port, request.path) : response);
}

HttpResponse FakeMastodonServer::route(const HttpRequest &request)
{
    static const QRegularExpression accountStatusesPath(u"^/api/v1/accounts/([^/]+)/statuses$"_s);
    static const QRegularExpression mediaPath(u"^/api/v1/media/([^/]+)$"_s);
    const bool isGet = request.method == "GET";
    if (isGet && request.path == u"/api/v1/instance")
        return instance();
    if (isGet && request.path == u"/api/v1/accounts/verify_credentials")
        return verifyCredentials(request);
    if (request.method == "POST" && request.path == u"/api/v2/media")
        return uploadMedia(request);
    if (const QRegularExpressionMatch match = accountStatusesPath.match(request.path); isGet && match.hasMatch())
        return accountStatuses(request, match.captured(1));
    if (const QRegularExpressionMatch match = mediaPath.match(request.path); isGet && match.hasMatch())
        return pollMedia(request, match.captured(1));
    return MastodonApi::error(404, u"Record not found"_s);
}

void FakeMastodonServer::handleStatusPost(HttpConnection *connection, const HttpRequest &request)
{
    ++m_statusPostsReceived;
    Q_EMIT statusPostReceived(QString::fromUtf8(request.header("idempotency-key"_ba)));
    const std::optional<Fault> fault = takeFault(request);
    if (fault && isRefusal(*fault)) {
        connection->respond(refusal(*fault));
        return;
    }
    if (fault == Fault::CloseBeforeReading) {
        connection->closeWithoutAnswer();
        return;
    }
    const std::optional<HostileAnswer> lie = takeHostileAnswer(statusesPath);
    if (lie && !HostileAnswers::carriedOutFirst(*lie)) {
        connection->respond(HostileAnswers::make(*lie, {}, m_port, statusesPath));
        return;
    }
    const QPointer<HttpConnection> target(connection);
    processStatusPost(request, [this, target, fault, lie](const HttpResponse &response) {
        HttpResponse answer = lie ? HostileAnswers::make(*lie, response, m_port, statusesPath) : response;
        addRateLimitHeaders(answer);
        if (target)
            deliver(target, answer, fault);
    });
}

std::optional<FakeMastodonServer::Fault> FakeMastodonServer::takeFault(const HttpRequest &request)
{
    const std::optional<MastodonApi::StatusDraft> draft = MastodonApi::StatusDraft::fromRequest(request);
    const auto planned = draft ? m_faultsByText.find(draft->text) : m_faultsByText.end();
    std::optional<Fault> fault;
    if (planned != m_faultsByText.end() && !planned->isEmpty())
        fault = planned->dequeue();
    else if (!m_faults.isEmpty())
        fault = m_faults.dequeue();
    if (fault)
        ++m_faultsTaken[*fault];
    return fault;
}

// Mastodon's PostStatusService: the key is looked up when the request comes in but stored only
// once the status exists, so two requests with one key that overlap both create a status.
void FakeMastodonServer::processStatusPost(const HttpRequest &request, const Reply &reply)
{
    if (const auto failure = authenticationError(request, true)) {
        reply(*failure);
        return;
    }
    const QString key = QString::fromUtf8(request.header("idempotency-key"_ba));
    if (m_honoursIdempotencyKey && !key.isEmpty() && m_statusIdsByIdempotencyKey.contains(key)) {
        const QString id = m_statusIdsByIdempotencyKey.value(key);
        const auto original = std::find_if(m_statuses.cbegin(), m_statuses.cend(),
                                           [&id](const Status &status) { return status.id == id; });
        reply(MastodonApi::json(200, statusJson(*original)));
        return;
    }
    const std::optional<MastodonApi::StatusDraft> draft = MastodonApi::StatusDraft::fromRequest(request);
    if (!draft) {
        reply(MastodonApi::error(400, u"Error occurred while parsing request parameters"_s));
        return;
    }
    auto commit = [this, draft = *draft, key, reply] {
        if (const std::optional<QString> problem = validationError(draft)) {
            reply(MastodonApi::error(422, *problem));
            return;
        }
        const Status status = storeStatus(draft, key);
        Q_EMIT statusCreated(status.id, status.text);
        reply(MastodonApi::json(200, statusJson(status)));
    };
    if (m_processingDelay > 0)
        QTimer::singleShot(m_processingDelay, this, commit);
    else
        commit();
}

void FakeMastodonServer::deliver(HttpConnection *connection, const HttpResponse &response, std::optional<Fault> fault)
{
    if (!fault) {
        connection->respond(response);
        return;
    }
    switch (*fault) {
    case Fault::ProcessThenClose:
        connection->closeWithoutAnswer();
        return;
    case Fault::ProcessThenAnswerLate:
        connection->respondLate(response, m_lateAnswerDelay);
        return;
    case Fault::ProcessThen502:
        connection->respond(MastodonApi::gatewayErrorPage(502));
        return;
    case Fault::ProcessThen504:
        connection->respond(MastodonApi::gatewayErrorPage(504));
        return;
    case Fault::ResetMidBody:
        connection->respondTruncatedThenReset(response);
        return;
    case Fault::SlowTrickle:
        connection->respondTrickling(response, m_trickleChunkSize, trickleIntervalMilliseconds);
        return;
    case Fault::ProcessThenRestart:
        beginOutage(true);
        return;
    case Fault::AnswerThenRefuse:
        connection->respond(response);
        beginOutage(false);
        return;
    case Fault::ProcessThenForgetKey:
        expireIdempotencyKeys();
        connection->closeWithoutAnswer();
        return;
    case Fault::CloseBeforeReading:
    case Fault::Unavailable503:
    case Fault::TooManyRequests429:
    case Fault::TooManyRequests429Bare:
    case Fault::TooManyRequests429ResetOnly:
        break;    // they act before processing and never get this far
    }
    connection->respond(response);
}

void FakeMastodonServer::beginOutage(bool crash)
{
    if (crash) {
        stopListening();
    } else {
        m_server->close();
        const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
        for (HttpConnection *connection : connections)
            connection->closeWhenIdle();
    }
    QTimer::singleShot(m_outageDuration, this, [this] { listen(m_port); });
}

HttpResponse FakeMastodonServer::refusal(Fault fault)
{
    const QByteArray retryAfter = QByteArray::number(m_retryAfterSeconds);
    if (fault == Fault::Unavailable503) {
        // Mastodon's ApiController answer to a Redis or database hiccup.
        HttpResponse response =
            MastodonApi::error(503, u"There was a temporary problem serving your request, please try again"_s);
        addRateLimitHeaders(response);
        response.setHeader("Retry-After"_ba, retryAfter);
        return response;
    }
    HttpResponse response = MastodonApi::error(429, u"Too many requests"_s);
    if (fault == Fault::TooManyRequests429Bare)
        return response;
    response.setHeader("X-RateLimit-Limit"_ba, QByteArray::number(rateLimit));
    response.setHeader("X-RateLimit-Remaining"_ba, "0"_ba);
    const QDateTime reset = QDateTime::currentDateTimeUtc().addSecs(m_retryAfterSeconds);
    response.setHeader("X-RateLimit-Reset"_ba, MastodonApi::isoUtc(reset));
    if (fault == Fault::TooManyRequests429)
        response.setHeader("Retry-After"_ba, retryAfter);
    return response;
}

HttpResponse FakeMastodonServer::instance() const
{
    const QJsonObject statuses{{u"max_characters"_s, m_maxCharacters},
                               {u"max_media_attachments"_s, 4},
                               {u"characters_reserved_per_url"_s, 23}};
    const QJsonObject media{
        {u"supported_mime_types"_s,
         QJsonArray{u"image/jpeg"_s, u"image/png"_s, u"image/gif"_s, u"image/webp"_s, u"video/mp4"_s}},
        {u"image_size_limit"_s, 16777216},
        {u"video_size_limit"_s, 103809024}};
    return MastodonApi::json(200, QJsonObject{{u"uri"_s, u"127.0.0.1"_s},
                                         {u"title"_s, u"Fake"_s},
                                         {u"version"_s, u"4.2.0"_s},
                                         {u"configuration"_s,
                                          QJsonObject{{u"statuses"_s, statuses}, {u"media_attachments"_s, media}}}});
}

HttpResponse FakeMastodonServer::verifyCredentials(const HttpRequest &request) const
{
    if (const auto failure = authenticationError(request, true))
        return *failure;
    QJsonObject account = accountJson();
    account.insert(u"source"_s, QJsonObject{{u"privacy"_s, u"public"_s}, {u"sensitive"_s, false}, {u"note"_s, u""_s}});
    return MastodonApi::json(200, account);
}

// Paginable#paginate_by_id: newest first; min_id pages upwards from an id, since_id jumps to the
// newest; "next" is offered only when the page is full, "prev" whenever it is not empty.
HttpResponse FakeMastodonServer::accountStatuses(const HttpRequest &request, const QString &id) const
{
    if (const auto failure = authenticationError(request, false))
        return *failure;
    if (id != accountId)
        return MastodonApi::error(404, u"Record not found"_s);
    const QUrlQuery &query = request.query;
    const bool anonymous = request.header("authorization"_ba).isEmpty();
    const int limit = query.hasQueryItem(u"limit"_s)
        ? qMin(qAbs(query.queryItemValue(u"limit"_s).toInt()), maxPageSize) : defaultPageSize;
    const qint64 maxId = query.queryItemValue(u"max_id"_s).toLongLong();
    const qint64 minId = query.queryItemValue(u"min_id"_s).toLongLong();
    const qint64 sinceId = query.queryItemValue(u"since_id"_s).toLongLong();
    const qint64 lowerBound = minId > 0 ? minId : sinceId;

    QList<Status> candidates;    // oldest first, as stored
    for (const Status &status : m_statuses) {
        const qint64 statusId = status.id.toLongLong();
        const bool hidden = anonymous && (status.visibility == u"private" || status.visibility == u"direct");
        if (!hidden && (maxId <= 0 || statusId < maxId) && statusId > lowerBound)
            candidates.append(status);
    }
    QList<Status> page = minId > 0 ? candidates.first(qMin(limit, candidates.size()))
                                   : candidates.last(qMin(limit, candidates.size()));
    std::reverse(page.begin(), page.end());

    QJsonArray array;
    for (const Status &status : page)
        array.append(statusJson(status));
    HttpResponse response = MastodonApi::json(200, array);
    if (page.isEmpty())
        return response;
    auto link = [&](const QString &parameter, const QString &statusId, const QByteArray &relation) -> QByteArray {
        QUrl url = baseUrl();
        url.setPath(u"/api/v1/accounts/%1/statuses"_s.arg(accountId));
        QUrlQuery linkQuery;
        if (query.hasQueryItem(u"limit"_s))
            linkQuery.addQueryItem(u"limit"_s, query.queryItemValue(u"limit"_s));
        linkQuery.addQueryItem(parameter, statusId);
        url.setQuery(linkQuery);
        return '<' + url.toEncoded() + ">; rel=\"" + relation + '"';
    };
    QByteArrayList links;
    if (page.size() == limit)
        links.append(link(u"max_id"_s, page.constLast().id, "next"_ba));
    links.append(link(u"min_id"_s, page.constFirst().id, "prev"_ba));
    response.setHeader("Link"_ba, links.join(", "_ba));
    return response;
}

HttpResponse FakeMastodonServer::uploadMedia(const HttpRequest &request)
{
    if (const auto failure = authenticationError(request, true))
        return *failure;
    return m_media->upload(parseMultipartForm(request), nextId(QDateTime::currentDateTimeUtc()), baseUrl());
}

HttpResponse FakeMastodonServer::pollMedia(const HttpRequest &request, const QString &mediaId)
{
    if (const auto failure = authenticationError(request, true))
        return *failure;
    return m_media->poll(mediaId, baseUrl());
}

std::optional<HttpResponse> FakeMastodonServer::authenticationError(const HttpRequest &request, bool required) const
{
    const QByteArray authorization = request.header("authorization"_ba);
    if (authorization.isEmpty()) {
        if (!required)
            return std::nullopt;
        return MastodonApi::error(401, u"This method requires an authenticated user"_s);
    }
    const QByteArray scheme = "Bearer "_ba;
    const bool valid = authorization.startsWith(scheme)
        && QString::fromUtf8(authorization.mid(scheme.size()).trimmed()) == m_accessToken;
    if (valid)
        return std::nullopt;
    HttpResponse response = MastodonApi::error(401, u"The access token is invalid"_s);
    response.setHeader("WWW-Authenticate"_ba,
                       "Bearer realm=\"Doorkeeper\", error=\"invalid_token\", "
                       "error_description=\"The access token is invalid\""_ba);
    return response;
}

// In PostStatusService's order: media first, then the model validations of Status.
std::optional<QString> FakeMastodonServer::validationError(const MastodonApi::StatusDraft &draft) const
{
    if (const std::optional<QString> problem = m_media->attachmentError(draft.mediaIds))
        return problem;
    if (!visibilities.contains(draft.visibility))
        return u"'%1' is not a valid visibility"_s.arg(draft.visibility);
    if (draft.text.trimmed().isEmpty() && draft.mediaIds.isEmpty())
        return u"Validation failed: Text can't be blank"_s;
    const int length = MastodonText::countableLength(draft.text) + MastodonText::countableLength(draft.spoilerText);
    if (length > m_maxCharacters)
        return u"Validation failed: Text character limit of %1 exceeded"_s.arg(m_maxCharacters);
    return std::nullopt;
}

FakeMastodonServer::Status FakeMastodonServer::storeStatus(const MastodonApi::StatusDraft &draft,
                                                           const QString &idempotencyKey)
{
    Status status;
    status.createdAt = QDateTime::currentDateTimeUtc();
    status.id = nextId(status.createdAt);
    status.text = draft.text;
    status.idempotencyKey = idempotencyKey;
    status.mediaIds = draft.mediaIds;
    status.visibility = draft.visibility;
    status.spoilerText = draft.spoilerText;
    status.language = draft.language;
    m_media->attach(draft.mediaIds, status.id);
    m_statuses.append(status);
    if (m_honoursIdempotencyKey && !idempotencyKey.isEmpty())
        m_statusIdsByIdempotencyKey.insert(idempotencyKey, status.id);    // Redis SETEX, 3600 s
    return status;
}

// Mastodon's snowflakes: milliseconds since the epoch above 16 bits of sequence, so ids grow
// with time and two ids must be compared as numbers.
QString FakeMastodonServer::nextId(const QDateTime &createdAt)
{
    m_lastId = qMax(m_lastId + 1, createdAt.toMSecsSinceEpoch() << 16);
    return QString::number(m_lastId);
}

QJsonObject FakeMastodonServer::accountJson() const
{
    return QJsonObject{{u"id"_s, accountId},
                       {u"username"_s, u"tester"_s},
                       {u"acct"_s, u"tester"_s},
                       {u"display_name"_s, u"Tester"_s},
                       {u"locked"_s, false},
                       {u"bot"_s, false},
                       {u"url"_s, QString(baseUrl().toString() + u"/@tester"_s)},
                       {u"statuses_count"_s, int(m_statuses.size())}};
}

QJsonObject FakeMastodonServer::statusJson(const Status &status) const
{
    const QString base = baseUrl().toString();
    return QJsonObject{{u"id"_s, status.id},
                       {u"created_at"_s, QString::fromLatin1(MastodonApi::isoUtc(status.createdAt))},
                       {u"in_reply_to_id"_s, QJsonValue::Null},
                       {u"in_reply_to_account_id"_s, QJsonValue::Null},
                       {u"sensitive"_s, !status.spoilerText.isEmpty()},
                       {u"spoiler_text"_s, status.spoilerText},
                       {u"visibility"_s, status.visibility},
                       {u"language"_s, nullable(status.language)},
                       {u"uri"_s, QString(base + u"/users/tester/statuses/"_s + status.id)},
                       {u"url"_s, QString(base + u"/@tester/"_s + status.id)},
                       {u"replies_count"_s, 0},
                       {u"reblogs_count"_s, 0},
                       {u"favourites_count"_s, 0},
                       {u"edited_at"_s, QJsonValue::Null},
                       {u"content"_s, MastodonText::toHtml(status.text)},
                       {u"reblog"_s, QJsonValue::Null},
                       {u"account"_s, accountJson()},
                       {u"media_attachments"_s, m_media->toJson(status.mediaIds, baseUrl())},
                       {u"mentions"_s, QJsonArray()},
                       {u"tags"_s, QJsonArray()},
                       {u"emojis"_s, QJsonArray()},
                       {u"card"_s, QJsonValue::Null},
                       {u"poll"_s, QJsonValue::Null}};
}

// X-RateLimit-* on every API answer, counted in fixed windows as rack-attack does. The fake
// never throttles by itself: 429s come from the fault queue.
void FakeMastodonServer::addRateLimitHeaders(HttpResponse &response)
{
    const qint64 window = QDateTime::currentSecsSinceEpoch() / rateLimitPeriodSeconds;
    if (window != m_rateLimitWindow) {
        m_rateLimitWindow = window;
        m_requestsInWindow = 0;
    }
    ++m_requestsInWindow;
    const QDateTime reset = QDateTime::fromSecsSinceEpoch((window + 1) * rateLimitPeriodSeconds, Qt::UTC);
    response.setHeader("X-RateLimit-Limit"_ba, QByteArray::number(rateLimit));
    response.setHeader("X-RateLimit-Remaining"_ba, QByteArray::number(qMax(0, rateLimit - m_requestsInWindow)));
    response.setHeader("X-RateLimit-Reset"_ba, MastodonApi::isoUtc(reset));
}
