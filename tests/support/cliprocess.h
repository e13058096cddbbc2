#pragma once

#include <QString>
#include <QStringList>

class QObject;
class QProcess;
class QProcessEnvironment;

struct CliResult
{
    int exitCode = -1; // -1: crashed, killed or timed out
    QString out;
    QString err;
};

// The postscheduler binary as a child process, waited for with an event loop so that the fakes in
// the test process keep serving it.
namespace CliProcess {
QProcess *start(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                QObject *parent);
// Waits up to `timeoutMs`, kills the process after that, reads its output and deletes it later.
CliResult finish(QProcess *process, int timeoutMs);
} // namespace CliProcess
