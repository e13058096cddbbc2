#pragma once

#include <QStringList>

struct CommandContext;

namespace AccountCommand {
int run(CommandContext &context, const QStringList &arguments);
}
