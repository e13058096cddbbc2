#pragma once

#include "util/result.h"

#include <QStringList>

class QMimeData;

// Files dropped from a file manager, on the composer or on the calendar: text files give the post's
// text, image files its attachments.
namespace DroppedFiles {

// The local files among a drag's URLs (remote URLs are left out: nothing is downloaded).
QStringList localFiles(const QMimeData *data);
bool isText(const QString &path);
// The file's text (UTF-8, or UTF-16 with a byte-order mark), or why it cannot be used.
Result<QString> readText(const QString &path);

} // namespace DroppedFiles
