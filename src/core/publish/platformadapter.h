#pragma once

#include "model/post.h"
#include "publishoutcome.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

#include <functional>

// What the engine may rely on for one platform.
struct AdapterCapabilities
{
    bool canVerify = false;          // can look a post up after the fact
    int textLimit = 0;               // as textLength() counts
    int textByteLimit = 0;           // UTF-8 bytes, where the platform also limits those (0: no limit)
    int mediaLimit = 0;              // attachments per post (0: no limit)
    qint64 mediaByteLimit = 0;       // bytes per attachment (0: no limit, or the server decides)
};

// One delivery as an adapter sees it.
struct PublishRequest
{
    qint64 deliveryId = 0;
    QString publicationKey;
    QString text;
    QList<MediaAttachment> media;
    QByteArray payload;      // the exact bytes committed with the key, when the adapter needs them
    QDateTime firstSentAt;   // lower bound of the window a verification searches
};

// One platform behind one interface: turns intents into requests and responses into outcomes.
// The engine never switches on the platform. Callbacks are not called after the adapter is destroyed.
class PlatformAdapter
{
public:
    virtual ~PlatformAdapter() = default;

    virtual AdapterCapabilities capabilities() const = 0;
    virtual QString newPublicationKey() const = 0;
    // The request body to commit with the key, for platforms where the bytes are part of the identity.
    virtual QByteArray preparePayload(const PublishRequest &request) const;
    virtual int textLength(const QString &text) const;

    // Checks the credentials and learns the account's facts (text limit, remote id) for Account::settings.
    virtual void connectAccount(std::function<void(Result<QJsonObject>)> done) = 0;
    virtual void publish(const PublishRequest &request, std::function<void(PublishOutcome)> done) = 0;
    virtual void verify(const PublishRequest &request, std::function<void(VerifyOutcome)> done) = 0;
};
