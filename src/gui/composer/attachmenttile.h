#pragma once

#include "model/post.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QToolButton;

// One attached image in the composer: its thumbnail (or why there is none), its alt text and a
// button that removes it. The alt text and the button are reached with Tab.
class AttachmentTile final : public QFrame
{
    Q_OBJECT

public:
    AttachmentTile(const MediaAttachment &attachment, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AttachmentTile)

    MediaAttachment attachment() const;
    QLineEdit *altTextEdit() const { return m_altText; }
    QToolButton *removeButton() const { return m_remove; }
    // The thumbnail is still being decoded in the background.
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void removeRequested();
    void altTextChanged();

private:
    void showThumbnail();

    QString m_path;
    QLabel *m_thumbnail = nullptr;
    QLineEdit *m_altText = nullptr;
    QToolButton *m_remove = nullptr;
    bool m_loading = false;
};
