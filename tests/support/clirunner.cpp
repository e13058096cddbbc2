#include "clirunner.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

CliRunner::CliRunner(const QString &home, const QString &databasePath)
    : m_databasePath(databasePath)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.insert(u"XDG_DATA_HOME"_s, QDir(home).filePath(u"data"_s));
    m_environment.insert(u"XDG_CONFIG_HOME"_s, QDir(home).filePath(u"config"_s));
    m_environment.insert(u"POSTSCHEDULER_SECRET_STORE"_s, u"file"_s);
}

QProcess *CliRunner::start(const QStringList &arguments, QObject *owner) const
{
    auto *process = new QProcess(owner);
    process->setProcessEnvironment(m_environment);
    process->start(QStringLiteral(POSTSCHEDULER_BINARY), QStringList { u"--database"_s, m_databasePath } + arguments);
    return process;
}

CliResult CliRunner::run(const QStringList &arguments) const
{
    QObject owner;
    return finish(start(arguments, &owner));
}

CliResult CliRunner::finish(QProcess *process)
{
    QEventLoop loop;
    QObject::connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (process->state() != QProcess::NotRunning)
        loop.exec();
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished();
    }
    return { process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
             QString::fromUtf8(process->readAllStandardOutput()), QString::fromUtf8(process->readAllStandardError()) };
}
