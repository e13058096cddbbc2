#pragma once

#include <QStringList>

struct CommandContext;

namespace ListCommand {
int run(CommandContext &context, const QStringList &arguments);
}
