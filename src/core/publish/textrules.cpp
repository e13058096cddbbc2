#include "textrules.h"

#include "model/account.h"
#include "platformadapter.h"
#include "platformregistry.h"

#include <QCoreApplication>

namespace {
// Gives tr() the context "TextRules", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)
};
} // namespace

TextUsage textUsage(const QString &text, const Account &account)
{
    const std::unique_ptr<PlatformAdapter> adapter = PlatformRegistry::offline(account);
    if (!adapter)
        return {};
    return {adapter->textLength(text), adapter->capabilities().textLimit};
}

Status checkTextFits(const QString &text, const Account &account)
{
    const std::unique_ptr<PlatformAdapter> adapter = PlatformRegistry::offline(account);
    if (!adapter)
        return Status::failure(Text::tr("The account %1 uses an unknown platform.").arg(account.name));
    const AdapterCapabilities capabilities = adapter->capabilities();
    const int length = adapter->textLength(text);
    if (capabilities.textLimit > 0 && length > capabilities.textLimit) {
        return Status::failure(
            Text::tr("The text has %1 characters; %2 allows %3.").arg(length).arg(account.name).arg(capabilities.textLimit));
    }
    const qsizetype bytes = text.toUtf8().size();
    if (capabilities.textByteLimit > 0 && bytes > capabilities.textByteLimit) {
        return Status::failure(Text::tr("The text takes %1 bytes; %2 allows %3.")
                                   .arg(bytes)
                                   .arg(account.name)
                                   .arg(capabilities.textByteLimit));
    }
    return {};
}
