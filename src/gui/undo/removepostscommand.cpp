#include "removepostscommand.h"

#include <QCoreApplication>

RemovePostsCommand::RemovePostsCommand(const Database &database, QList<qint64> postIds)
    : StoreCommand(postIds.size() == 1 ? QCoreApplication::translate("PostActions", "Delete post")
                                       : QCoreApplication::translate("PostActions", "Delete %1 posts").arg(postIds.size()))
    , m_database(database)
    , m_ids(std::move(postIds))
{
}

Status RemovePostsCommand::apply()
{
    const Result<QList<PostStore::RemovedPost>> removed = PostStore(m_database).removeAll(m_ids);
    if (removed)
        m_removed = removed.value();
    return Status::from(removed);
}

Status RemovePostsCommand::revert()
{
    return PostStore(m_database).restoreAll(m_removed);
}
