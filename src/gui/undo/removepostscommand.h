#pragma once

#include "storecommand.h"
#include "storage/poststore.h"

class Database;

// Deletes posts that were never sent or decided, all or none; the undo puts them back as they were.
class RemovePostsCommand final : public StoreCommand
{
public:
    RemovePostsCommand(const Database &database, QList<qint64> postIds);

private:
    Status apply() override;
    Status revert() override;

    const Database &m_database;
    const QList<qint64> m_ids;
    QList<PostStore::RemovedPost> m_removed;
};
