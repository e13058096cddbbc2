#include "thumbnails.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace {
// Gives tr() the context "Thumbnails", in a form lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Thumbnails)
};

QString cacheKey(const QFileInfo &file, const QSize &pixels)
{
    return u"composer-thumbnail:%1:%2:%3:%4x%5"_s.arg(file.absoluteFilePath())
        .arg(file.size())
        .arg(file.lastModified().toMSecsSinceEpoch())
        .arg(pixels.width())
        .arg(pixels.height());
}
} // namespace

namespace Thumbnails {

Status check(const QString &path)
{
    // The image types that every platform here taking images accepts.
    static const QStringList types{u"image/jpeg"_s, u"image/png"_s, u"image/gif"_s, u"image/webp"_s};
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable())
        return Status::failure(Text::tr("%1 cannot be read.").arg(file.fileName()));
    if (!types.contains(QMimeDatabase().mimeTypeForFile(path).name()) || !QImageReader(path).canRead())
        return Status::failure(Text::tr("%1 is not a JPEG, PNG, GIF or WebP image, so it cannot be attached.")
                                   .arg(file.fileName()));
    return {};
}

Decoded decode(const QString &path, const QSize &pixels)
{
    if (const Status usable = check(path); !usable)
        return {{}, usable.error()};
    QImageReader reader(path);
    reader.setAutoTransform(true); // camera photos carry their orientation in EXIF
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > pixels.width() || full.height() > pixels.height()))
        reader.setScaledSize(full.scaled(pixels, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {{}, Text::tr("%1 cannot be shown: %2").arg(QFileInfo(path).fileName(), reader.errorString())};
    return {image, {}};
}

std::optional<QPixmap> cached(const QString &path, const QSize &box, qreal devicePixelRatio)
{
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey(QFileInfo(path), box * devicePixelRatio), &pixmap))
        return std::nullopt;
    return pixmap;
}

QPixmap remember(const QString &path, const QImage &image, const QSize &box, qreal devicePixelRatio)
{
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(cacheKey(QFileInfo(path), box * devicePixelRatio), pixmap);
    return pixmap;
}

} // namespace Thumbnails
