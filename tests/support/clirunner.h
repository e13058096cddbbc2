#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QObject;
class QProcess;

struct CliResult {
    int exitCode = -1; // -1: it crashed or was killed
    QString out;
    QString err;
};

// The postscheduler binary as a user runs it, in a child process with its own data and config folders
// under `home` and the file secret store, while this process keeps serving the fakes (it never blocks
// the event loop while it waits).
class CliRunner {
public:
    static constexpr int timeoutMs = 60000;

    CliRunner(const QString &home, const QString &databasePath);

    QProcessEnvironment &environment() { return m_environment; }
    const QString &databasePath() const { return m_databasePath; }

    // Started with --database; the caller owns the process (parented to `owner`).
    QProcess *start(const QStringList &arguments, QObject *owner) const;
    CliResult run(const QStringList &arguments) const;
    // Waits for a started process, then reads what it printed.
    static CliResult finish(QProcess *process);

private:
    QString m_databasePath;
    QProcessEnvironment m_environment;
};
