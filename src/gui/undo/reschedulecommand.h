#pragma once

#include "storecommand.h"
#include "storage/poststore.h"

class Database;

// Moves posts to new times, all or none; the undo moves them back.
class RescheduleCommand final : public StoreCommand
{
public:
    RescheduleCommand(const Database &database, QList<PostStore::Move> to, QList<PostStore::Move> from);

private:
    Status apply() override;
    Status revert() override;

    const Database &m_database;
    const QList<PostStore::Move> m_to;
    const QList<PostStore::Move> m_from;
};
