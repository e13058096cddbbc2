#include "composercheck.h"

#include "publish/mediarules.h"
#include "publish/platformadapter.h"
#include "publish/platformregistry.h"
#include "publish/textrules.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// Gives tr() the context "ComposerCheck", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComposerCheck)
};

QString textProblem(const ComposerInput &input)
{
    if (input.text.trimmed().isEmpty() && input.media.isEmpty())
        return input.touched ? Text::tr("Write something, or add an image.") : QString();
    QStringList problems;
    for (const Account &account : input.accounts) {
        if (const Status fits = checkTextFits(input.text, account); !fits)
            problems.append(fits.error());
    }
    return problems.join(u'\n');
}

QString mediaProblem(const ComposerInput &input)
{
    QStringList problems{input.fileProblem};
    for (const Account &account : input.accounts) {
        if (const Status fits = checkMediaFits(input.media, account); !fits)
            problems.append(fits.error());
    }
    problems.removeAll(QString());
    problems.removeDuplicates(); // a missing file fits no account, but is said once
    return problems.join(u'\n');
}

QString characterCounts(const ComposerInput &input)
{
    QStringList counts;
    for (const Account &account : input.accounts) {
        const TextUsage usage = textUsage(input.text, account);
        if (usage.limit > 0)
            counts.append(Text::tr("%1: %2/%3").arg(account.name).arg(usage.length).arg(usage.limit));
    }
    return counts.join(u" · "_s);
}

QString mediaCounts(const ComposerInput &input)
{
    QStringList counts;
    for (const Account &account : input.accounts) {
        const std::unique_ptr<PlatformAdapter> adapter = PlatformRegistry::offline(account);
        const AdapterCapabilities capabilities = adapter ? adapter->capabilities() : AdapterCapabilities{};
        if (capabilities.mediaLimit <= 0)
            continue;
        const QString count =
            Text::tr("%1: %2/%3 images").arg(account.name).arg(input.media.size()).arg(capabilities.mediaLimit);
        counts.append(capabilities.mediaByteLimit <= 0
                          ? count
                          : Text::tr("%1, up to %2 each")
                                .arg(count, QLocale().formattedDataSize(capabilities.mediaByteLimit, 0,
                                                                       QLocale::DataSizeSIFormat)));
    }
    return counts.join(u" · "_s);
}
} // namespace

ComposerCheck checkComposer(const ComposerInput &input)
{
    ComposerCheck check;
    check.text = textProblem(input);
    check.media = mediaProblem(input);
    if (input.accounts.isEmpty() && input.touched)
        check.accounts = Text::tr("Choose at least one account.");
    if (input.at <= input.now)
        check.when = Text::tr("This time has passed. Choose a later one to schedule, or post now.");
    check.characterCounts = characterCounts(input);
    check.mediaCounts = mediaCounts(input);
    const bool hasContent = !input.text.trimmed().isEmpty() || !input.media.isEmpty();
    check.contentOk = hasContent && !input.accounts.isEmpty() && check.text.isEmpty() && check.media.isEmpty();
    return check;
}
