#pragma once

#include <QDateTime>
#include <QString>

// One row of a delivery's audit log, written once and never changed after it is finished.
struct Attempt
{
    enum class Kind { Send, Verify, Note };

    qint64 id = 0;
    qint64 deliveryId = 0;
    Kind kind = Kind::Send;
    QString publicationKey;
    QDateTime startedAt;
    QDateTime finishedAt;   // null while in flight
    QString outcome;        // "published", "rejected", "not_executed", "unknown", "found", "absent", "cannot_tell",
                            // "interrupted", or the user's decision for notes
    int httpStatus = 0;
    QString error;
    QString remoteId;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
};
