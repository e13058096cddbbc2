#pragma once

#include "storage/poststore.h"
#include "util/result.h"

#include <QObject>

#include <memory>

class Clock;
class Database;
class QUndoStack;
class StoreCommand;
struct Delivery;

// Every change the user makes to posts in the window (reschedule, copy, duplicate, cancel, delete,
// edit) goes through here, as a command on one undo stack (Ctrl+Z / Ctrl+Shift+Z). A change is
// applied when asked and pushed only if it worked, so a refused change leaves nothing to undo.
class PostActions final : public QObject
{
    Q_OBJECT

public:
    PostActions(const Database &database, const Clock &clock, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }

    // Moves each post to its new time, all or none.
    Status reschedule(const QList<PostStore::Move> &moves);
    // Moves each post by the same offset, all or none.
    Status shift(const QList<qint64> &postIds, qint64 seconds);
    // New posts, all or none: copies dragged with Ctrl, duplicates. Their ids, in order.
    Result<QList<qint64>> create(const QList<PostStore::NewPost> &posts, const QString &description);
    // Copies of the posts as drafts, to the same accounts, at the same times.
    Result<QList<qint64>> duplicateAsDrafts(const QList<qint64> &postIds);
    Status cancel(const QList<qint64> &deliveryIds);
    // Writes the composer's edit of an unsent post; the undo writes it back as it was.
    Status edit(const Post &before, DeliveryState beforeState, const Post &after, DeliveryState afterState);
    Status remove(const QList<qint64> &postIds);

    // The accounts a post goes to, and whether every delivery of it is still a draft.
    struct Targets
    {
        QList<qint64> accountIds;
        bool allDrafts = true;
    };
    Result<Targets> targetsOf(const Post &post) const;

Q_SIGNALS:
    // After any change, undo or redo: the views read again.
    void changed();
    // An undo or redo the database refused (the post was sent meanwhile): it leaves the stack.
    void failed(const QString &message);

private:
    Status push(std::unique_ptr<StoreCommand> command);
    Result<QList<Delivery>> deliveries(const QList<qint64> &deliveryIds) const;

    const Database &m_database;
    const Clock &m_clock;
    QUndoStack *m_stack;
};
