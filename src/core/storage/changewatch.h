#pragma once

#include <QVariantList>

class Database;

// Tells a reader that polls whether anything was written since it last read (Database::changeStamp):
// a poll of an unchanged database then reads nothing, however much the reader shows.
class ChangeWatch final
{
public:
    explicit ChangeWatch(const Database &database) : m_database(database) {}

    // Just before a read: a write during the read counts as after it, and is read at the next poll.
    void markRead();
    // The read failed: the next poll reads again, whatever was written.
    void forget() { m_readAt.clear(); }
    // True when anything may have been written since markRead(), when it was never called since
    // forget(), or when the database cannot tell.
    bool changedSinceRead() const;

private:
    const Database &m_database;
    QVariantList m_readAt; // empty: read at the next poll
};
