#include "reschedulecommand.h"

#include <QCoreApplication>

RescheduleCommand::RescheduleCommand(const Database &database, QList<PostStore::Move> to, QList<PostStore::Move> from)
    : StoreCommand(to.size() == 1 ? QCoreApplication::translate("PostActions", "Reschedule post")
                                  : QCoreApplication::translate("PostActions", "Reschedule %1 posts").arg(to.size()))
    , m_database(database)
    , m_to(std::move(to))
    , m_from(std::move(from))
{
}

Status RescheduleCommand::apply()
{
    return PostStore(m_database).rescheduleAll(m_to);
}

Status RescheduleCommand::revert()
{
    return PostStore(m_database).rescheduleAll(m_from);
}
