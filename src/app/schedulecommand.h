#pragma once

#include <QStringList>

struct CommandContext;

namespace ScheduleCommand {
int run(CommandContext &context, const QStringList &arguments);
}
