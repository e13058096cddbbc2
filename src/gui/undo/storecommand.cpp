#include "storecommand.h"

Status StoreCommand::applyFirst()
{
    const Status applied = apply();
    m_applied = applied.ok();
    return applied;
}

void StoreCommand::redo()
{
    if (m_applied) {
        m_applied = false; // the push: already applied by applyFirst()
        return;
    }
    settle(apply());
}

void StoreCommand::undo()
{
    settle(revert());
}

void StoreCommand::settle(const Status &status)
{
    if (status)
        return;
    setObsolete(true);
    if (m_report)
        m_report(status.error());
}
