#include "serverthread.h"

#include "fakemastodonserver.h"

#include <QThread>

ServerThread::ServerThread()
    : m_thread(std::make_unique<QThread>())
    , m_server(new FakeMastodonServer)
{
    m_server->moveToThread(m_thread.get());
    m_thread->start();
    bool listening = false;
    QMetaObject::invokeMethod(m_server, [this, &listening] { listening = m_server->listen(); },
                              Qt::BlockingQueuedConnection);
    if (!listening)
        qFatal("bench: the fake server cannot listen on 127.0.0.1");
    m_baseUrl = m_server->baseUrl();
}

ServerThread::~ServerThread()
{
    // The server and its sockets must die in the thread that owns them.
    QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

int ServerThread::statusCount() const
{
    int count = 0;
    QMetaObject::invokeMethod(m_server, [this, &count] { count = int(m_server->statuses().size()); },
                              Qt::BlockingQueuedConnection);
    return count;
}
