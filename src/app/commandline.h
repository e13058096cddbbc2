#pragma once

#include <QStringList>

// The command line: global options, then a command. Returns the process exit code, or -1 when no
// command was given (the caller starts the desktop app).
namespace CommandLine {
bool hasCommand(const QStringList &arguments);
int run(const QStringList &arguments);
} // namespace CommandLine
