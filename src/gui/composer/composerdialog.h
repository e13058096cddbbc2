#pragma once

#include "model/account.h"
#include "model/deliverystate.h"
#include "model/post.h"
#include "util/result.h"

#include <QDialog>
#include <QList>

#include <memory>

class Clock;
class Database;
class PostActions;
class QCheckBox;
class QLabel;

namespace Ui {
class ComposerDialog;
}

// Writes a post: text checked against each chosen account as it is typed, images with alt text
// (by button or drop), accounts, a local time; then Save draft, Post now or Schedule. Every problem
// is explained beside its field, and nothing is saved half-way.
//
// A new post is written by the dialog itself, through PostActions (so that Ctrl+Z takes it back). An
// existing post not yet sent is edited for the caller's undo stack: accepting writes nothing, the
// caller writes editedPost() and undoes with originalPost() (both through PostStore::update, with the
// states).
class ComposerDialog final : public QDialog
{
    Q_OBJECT

public:
    ComposerDialog(const Database &database, Clock &clock, PostActions &actions, QWidget *parent = nullptr);
    // The unsent post `postId` with its text, images, time and accounts; refused (with the reason)
    // when it cannot be read or has started sending. Its accounts cannot be changed.
    static Result<std::unique_ptr<ComposerDialog>> forEdit(const Database &database, Clock &clock,
                                                           PostActions &actions, qint64 postId,
                                                           QWidget *parent = nullptr);
    ~ComposerDialog() override;
    Q_DISABLE_COPY_MOVE(ComposerDialog)

    // Starts at `at` (a calendar's day or hour), shown in local time.
    void setScheduledAt(const QDateTime &at);
    // Text files give the text, images become attachments; other files are explained beside the images.
    void addFiles(const QStringList &paths);

    bool isEditing() const { return m_original.id != 0; }
    qint64 postId() const { return m_postId; } // a new post, once saved
    // After accept: what the pressed button made of the post. Draft (Save draft) or Scheduled
    // (Schedule, and Post now, whose time is the clock's now).
    Post editedPost() const { return m_edited; }
    DeliveryState editedState() const { return m_editedState; }
    // Edit mode: the post as it was opened, for undo.
    Post originalPost() const { return m_original; }
    DeliveryState originalState() const { return m_originalState; }

    // Enter, or anyone accepting the dialog, means the default button: Schedule, if it can.
    void accept() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Intent { SaveDraft, PostNow, Schedule };

    // Every account to choose from; when editing, only the post's own, fixed.
    void showAccounts(const QList<qint64> &chosen);
    void showMediaArea();
    void addImages();
    void addImageFiles(const QStringList &paths);
    void appendText(const QString &text);
    void validate();
    void colourLabels();
    void updateTabOrder();
    QList<Account> chosenAccounts() const;
    QDateTime scheduledAt() const;
    void finish(Intent intent);

    std::unique_ptr<Ui::ComposerDialog> m_ui;
    const Database &m_database;
    Clock &m_clock;
    PostActions &m_actions;
    QList<Account> m_accounts;
    QList<QCheckBox *> m_accountBoxes;
    QString m_fileProblem; // the last files that could not be added, until the next add
    bool m_touched = false; // "write something" is not worth a red line before the user starts
    qint64 m_postId = 0;
    Post m_original;
    DeliveryState m_originalState = DeliveryState::Scheduled;
    Post m_edited;
    DeliveryState m_editedState = DeliveryState::Scheduled;
};
