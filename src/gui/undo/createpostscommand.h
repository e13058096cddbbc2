#pragma once

#include "storecommand.h"
#include "storage/poststore.h"

class Database;

// Creates posts (copies, duplicates), all or none. The undo removes them; a redo after that puts
// the very same posts back, under the same ids, so that later commands still find them.
class CreatePostsCommand final : public StoreCommand
{
public:
    CreatePostsCommand(const Database &database, const QString &text, QList<PostStore::NewPost> posts);

    const QList<qint64> &postIds() const { return m_ids; }

private:
    Status apply() override;
    Status revert() override;

    const Database &m_database;
    const QList<PostStore::NewPost> m_posts;
    QList<qint64> m_ids;
    QList<PostStore::RemovedPost> m_removed;
};
