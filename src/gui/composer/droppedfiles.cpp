#include "droppedfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// Gives tr() the context "DroppedFiles", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DroppedFiles)
};

// Far more than any platform takes; a larger file is not a post's text.
constexpr qint64 MaxTextBytes = 1 << 20;
} // namespace

namespace DroppedFiles {

QStringList localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

bool isText(const QString &path)
{
    return QMimeDatabase().mimeTypeForFile(path).inherits(u"text/plain"_s);
}

Result<QString> readText(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > MaxTextBytes)
        return Result<QString>::failure(Text::tr("%1 is too large to be a post's text.").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(Text::tr("%1 cannot be read: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();
    QStringDecoder decode(QStringDecoder::encodingForData(bytes).value_or(QStringDecoder::Utf8));
    const QString text = decode(bytes);
    if (decode.hasError())
        return Result<QString>::failure(Text::tr("%1 is not UTF-8 text.").arg(name));
    return text.trimmed();
}

} // namespace DroppedFiles
