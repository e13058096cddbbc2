#include "pauseaction.h"

#include "publish/engine.h"

PauseAction::PauseAction(QObject *parent)
    : QAction(parent)
{
    setEnabled(false);
    showPaused(false);
    connect(this, &QAction::triggered, this, [this] {
        if (m_engine)
            m_engine->setPaused(!m_engine->isPaused());
    });
}

void PauseAction::setEngine(Engine *engine)
{
    m_engine = engine;
    setEnabled(engine != nullptr);
    if (!engine)
        return;
    showPaused(engine->isPaused());
    connect(engine, &Engine::pausedChanged, this, &PauseAction::showPaused);
    connect(engine, &Engine::fatalError, this, [this] { setEngine(nullptr); });
}

void PauseAction::showPaused(bool paused)
{
    setText(paused ? tr("&Resume publishing") : tr("&Pause publishing"));
    setToolTip(paused ? tr("Send and verify due posts again")
                      : tr("Send nothing until you resume; scheduled posts wait"));
}
