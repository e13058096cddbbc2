#include "publisherlease.h"

#include "database.h"
#include "sqltime.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
bool processIsGone(qint64 pid)
{
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}
} // namespace

PublisherLease::PublisherLease(const Database &database, int ttlSeconds)
    : m_database(database)
    , m_holderId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_ttlSeconds(ttlSeconds)
{
}

Status PublisherLease::acquire(const QDateTime &now)
{
    const QString host = QSysInfo::machineHostName();
    return m_database.transaction([&]() -> Status {
        Result<QSqlQuery> current =
            m_database.exec(u"SELECT holder, host, pid, expires_at FROM publisher_lease WHERE id = 1"_s);
        if (!current)
            return Status::failure(current.error());
        if (current.value().next()) {
            const QString holder = current.value().value(0).toString();
            const QString holderHost = current.value().value(1).toString();
            const qint64 pid = current.value().value(2).toLongLong();
            const QDateTime expires = SqlTime::fromSql(current.value().value(3));
            const bool mine = holder == m_holderId;
            const bool abandoned = expires < now || (holderHost == host && pid != ::getpid() && processIsGone(pid));
            if (!mine && !abandoned) {
                return Status::failure(QCoreApplication::translate(
                                           "PublisherLease",
                                           "Another postscheduler (process %1 on %2) is publishing from this database. "
                                           "Stop it, or wait until %3 UTC if it has crashed.")
                                           .arg(pid)
                                           .arg(holderHost, expires.toString(u"HH:mm:ss"_s)));
            }
        }
        return Status::from(m_database.write(
            u"INSERT INTO publisher_lease (id, holder, host, pid, expires_at) VALUES (1, ?, ?, ?, ?) "
            u"ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, host = excluded.host, pid = excluded.pid, "
            u"expires_at = excluded.expires_at"_s,
            {m_holderId, host, qint64(::getpid()), SqlTime::toSql(now.addSecs(m_ttlSeconds))}));
    }, "acquireLease");
}

Status PublisherLease::release()
{
    return Status::from(m_database.write(u"DELETE FROM publisher_lease WHERE holder = ?"_s, {m_holderId}));
}
