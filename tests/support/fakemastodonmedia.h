#pragma once

#include "httpmessage.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonArray;
class QJsonObject;
class QUrl;

// The account's uploads behind POST /api/v2/media and GET /api/v1/media/:id, with Mastodon's
// background processing of videos and GIFs: 202 on upload, 206 while the client polls, then 200.
// A status may attach an upload once, and only after processing has finished.
class FakeMastodonMedia
{
public:
    HttpResponse upload(const FormFields &fields, const QString &id, const QUrl &baseUrl);
    HttpResponse poll(const QString &id, const QUrl &baseUrl);
    std::optional<QString> attachmentError(const QStringList &ids) const;    // PostStatusService#validate_media!
    void attach(const QStringList &ids, const QString &statusId);
    QJsonArray toJson(const QStringList &ids, const QUrl &baseUrl) const;

private:
    struct Attachment
    {
        QString id;
        QString type;
        QString extension;
        QString description;
        int pollsUntilProcessed = 0;    // GET /api/v1/media/:id answers 206 this many more times
        QString statusId;
    };

    static QJsonObject toJson(const Attachment &attachment, const QUrl &baseUrl);

    QHash<QString, Attachment> m_attachments;
};
