#pragma once

#include <QUrl>

#include <memory>

class FakeMastodonServer;
class QThread;

// The tests' FakeMastodonServer on a thread of its own, so that the client under measurement (the
// engine or the bare baseline) never shares an event loop with the server that answers it.
class ServerThread final
{
public:
    ServerThread();
    ~ServerThread();
    Q_DISABLE_COPY_MOVE(ServerThread)

    QUrl baseUrl() const { return m_baseUrl; }
    // Lives in the server's thread: connect to its signals, call nothing on it but through statusCount().
    FakeMastodonServer *server() const { return m_server; }
    int statusCount() const;

private:
    std::unique_ptr<QThread> m_thread;
    FakeMastodonServer *m_server = nullptr;
    QUrl m_baseUrl;
};
