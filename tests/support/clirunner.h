#pragma once

#include "cliprocess.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QObject;
class QProcess;

// The postscheduler binary on one database, with its own data and config folders under `home` and
// the file secret store, started through CliProcess.
class CliRunner
{
public:
    static constexpr int timeoutMs = 60000;

    CliRunner(const QString &home, const QString &databasePath);

    QProcessEnvironment &environment() { return m_environment; }
    const QString &databasePath() const { return m_databasePath; }

    // Started with --database; finish it with CliProcess::finish.
    QProcess *start(const QStringList &arguments, QObject *parent) const;
    CliResult run(const QStringList &arguments) const;

private:
    QString m_databasePath;
    QProcessEnvironment m_environment;
};
