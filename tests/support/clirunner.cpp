#include "clirunner.h"

#include <QDir>

using namespace Qt::StringLiterals;

CliRunner::CliRunner(const QString &home, const QString &databasePath)
    : m_databasePath(databasePath)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.insert(u"XDG_DATA_HOME"_s, QDir(home).filePath(u"data"_s));
    m_environment.insert(u"XDG_CONFIG_HOME"_s, QDir(home).filePath(u"config"_s));
    m_environment.insert(u"POSTSCHEDULER_SECRET_STORE"_s, u"file"_s);
}

QProcess *CliRunner::start(const QStringList &arguments, QObject *parent) const
{
    return CliProcess::start(QStringLiteral(POSTSCHEDULER_BINARY),
                             QStringList{u"--database"_s, m_databasePath} + arguments, m_environment, parent);
}

CliResult CliRunner::run(const QStringList &arguments) const
{
    return CliProcess::finish(start(arguments, nullptr), timeoutMs);
}
