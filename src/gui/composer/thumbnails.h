#pragma once

#include "util/result.h"

#include <QImage>
#include <QPixmap>
#include <QString>

#include <optional>

class QSize;

// Small pictures of image files for the composer: decoded at the size shown (never the full image in
// memory), off the GUI thread, and cached by path, size on disk and modification time, so that
// reopening a post or adding the same file again does not read it again.
namespace Thumbnails {

// Whether `path` is an image that can be attached (a JPEG, PNG, GIF or WebP that can be read); reads
// only its header.
Status check(const QString &path);

// What decoding gave: a picture, or why there is none. Safe to make in any thread.
struct Decoded
{
    QImage image;
    QString problem;
};
Decoded decode(const QString &path, const QSize &pixels);

// GUI thread only (pixmaps live there). `box` in device-independent pixels.
std::optional<QPixmap> cached(const QString &path, const QSize &box, qreal devicePixelRatio);
QPixmap remember(const QString &path, const QImage &image, const QSize &box, qreal devicePixelRatio);

} // namespace Thumbnails
