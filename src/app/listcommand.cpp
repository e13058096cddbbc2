#include "listcommand.h"

#include "commandcontext.h"
#include "storage/database.h"
#include "storage/deliverystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// Gives Text::tr() the context "ListCommand", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
};

QJsonObject toJson(const Delivery &delivery)
{
    return {{u"id"_s, delivery.id},
            {u"post_id"_s, delivery.postId},
            {u"account"_s, delivery.accountName},
            {u"state"_s, DeliveryStates::name(delivery.state)},
            {u"scheduled_at"_s, delivery.scheduledAt.toString(Qt::ISODate)},
            {u"attempts"_s, delivery.attemptCount},
            {u"remote_id"_s, delivery.remoteId},
            {u"remote_url"_s, delivery.remoteUrl},
            {u"reason"_s, delivery.reason},
            {u"text"_s, delivery.text}};
}
} // namespace

namespace ListCommand {

int run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"list"_s, Text::tr("List deliveries."));
    parser.addOptions({{u"json"_s, Text::tr("One JSON object per delivery and line.")},
                       {u"state"_s, Text::tr("Only deliveries in this state: %1.").arg(DeliveryStates::allNames().join(u", "_s)),
                        u"STATE"_s}});
    if (const int done = context.parse(parser, arguments); done >= 0)
        return done;
    DeliveryFilter filter;
    for (const QString &name : parser.values(u"state"_s)) {
        const std::optional<DeliveryState> state = DeliveryStates::fromName(name);
        if (!state)
            return context.fail(ExitBadInput, Text::tr("Unknown state \"%1\": use one of %2.")
                                                  .arg(name, DeliveryStates::allNames().join(u", "_s)));
        filter.states.append(*state);
    }
    Database *database = context.database();
    if (!database)
        return ExitFailure;
    const Result<QList<Delivery>> deliveries = DeliveryStore(*database).list(filter);
    if (!deliveries)
        return context.fail(ExitFailure, deliveries.error());
    for (const Delivery &delivery : deliveries.value()) {
        if (parser.isSet(u"json"_s)) {
            context.out << QJsonDocument(toJson(delivery)).toJson(QJsonDocument::Compact) << Qt::endl;
            continue;
        }
        context.out << delivery.id << u'\t' << delivery.scheduledAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                    << u'\t' << delivery.accountName << u'\t' << DeliveryStates::displayName(delivery.state) << u'\t'
                    << delivery.text.left(40).simplified() << Qt::endl;
    }
    return ExitOk;
}

} // namespace ListCommand
