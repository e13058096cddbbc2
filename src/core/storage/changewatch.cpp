#include "changewatch.h"

#include "database.h"

void ChangeWatch::markRead()
{
    const Result<QVariantList> stamp = m_database.changeStamp();
    m_readAt = stamp ? stamp.value() : QVariantList();
}

bool ChangeWatch::changedSinceRead() const
{
    const Result<QVariantList> stamp = m_database.changeStamp();
    return !stamp || m_readAt.isEmpty() || stamp.value() != m_readAt;
}
