#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace {
constexpr QByteArrayView RaiseRequest = "raise\n";
constexpr QByteArrayView Acknowledgement = "raised\n";

// The folder may be reached through a symlink, and the file may not exist yet on the first launch.
QString canonicalPath(const QString &path)
{
    const QFileInfo file(path);
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(file.absoluteFilePath()) : folder + u'/' + file.fileName();
}
} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(databasePath))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &databasePath)
{
    // Local sockets of all users may share one folder (/tmp): the home folder keeps users apart.
    const QByteArray owner = (QDir::homePath() + u'\n' + canonicalPath(databasePath)).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(owner, QCryptographicHash::Sha256).toHex().left(32);
    return u"postscheduler-"_s + QString::fromLatin1(hash);
}

SingleInstance::Answer SingleInstance::askRunningInstanceToRaise(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return Answer::NoneRunning;
    const QDeadlineTimer deadline(timeoutMs);
    socket.write(RaiseRequest.data(), RaiseRequest.size());
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return Answer::NotAnswering;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            return Answer::NotAnswering;
    }
    return socket.readLine() == Acknowledgement ? Answer::Raised : Answer::NotAnswering;
}

Status SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            answer(socket);
    });
    if (m_server->listen(m_name))
        return {};
    // Two launches at the same instant may both get here; then both run, and the lease makes the
    // later one read-only. Rare enough not to lock for.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError && QLocalServer::removeServer(m_name)
        && m_server->listen(m_name))
        return {};
    return Status::failure(
        tr("Another launch of postscheduler cannot bring this window to the front: %1").arg(m_server->errorString()));
}

void SingleInstance::answer(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    const auto readRequest = [this, socket] {
        if (!socket->canReadLine())
            return;
        if (socket->readLine() == RaiseRequest) {
            Q_EMIT raiseRequested();
            socket->write(Acknowledgement.data(), Acknowledgement.size());
        }
        socket->disconnectFromServer();
    };
    connect(socket, &QLocalSocket::readyRead, this, readRequest);
    readRequest(); // the request may have arrived with the connection
}
