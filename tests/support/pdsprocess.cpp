#include "pdsprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int readyTimeoutMs = 60'000;
constexpr int stopTimeoutMs = 10'000;
constexpr int requestTimeoutMs = 30'000;
constexpr qsizetype maxLogSize = 256 * 1024;

QString defaultSourceDir()
{
#ifdef POSTSCHEDULER_SOURCE_DIR
    return QStringLiteral(POSTSCHEDULER_SOURCE_DIR);
#else
    return qEnvironmentVariable("POSTSCHEDULER_SOURCE_DIR");
#endif
}

void waitForFinished(QNetworkReply *reply)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

PdsProcess::PdsProcess(QObject *parent)
    : PdsProcess(defaultSourceDir(), parent)
{
}

PdsProcess::PdsProcess(const QString &sourceDir, QObject *parent)
    : QObject(parent)
    , m_sourceDir(sourceDir)
    , m_network(new QNetworkAccessManager(this))
{
}

PdsProcess::~PdsProcess()
{
    stop();
}

bool PdsProcess::start(QString *error)
{
    stop();
    m_pdsUrl.clear();
    m_dataDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"postscheduler-pds-XXXXXX"_s));
    if (!m_dataDir->isValid())
        return failWith(error, u"Cannot create a data folder for the PDS: %1"_s.arg(m_dataDir->errorString()));
    return launch({u"--data"_s, m_dataDir->path()}, error);
}

bool PdsProcess::restart(QString *error)
{
    if (!m_dataDir || !m_pdsUrl.isValid())
        return failWith(error, u"PdsProcess::restart() needs a successful start() first"_s);
    stop();
    return launch({u"--port"_s, QString::number(m_pdsUrl.port()), u"--data"_s, m_dataDir->path()}, error);
}

void PdsProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        // SIGTERM: the script closes both servers and their databases before it exits.
        m_process->terminate();
        if (!m_process->waitForFinished(stopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(stopTimeoutMs);
        }
    }
    m_log += QString::fromUtf8(m_process->readAllStandardError());
    delete m_process;
    m_process = nullptr;
    m_plcUrl.clear();
    // m_pdsUrl stays: restart() needs its port, and a test may check that the stopped server refuses.
}

bool PdsProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl PdsProcess::pdsUrl() const
{
    return m_pdsUrl;
}

QUrl PdsProcess::plcUrl() const
{
    return m_plcUrl;
}

QString PdsProcess::dataDirectory() const
{
    return m_dataDir ? m_dataDir->path() : QString();
}

QString PdsProcess::adminPassword() const
{
    if (!m_dataDir)
        return {};
    QFile file(QDir(m_dataDir->path()).filePath(u"state.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"adminPassword"_s).toString();
}

QString PdsProcess::log() const
{
    return m_log;
}

bool PdsProcess::launch(const QStringList &arguments, QString *error)
{
    const QDir pdsDir(QDir(m_sourceDir).filePath(u"tests/pds"_s));
    const QString script = pdsDir.filePath(u"start-pds.mjs"_s);
    if (m_sourceDir.isEmpty() || !QFileInfo::exists(script))
        return failWith(error, u"No PDS script at \"%1\": give PdsProcess the source folder."_s.arg(script));
    if (!QFileInfo::exists(pdsDir.filePath(u"node_modules/@atproto/pds/package.json"_s)))
        return failWith(error, u"The test PDS is not installed: run scripts/setup-pds.sh."_s);
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty())
        return failWith(error, u"Node.js (node) is not on PATH: install nodejs."_s);

    m_log.clear();
    m_plcUrl.clear();
    auto *process = new QProcess(this);
    m_process = process;
    process->setWorkingDirectory(pdsDir.path());
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        m_log += QString::fromUtf8(process->readAllStandardError());
        if (m_log.size() > maxLogSize)
            m_log = m_log.right(maxLogSize);
    });
    // stdin stays an open pipe: the script exits when it closes, i.e. when this process dies.
    process->start(node, QStringList{script} + arguments);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
    connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    const QDeadlineTimer deadline(readyTimeoutMs);
    while (!process->canReadLine()) {
        if (process->state() == QProcess::NotRunning) {
            const QString reason = process->error() == QProcess::FailedToStart
                ? process->errorString()
                : u"exit code %1"_s.arg(process->exitCode());
            stop();
            return failWith(error, u"The PDS did not start (%1):\n%2"_s.arg(reason, m_log));
        }
        if (deadline.hasExpired()) {
            stop();
            return failWith(error, u"The PDS was not ready within %1 s:\n%2"_s.arg(
                                       QString::number(readyTimeoutMs / 1000), m_log));
        }
        timer.start(int(deadline.remainingTime()));
        loop.exec();
    }

    const QByteArray line = process->readLine().trimmed();
    const QJsonObject ready = QJsonDocument::fromJson(line).object();
    const QUrl pds(ready.value(u"pds"_s).toString());
    const QUrl plc(ready.value(u"plc"_s).toString());
    if (!pds.isValid() || pds.port() <= 0 || !plc.isValid()) {
        stop();
        return failWith(error, u"The PDS announced itself oddly: %1"_s.arg(QString::fromUtf8(line)));
    }
    m_pdsUrl = pds;
    m_plcUrl = plc;
    return true;
}

std::optional<PdsProcess::Account> PdsProcess::createAccount(const QString &handle, const QString &password,
                                                             QString *error)
{
    if (!isRunning()) {
        failWith(error, u"createAccount(%1): the PDS is not running"_s.arg(handle));
        return std::nullopt;
    }
    QNetworkRequest request(m_pdsUrl.resolved(QUrl(u"/xrpc/com.atproto.server.createAccount"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(requestTimeoutMs);
    const QString email = handle.section(u'.', 0, 0) + u"@example.test"_s;
    const QJsonObject body{{u"handle"_s, handle}, {u"password"_s, password}, {u"email"_s, email}};

    std::unique_ptr<QNetworkReply> reply(m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    waitForFinished(reply.get());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (status != 200) {
        failWith(error, u"createAccount(%1) answered HTTP %2 %3: %4 %5"_s.arg(
                            handle, QString::number(status), answer.value(u"error"_s).toString(),
                            answer.value(u"message"_s).toString(), reply->errorString()));
        return std::nullopt;
    }
    return Account{
        answer.value(u"did"_s).toString(),
        answer.value(u"handle"_s).toString(),
        answer.value(u"accessJwt"_s).toString(),
        answer.value(u"refreshJwt"_s).toString(),
    };
}

std::optional<QStringList> PdsProcess::postTexts(const QString &did)
{
    QStringList texts;
    QString cursor;
    do {
        QUrlQuery query{{u"repo"_s, did}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"limit"_s, u"100"_s}};
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        QUrl url = m_pdsUrl.resolved(QUrl(u"/xrpc/com.atproto.repo.listRecords"_s));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setTransferTimeout(requestTimeoutMs);
        std::unique_ptr<QNetworkReply> reply(m_network->get(request));
        waitForFinished(reply.get());
        if (reply->error() != QNetworkReply::NoError)
            return std::nullopt;
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonArray records = page.value(u"records"_s).toArray();
        for (const QJsonValue &record : records)
            texts.append(record[u"value"_s][u"text"_s].toString());
        cursor = records.isEmpty() ? QString() : page.value(u"cursor"_s).toString();
    } while (!cursor.isEmpty());
    return texts;
}
