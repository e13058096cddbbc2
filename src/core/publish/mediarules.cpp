#include "mediarules.h"

#include "model/account.h"
#include "platformadapter.h"
#include "platformregistry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace {
// Gives tr() the context "MediaRules", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MediaRules)
};

} // namespace

Status checkMediaFits(const QList<MediaAttachment> &media, const Account &account)
{
    const std::unique_ptr<PlatformAdapter> adapter = PlatformRegistry::offline(account);
    if (!adapter)
        return Status::failure(Text::tr("The account %1 uses an unknown platform.").arg(account.name));
    const AdapterCapabilities capabilities = adapter->capabilities();
    if (capabilities.mediaLimit > 0 && media.size() > capabilities.mediaLimit) {
        return Status::failure(Text::tr("%1 takes up to %2 images per post; remove %3.")
                                   .arg(account.name)
                                   .arg(capabilities.mediaLimit)
                                   .arg(media.size() - capabilities.mediaLimit));
    }
    for (const MediaAttachment &attachment : media) {
        const QFileInfo file(attachment.path);
        if (!file.isFile() || !file.isReadable())
            return Status::failure(Text::tr("%1 cannot be read any more; remove it or add it again.").arg(file.fileName()));
        if (capabilities.mediaByteLimit > 0 && file.size() > capabilities.mediaByteLimit) {
            // Exact bytes: rounded sizes would read "2.0 MB is more than 2.0 MB".
            return Status::failure(Text::tr("%1 has %2 bytes; %3 takes files up to %4 bytes. Use a smaller image.")
                                       .arg(file.fileName(), QLocale().toString(file.size()), account.name,
                                            QLocale().toString(capabilities.mediaByteLimit)));
        }
    }
    return {};
}
