#pragma once

#include "util/result.h"

#include <QPixmap>

class QSize;

// Small pictures of image files for the composer: decoded at the size shown (never the full image in
// memory), and cached by path, size on disk and modification time, so that reopening a post or
// redrawing a tile does not read the file again.
namespace Thumbnails {

// Whether `path` is an image that can be attached (a JPEG, PNG, GIF or WebP that can be read); reads
// only its header.
Status check(const QString &path);
// `path` scaled to fit `box` (device-independent pixels) at `devicePixelRatio`; or why it cannot be shown.
Result<QPixmap> load(const QString &path, const QSize &box, qreal devicePixelRatio);

} // namespace Thumbnails
