#include "engine.h"

#include "publisher.h"

#include <QThread>

Engine::Engine(EngineSettings settings, std::unique_ptr<SecretStore> secrets, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_publisher(new Publisher(std::move(settings), std::move(secrets), clock))
{
    m_thread->setObjectName(QStringLiteral("publisher"));
    m_publisher->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_publisher, &Publisher::start);
    connect(m_publisher, &Publisher::started, this, &Engine::started);
    connect(m_publisher, &Publisher::fatalError, this, &Engine::fatalError);
    connect(m_publisher, &Publisher::problem, this, &Engine::problem);
    connect(m_publisher, &Publisher::deliveriesChanged, this, &Engine::deliveriesChanged);
    connect(m_publisher, &Publisher::idle, this, &Engine::idle);
}

Engine::~Engine()
{
    stop();
}

void Engine::start()
{
    m_thread->start();
}

void Engine::wake()
{
    QMetaObject::invokeMethod(m_publisher, &Publisher::wake, Qt::QueuedConnection);
}

void Engine::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    QMetaObject::invokeMethod(m_publisher, [publisher = m_publisher, paused] { publisher->setPaused(paused); },
                              Qt::QueuedConnection);
    Q_EMIT pausedChanged(paused);
}

void Engine::updateSettings(const EngineSettings &settings)
{
    QMetaObject::invokeMethod(m_publisher, [publisher = m_publisher, settings] { publisher->updateSettings(settings); },
                              Qt::QueuedConnection);
}

void Engine::stop()
{
    if (!m_publisher)
        return;
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(m_publisher, &Publisher::stop, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_publisher;
    m_publisher = nullptr;
}
