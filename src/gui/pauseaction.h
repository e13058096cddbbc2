#pragma once

#include <QAction>

class Engine;

// "Pause publishing" while the engine publishes, "Resume publishing" while it is paused. Every menu
// that offers it (the menu bar, the tray) has its own, and each follows the engine, so they agree.
class PauseAction final : public QAction {
    Q_OBJECT

public:
    explicit PauseAction(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PauseAction)

    // Disabled while there is no engine, and after it failed for good.
    void setEngine(Engine *engine);

private:
    void showPaused(bool paused);

    Engine *m_engine = nullptr;
};
