#include "cliprocess.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

QProcess *CliProcess::start(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &environment, QObject *parent)
{
    auto *process = new QProcess(parent);
    process->setProcessEnvironment(environment);
    process->start(program, arguments);
    return process;
}

CliResult CliProcess::finish(QProcess *process, int timeoutMs)
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
    CliResult result{process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
                     QString::fromUtf8(process->readAllStandardOutput()),
                     QString::fromUtf8(process->readAllStandardError())};
    process->deleteLater();
    return result;
}
