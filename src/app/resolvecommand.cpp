#include "resolvecommand.h"

#include "commandcontext.h"
#include "publish/userdecision.h"
#include "storage/database.h"
#include "storage/deliverystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {
// Gives tr() the context "ResolveCommand", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ResolveCommand)
};
} // namespace

namespace ResolveCommand {

int run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"resolve"_s, Text::tr("Decide a delivery that needs attention."));
    parser.addPositionalArgument(u"DELIVERY"_s, Text::tr("The delivery id (see: list)."));
    parser.addOptions({{u"posted"_s, Text::tr("It was posted: mark it published.")},
                       {u"not-posted"_s, Text::tr("It was not posted: post it again (same publication key).")},
                       {u"cancel"_s, Text::tr("Cancel it.")}});
    if (const int done = context.parse(parser, arguments); done >= 0)
        return done;
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&isNumber);
    if (!isNumber || parser.positionalArguments().size() != 2)
        return context.fail(ExitBadInput, Text::tr("Give one delivery id: resolve DELIVERY --posted|--not-posted|--cancel."));
    const int chosen = int(parser.isSet(u"posted"_s)) + int(parser.isSet(u"not-posted"_s)) + int(parser.isSet(u"cancel"_s));
    if (chosen != 1)
        return context.fail(ExitBadInput, Text::tr("Choose exactly one of --posted, --not-posted and --cancel."));
    const UserDecision decision = parser.isSet(u"posted"_s)   ? UserDecision::WasPosted
                                  : parser.isSet(u"cancel"_s) ? UserDecision::Cancel
                                                              : UserDecision::PostAgain;
    Database *database = context.database();
    if (!database)
        return ExitFailure;
    const DeliveryStore store(*database);
    if (const Result<Delivery> delivery = store.byId(id); !delivery)
        return context.fail(ExitBadInput, delivery.error());
    if (const Status applied = applyUserDecision(store, id, decision, QDateTime::currentDateTimeUtc()); !applied)
        return context.fail(ExitBadInput, applied.error());
    context.out << Text::tr("Delivery %1: done.").arg(id) << Qt::endl;
    return ExitOk;
}

} // namespace ResolveCommand
