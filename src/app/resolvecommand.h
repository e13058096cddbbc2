#pragma once

#include <QStringList>

struct CommandContext;

namespace ResolveCommand {
int run(CommandContext &context, const QStringList &arguments);
}
