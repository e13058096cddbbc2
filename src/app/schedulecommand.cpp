#include "schedulecommand.h"

#include "commandcontext.h"
#include "model/account.h"
#include "publish/mediarules.h"
#include "publish/textrules.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/poststore.h"
#include "util/clock.h"
#include "util/localtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// Gives Text::tr() the context "ScheduleCommand", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)
};

// The text must fit every chosen account, as each platform counts it.
Status checkText(const QString &text, const QList<Account> &accounts)
{
    if (text.trimmed().isEmpty())
        return Status::failure(Text::tr("The text is empty: give it with --text."));
    for (const Account &account : accounts) {
        if (const Status fits = checkTextFits(text, account); !fits)
            return fits;
    }
    return {};
}

Result<QList<MediaAttachment>> checkMedia(const QStringList &paths)
{
    QList<MediaAttachment> media;
    for (const QString &path : paths) {
        const QFileInfo file(path);
        if (!file.isFile() || !file.isReadable())
            return Result<QList<MediaAttachment>>::failure(Text::tr("The media file %1 does not exist or cannot be read.").arg(path));
        media.append({file.absoluteFilePath(), {}});
    }
    return media;
}
} // namespace

namespace ScheduleCommand {

int run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"schedule"_s, Text::tr("Schedule a post."));
    parser.addOptions({{u"account"_s, Text::tr("An account to post to (repeat for several)."), u"NAME"_s},
                       {u"at"_s, Text::tr("When: ISO 8601 with an offset, local time (2026-12-01T09:00), or now."), u"WHEN"_s},
                       {u"text"_s, Text::tr("The text of the post."), u"TEXT"_s},
                       {u"media"_s, Text::tr("An image or video to attach (repeat for several)."), u"FILE"_s}});
    if (const int done = context.parse(parser, arguments); done >= 0)
        return done;
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitBadInput, Text::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().value(1)));
    if (parser.values(u"account"_s).isEmpty())
        return context.fail(ExitBadInput, Text::tr("Name at least one account with --account."));
    if (!parser.isSet(u"at"_s))
        return context.fail(ExitBadInput, Text::tr("Say when with --at (for example --at 2026-12-01T09:00, or --at now)."));
    const Result<QDateTime> at = LocalTime::parseWhen(parser.value(u"at"_s), QTimeZone::systemTimeZone(), Clock::system());
    if (!at)
        return context.fail(ExitBadInput, at.error());
    const Result<QList<MediaAttachment>> media = checkMedia(parser.values(u"media"_s));
    if (!media)
        return context.fail(ExitBadInput, media.error());

    Database *database = context.database();
    if (!database)
        return ExitFailure;
    const AccountStore accountStore(*database);
    QList<Account> accounts;
    QList<qint64> accountIds;
    for (const QString &name : parser.values(u"account"_s)) {
        const Result<std::optional<Account>> found = accountStore.byName(name);
        if (!found)
            return context.fail(ExitFailure, found.error());
        if (!found.value())
            return context.fail(ExitBadInput, Text::tr("There is no account named \"%1\" (see: account list).").arg(name));
        if (!accountIds.contains(found.value()->id)) {
            accounts.append(*found.value());
            accountIds.append(found.value()->id);
        }
    }
    const QString text = parser.value(u"text"_s);
    if (const Status fits = checkText(text, accounts); !fits)
        return context.fail(ExitBadInput, fits.error());
    for (const Account &account : std::as_const(accounts)) {
        if (const Status fits = checkMediaFits(media.value(), account); !fits)
            return context.fail(ExitBadInput, fits.error());
    }

    const Result<qint64> postId = PostStore(*database).create({0, text, at.value(), media.value()}, accountIds);
    if (!postId)
        return context.fail(ExitFailure, postId.error());
    context.out << Text::tr("Scheduled post %1 for %2 (local time).")
                       .arg(postId.value())
                       .arg(at.value().toLocalTime().toString(u"yyyy-MM-dd HH:mm t"_s))
                << Qt::endl;
    return ExitOk;
}

} // namespace ScheduleCommand
