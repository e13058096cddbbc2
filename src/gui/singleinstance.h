#pragma once

#include "util/result.h"

#include <QObject>

class QLocalServer;
class QLocalSocket;

// One desktop app per database: a later launch on the same database asks the running one to bring
// its window to the front, and leaves. The command line is not concerned: the publisher lease
// already keeps a second publisher from sending.
class SingleInstance final : public QObject {
    Q_OBJECT

public:
    enum class Answer { NoneRunning, Raised, NotAnswering };

    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    // Blocks for at most `timeoutMs`: it runs before the event loop, and the first instance answers at once.
    Answer askRunningInstanceToRaise(int timeoutMs = 3000) const;
    // Takes the name so that later launches find this instance. Call after nobody answered: a socket
    // still there then was left by a crash, and is replaced.
    Status listen();
    const QString &serverName() const { return m_name; }
    // The same for every spelling of the path (relative, through symlinks), and different per user.
    static QString serverNameFor(const QString &databasePath);

Q_SIGNALS:
    void raiseRequested();

private:
    void answer(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};
