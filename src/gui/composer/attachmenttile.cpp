#include "attachmenttile.h"

#include "thumbnails.h"

#include <QDir>
#include <QFutureWatcher>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
constexpr QSize ThumbnailBox(168, 105);
}

AttachmentTile::AttachmentTile(const MediaAttachment &attachment, QWidget *parent)
    : QFrame(parent)
    , m_path(attachment.path)
    , m_thumbnail(new QLabel(this))
    , m_altText(new QLineEdit(attachment.altText, this))
    , m_remove(new QToolButton(this))
{
    const QString name = QFileInfo(m_path).fileName();
    setObjectName(u"attachmentTile"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Image %1").arg(name));
    setToolTip(QDir::toNativeSeparators(m_path));

    auto *fileName = new QLabel(this);
    fileName->setText(fileName->fontMetrics().elidedText(name, Qt::ElideMiddle, ThumbnailBox.width() - 28));
    m_thumbnail->setFixedSize(ThumbnailBox);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setWordWrap(true);
    showThumbnail();

    m_altText->setObjectName(u"altText"_s);
    m_altText->setPlaceholderText(tr("Alt text"));
    m_altText->setToolTip(tr("Describe the image for people who cannot see it."));
    m_altText->setAccessibleName(tr("Alt text for %1").arg(name));
    m_altText->setCursorPosition(0); // a saved description is read from its start
    m_remove->setObjectName(u"removeAttachment"_s);
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    m_remove->setToolTip(tr("Remove %1").arg(name));
    m_remove->setAccessibleName(tr("Remove %1").arg(name));
    m_remove->setFocusPolicy(Qt::StrongFocus);
    m_remove->setAutoRaise(true);

    auto *header = new QHBoxLayout;
    header->addWidget(fileName, 1);
    header->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(header);
    layout->addWidget(m_thumbnail, 0, Qt::AlignHCenter);
    layout->addWidget(m_altText);
    setFixedWidth(ThumbnailBox.width() + layout->contentsMargins().left() + layout->contentsMargins().right() + 2);

    connect(m_remove, &QToolButton::clicked, this, &AttachmentTile::removeRequested);
    connect(m_altText, &QLineEdit::textChanged, this, &AttachmentTile::altTextChanged);
}

MediaAttachment AttachmentTile::attachment() const
{
    return {m_path, m_altText->text().trimmed()};
}

// Decoded in the thread pool, so that a dozen large photos never freeze the window; the watcher goes
// with the tile, so a result for a tile removed meanwhile is dropped.
void AttachmentTile::showThumbnail()
{
    const qreal ratio = devicePixelRatioF();
    if (const std::optional<QPixmap> known = Thumbnails::cached(m_path, ThumbnailBox, ratio)) {
        m_thumbnail->setPixmap(*known);
        return;
    }
    m_thumbnail->setText(tr("Loading…"));
    m_loading = true;
    auto *watcher = new QFutureWatcher<Thumbnails::Decoded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ratio] {
        const Thumbnails::Decoded decoded = watcher->result();
        watcher->deleteLater();
        // A file that went missing (a post reopened later) keeps its tile, saying why, so that it can be removed.
        if (decoded.image.isNull())
            m_thumbnail->setText(decoded.problem);
        else
            m_thumbnail->setPixmap(Thumbnails::remember(m_path, decoded.image, ThumbnailBox, ratio));
        m_loading = false;
    });
    watcher->setFuture(QtConcurrent::run(&Thumbnails::decode, m_path, ThumbnailBox * ratio));
}
