#pragma once

#include "model/post.h"
#include "util/result.h"

#include <QWidget>

class AttachmentTile;
class QHBoxLayout;

// The composer's row of attached images, in the order they will be posted.
class AttachmentStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentStrip(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AttachmentStrip)

    // An image the user chose; refused, with the reason, when it cannot be read or is not a
    // supported image, or is attached already.
    Status add(const QString &path);
    // A saved post's attachments, each shown even when its file has gone since.
    void setAttachments(const QList<MediaAttachment> &media);
    QList<MediaAttachment> attachments() const;
    const QList<AttachmentTile *> &tiles() const { return m_tiles; }
    // The widgets Tab visits, in order.
    QWidgetList focusChain() const;

Q_SIGNALS:
    void changed();

private:
    void append(const MediaAttachment &attachment);
    void remove(AttachmentTile *tile);

    QHBoxLayout *m_layout = nullptr;
    QList<AttachmentTile *> m_tiles;
};
