#include "attachmentstrip.h"

#include "attachmenttile.h"
#include "thumbnails.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

AttachmentStrip::AttachmentStrip(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setAccessibleName(tr("Attached images"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch();
}

Status AttachmentStrip::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const MediaAttachment &attached : attachments()) {
        if (attached.path == absolute)
            return Status::failure(tr("%1 is attached already.").arg(QFileInfo(path).fileName()));
    }
    if (const Status usable = Thumbnails::check(absolute); !usable)
        return usable;
    append({absolute, {}});
    Q_EMIT changed();
    return {};
}

void AttachmentStrip::setAttachments(const QList<MediaAttachment> &media)
{
    for (AttachmentTile *tile : std::as_const(m_tiles))
        delete tile;
    m_tiles.clear();
    for (const MediaAttachment &attachment : media)
        append(attachment);
    Q_EMIT changed();
}

QList<MediaAttachment> AttachmentStrip::attachments() const
{
    QList<MediaAttachment> media;
    for (const AttachmentTile *tile : m_tiles)
        media.append(tile->attachment());
    return media;
}

QWidgetList AttachmentStrip::focusChain() const
{
    QWidgetList chain;
    for (const AttachmentTile *tile : m_tiles)
        chain << tile->altTextEdit() << tile->removeButton();
    return chain;
}

void AttachmentStrip::append(const MediaAttachment &attachment)
{
    auto *tile = new AttachmentTile(attachment, this);
    m_layout->insertWidget(int(m_tiles.size()), tile);
    m_tiles.append(tile);
    connect(tile, &AttachmentTile::removeRequested, this, [this, tile] { remove(tile); });
    connect(tile, &AttachmentTile::altTextChanged, this, &AttachmentStrip::changed);
}

// The keyboard stays in the row: focus moves to the neighbour's remove button.
void AttachmentStrip::remove(AttachmentTile *tile)
{
    const qsizetype index = m_tiles.indexOf(tile);
    m_tiles.removeAt(index);
    if (!m_tiles.isEmpty())
        m_tiles.at(std::min(index, m_tiles.size() - 1))->removeButton()->setFocus();
    tile->deleteLater();
    Q_EMIT changed();
}
