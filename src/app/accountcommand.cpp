#include "accountcommand.h"

#include "commandcontext.h"
#include "model/account.h"
#include "publish/http.h"
#include "publish/platformadapter.h"
#include "publish/platformregistry.h"
#include "storage/accountstore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// Gives Text::tr() the context "AccountCommand", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)
};

// Asks the platform whether the credentials work and what it allows, before anything is stored.
Result<QJsonObject> connectAccount(const PlatformRegistry::Platform &platform, const Account &account,
                                   const QString &secret)
{
    QNetworkAccessManager network;
    std::unique_ptr<PlatformAdapter> adapter = platform.create(account, secret, {&network, 30'000});
    std::optional<Result<QJsonObject>> answer;
    QEventLoop loop;
    adapter->connectAccount([&](Result<QJsonObject> result) {
        answer = std::move(result);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

int add(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 4)
        return context.fail(ExitBadInput, Text::tr("Usage: account add PLATFORM NAME --instance|--url|--pds URL [--token-env VAR] "
                                                "[--handle HANDLE --password-env VAR]"));
    const QString platformName = words.at(2);
    const QString name = words.at(3);
    const PlatformRegistry::Platform *platform = PlatformRegistry::find(platformName);
    if (!platform) {
        return context.fail(ExitBadInput, Text::tr("Unknown platform \"%1\": use one of %2.")
                                              .arg(platformName, PlatformRegistry::names().join(u", "_s)));
    }
    static const QRegularExpression validName(u"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"_s);
    if (!validName.match(name).hasMatch())
        return context.fail(ExitBadInput, Text::tr("\"%1\" is not a usable account name: use letters, digits, . _ @ -.").arg(name));

    QString endpointText;
    for (const QString &option : {u"instance"_s, u"url"_s, u"pds"_s}) {
        if (parser.isSet(option))
            endpointText = parser.value(option);
    }
    if (endpointText.isEmpty())
        return context.fail(ExitBadInput, Text::tr("Give the account's address with --instance, --url or --pds."));
    const QUrl endpoint = QUrl::fromUserInput(endpointText);
    if (const Status allowed = Http::checkEndpoint(QUrl(endpointText)); !allowed)
        return context.fail(ExitBadInput, allowed.error());

    // Bluesky signs in with a handle and an app password; the password is a secret like any token.
    const QString secretVariable =
        parser.isSet(u"password-env"_s) ? parser.value(u"password-env"_s) : parser.value(u"token-env"_s);
    const QString secret = secretVariable.isEmpty() ? QString() : qEnvironmentVariable(secretVariable.toLocal8Bit());
    if (!secretVariable.isEmpty() && secret.isEmpty())
        return context.fail(ExitBadInput, Text::tr("The environment variable %1 is empty or not set.").arg(secretVariable));
    if (platform->needsSecret && secret.isEmpty())
        return context.fail(ExitBadInput, Text::tr("A %1 account needs a token: put it in an environment variable and "
                                             "name it with --token-env VAR.")
                                              .arg(platform->displayName));

    Database *database = context.database();
    if (!database)
        return ExitFailure;
    const AccountStore accounts(*database);
    if (const auto existing = accounts.byName(name); existing && existing.value())
        return context.fail(ExitBadInput, Text::tr("An account named \"%1\" already exists.").arg(name));

    Account account{0, name, platform->name, endpoint, {}};
    QString handle = parser.value(u"handle"_s).trimmed();
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    if (!handle.isEmpty())
        account.settings.insert(u"handle"_s, handle); // the adapter signs in with it
    const Result<QJsonObject> learned = connectAccount(*platform, account, secret);
    if (!learned)
        return context.fail(ExitFailure, learned.error());
    account.settings = learned.value();

    const Result<qint64> added = accounts.add(account);
    if (!added)
        return context.fail(ExitFailure, added.error());
    account.id = added.value();
    if (!secret.isEmpty()) {
        if (const Status stored = context.secrets().write(account.secretKey(database->databaseId()), secret); !stored) {
            (void)accounts.remove(account.id); // nothing half-way: no account without its token
            return context.fail(ExitFailure, stored.error());
        }
    }
    context.out << Text::tr("Added %1 account %2.").arg(platform->displayName, name) << Qt::endl;
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
