#include "editpostcommand.h"

#include "storage/poststore.h"

#include <QCoreApplication>

EditPostCommand::EditPostCommand(const Database &database, Version before, Version after)
    : StoreCommand(QCoreApplication::translate("PostActions", "Edit post"))
    , m_database(database)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status EditPostCommand::apply()
{
    return PostStore(m_database).update(m_after.post, m_after.state);
}

Status EditPostCommand::revert()
{
    return PostStore(m_database).update(m_before.post, m_before.state);
}
