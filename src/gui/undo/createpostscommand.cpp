#include "createpostscommand.h"

CreatePostsCommand::CreatePostsCommand(const Database &database, const QString &text, QList<PostStore::NewPost> posts)
    : StoreCommand(text)
    , m_database(database)
    , m_posts(std::move(posts))
{
}

Status CreatePostsCommand::apply()
{
    const PostStore store(m_database);
    if (!m_removed.isEmpty())
        return store.restoreAll(m_removed);
    const Result<QList<qint64>> created = store.createAll(m_posts);
    if (created)
        m_ids = created.value();
    return Status::from(created);
}

Status CreatePostsCommand::revert()
{
    const Result<QList<PostStore::RemovedPost>> removed = PostStore(m_database).removeAll(m_ids);
    if (removed)
        m_removed = removed.value();
    return Status::from(removed);
}
