#pragma once

#include <QStringList>

struct CommandContext;

namespace RunCommand {
int run(CommandContext &context, const QStringList &arguments);
}
