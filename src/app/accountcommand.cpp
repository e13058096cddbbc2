#include "accountcommand.h"

#include "commandcontext.h"
#include "model/account.h"
#include "publish/accountconnector.h"
#include "publish/platformregistry.h"
#include "storage/accountstore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// Gives Text::tr() the context "AccountCommand", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)
};

int add(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 4)
        return context.fail(ExitBadInput, Text::tr("Usage: account add PLATFORM NAME --instance|--url|--pds URL [--token-env VAR] "
                                                "[--handle HANDLE --password-env VAR]"));
    QString endpointText;
    for (const QString &option : {u"instance"_s, u"url"_s, u"pds"_s}) {
        if (parser.isSet(option))
            endpointText = parser.value(option);
    }
    if (endpointText.isEmpty())
        return context.fail(ExitBadInput, Text::tr("Give the account's address with --instance, --url or --pds."));

    // Bluesky signs in with a handle and an app password; the password is a secret like any token.
    const QString secretVariable =
        parser.isSet(u"password-env"_s) ? parser.value(u"password-env"_s) : parser.value(u"token-env"_s);
    const QString secret = secretVariable.isEmpty() ? QString() : qEnvironmentVariable(secretVariable.toLocal8Bit());
    if (!secretVariable.isEmpty() && secret.isEmpty())
        return context.fail(ExitBadInput, Text::tr("The environment variable %1 is empty or not set.").arg(secretVariable));

    Account account{0, words.at(3), words.at(2), QUrl(endpointText), {}};
    QString handle = parser.value(u"handle"_s).trimmed();
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    if (!handle.isEmpty())
        account.settings.insert(u"handle"_s, handle); // the adapter signs in with it

    Database *database = context.database();
    if (!database)
        return ExitFailure;
    AccountConnector connector(*database, context.secrets());
    if (const Status checked = connector.check(account, secret); !checked)
        return context.fail(ExitBadInput, checked.error());
    std::optional<Result<Account>> added;
    QEventLoop loop;
    connector.add(account, secret, [&](Result<Account> result) {
        added = std::move(result);
        loop.quit();
    });
    if (!added)
        loop.exec();
    if (!*added)
        return context.fail(ExitFailure, added->error());
    const PlatformRegistry::Platform *platform = PlatformRegistry::find(account.platform);
    context.out << Text::tr("Added %1 account %2.").arg(platform->displayName, account.name) << Qt::endl;
    if (const QString warning = context.secrets().warning(); !warning.isEmpty() && !secret.isEmpty())
        context.err << warning << Qt::endl;
    return ExitOk;
}

int list(CommandContext &context, const QCommandLineParser &parser)
{
    Database *database = context.database();
    if (!database)
        return ExitFailure;
    const Result<QList<Account>> accounts = AccountStore(*database).all();
    if (!accounts)
        return context.fail(ExitFailure, accounts.error());
    for (const Account &account : accounts.value()) {
        if (parser.isSet(u"json"_s)) {
            const QJsonObject row{{u"id"_s, account.id},
                                  {u"name"_s, account.name},
                                  {u"platform"_s, account.platform},
                                  {u"endpoint"_s, account.endpoint.toString()},
                                  {u"settings"_s, account.settings}};
            context.out << QJsonDocument(row).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            context.out << account.name << u'\t' << account.platform << u'\t' << account.endpoint.toString() << Qt::endl;
        }
    }
    return ExitOk;
}
} // namespace

namespace AccountCommand {

int run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"account"_s, Text::tr("add PLATFORM NAME ... | list"));
    parser.addOptions({{u"instance"_s, Text::tr("Mastodon: the instance URL."), u"URL"_s},
                       {u"url"_s, Text::tr("Webhook: the URL to POST to."), u"URL"_s},
                       {u"pds"_s, Text::tr("Bluesky: the PDS URL."), u"URL"_s},
                       {u"token-env"_s, Text::tr("The environment variable that holds the access token."), u"VAR"_s},
                       {u"handle"_s, Text::tr("Bluesky: the account's handle (alice.bsky.social)."), u"HANDLE"_s},
                       {u"password-env"_s, Text::tr("Bluesky: the environment variable that holds the app password."),
                        u"VAR"_s},
                       {u"json"_s, Text::tr("One JSON object per line.")}});
    if (const int done = context.parse(parser, arguments); done >= 0)
        return done;
    const QString verb = parser.positionalArguments().value(1);
    if (verb == u"add")
        return add(context, parser);
    if (verb == u"list")
        return list(context, parser);
    return context.fail(ExitBadInput, Text::tr("Use \"account add\" or \"account list\"."));
}

} // namespace AccountCommand
