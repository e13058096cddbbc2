#include "commandline.h"

#include "accountcommand.h"
#include "commandcontext.h"
#include "listcommand.h"
#include "resolvecommand.h"
#include "runcommand.h"
#include "schedulecommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
struct Command
{
    QLatin1StringView name;
    int (*run)(CommandContext &, const QStringList &);
};

constexpr Command commands[] = {
    {"account"_L1, AccountCommand::run}, {"schedule"_L1, ScheduleCommand::run}, {"list"_L1, ListCommand::run},
    {"run"_L1, RunCommand::run},         {"resolve"_L1, ResolveCommand::run},
};

// The command is the first word that is not an option or the value of a global option.
const Command *findCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == u"--database" || word == u"--secret-store") {
            ++i;
            continue;
        }
        if (word.startsWith(u'-'))
            continue;
        for (const Command &command : commands) {
            if (command.name == word)
                return &command;
        }
        return nullptr;
    }
    return nullptr;
}

bool startsWithUnknownWord(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == u"--database" || word == u"--secret-store") {
            ++i;
            continue;
        }
        if (!word.startsWith(u'-'))
            return true;
    }
    return false;
}
} // namespace

namespace CommandLine {

bool hasCommand(const QStringList &arguments)
{
    return findCommand(arguments) || startsWithUnknownWord(arguments);
}

int run(const QStringList &arguments)
{
    CommandContext context;
    const Command *command = findCommand(arguments);
    if (!command) {
        return context.fail(ExitBadInput,
                            QCoreApplication::translate("CommandLine",
                                                        "Unknown command. Commands: account, schedule, list, run, "
                                                        "resolve (see README.md or --help)."));
    }
    return command->run(context, arguments);
}

} // namespace CommandLine
