#include "runcommand.h"

#include "commandcontext.h"
#include "publish/engine.h"
#include "storage/database.h"
#include "storage/deliverystore.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {
// Gives Text::tr() the context "RunCommand", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};

struct NumberOption
{
    QString name;
    double minimum;
    double scale; // to the unit EngineSettings uses
    int EngineSettings::*field;
};

const QList<NumberOption> &numberOptions()
{
    static const QList<NumberOption> options = {
        {u"request-timeout"_s, 0.1, 1000, &EngineSettings::requestTimeoutMs},
        {u"late-limit"_s, 0, 1, &EngineSettings::lateLimitMinutes},
        {u"verify-delay"_s, 0, 1000, &EngineSettings::verifyDelayMs},
        {u"retry-delay"_s, 0.01, 1000, &EngineSettings::backoffBaseMs},
    };
    return options;
}

void printChange(CommandContext &context, const DeliveryStore &store, qint64 deliveryId)
{
    const Result<Delivery> delivery = store.byId(deliveryId);
    if (!delivery)
        return;
    const Delivery &d = delivery.value();
    context.out << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << u" delivery "_s << d.id << u" ("_s
                << d.accountName << u"): "_s << DeliveryStates::displayName(d.state);
    if (!d.remoteUrl.isEmpty())
        context.out << u' ' << d.remoteUrl;
    else if (!d.reason.isEmpty() && d.state != DeliveryState::Sending)
        context.out << u" — "_s << d.reason;
    context.out << Qt::endl;
}
} // namespace

namespace RunCommand {

int run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"run"_s, Text::tr("Publish due posts without a window."));
    parser.addOptions({{u"until-idle"_s, Text::tr("Exit once nothing is due or in flight.")},
                       {u"request-timeout"_s, Text::tr("Seconds to wait for each request (default 30)."), u"SECONDS"_s},
                       {u"late-limit"_s, Text::tr("Minutes after which a missed post waits for you (default 60)."), u"MINUTES"_s},
                       {u"verify-delay"_s, Text::tr("Seconds to wait before verifying an unknown outcome (default 10)."),
                        u"SECONDS"_s},
                       {u"retry-delay"_s, Text::tr("Seconds of the first retry delay (default 5)."), u"SECONDS"_s}});
    if (const int done = context.parse(parser, arguments); done >= 0)
        return done;
    EngineSettings settings;
    settings.databasePath = context.databasePath;
    for (const NumberOption &option : numberOptions()) {
        if (!parser.isSet(option.name))
            continue;
        bool isNumber = false;
        const double value = parser.value(option.name).toDouble(&isNumber);
        if (!isNumber || value < option.minimum)
            return context.fail(ExitBadInput, Text::tr("--%1 needs a number of at least %2.").arg(option.name).arg(option.minimum));
        settings.*option.field = int(value * option.scale);
    }
    Database *database = context.database(); // refuses an unusable file before the engine starts
    if (!database)
        return ExitFailure;
    const DeliveryStore store(*database);

    int exitCode = ExitOk;
    Engine engine(settings, SecretStore::create(context.secretStoreKind), Clock::system());
    QObject::connect(&engine, &Engine::fatalError, &engine, [&](const QString &message) {
        exitCode = context.fail(ExitFailure, message);
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&engine, &Engine::started, &engine, [&] {
        context.out << Text::tr("Publishing from %1.").arg(context.databasePath) << Qt::endl;
    });
    QObject::connect(&engine, &Engine::problem, &engine, [&](const QString &message) { context.err << message << Qt::endl; });
    QObject::connect(&engine, &Engine::deliveriesChanged, &engine, [&](const DeliveryChanges &changes) {
        for (const DeliveryChange &change : changes)
            printChange(context, store, change.deliveryId);
    });
    if (parser.isSet(u"until-idle"_s))
        QObject::connect(&engine, &Engine::idle, &engine, [] { QCoreApplication::exit(ExitOk); });
    engine.start();
    const int loopResult = QCoreApplication::exec();
    engine.stop();
    return exitCode != ExitOk ? exitCode : loopResult;
}

} // namespace RunCommand
