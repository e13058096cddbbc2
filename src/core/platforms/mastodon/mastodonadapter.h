#pragma once

#include "model/account.h"
#include "publish/platformadapter.h"
#include "publish/platformregistry.h"

#include <QObject>

class QNetworkReply;

// Mastodon (and compatible servers). The Idempotency-Key guards against a race, but it is not the
// proof: Mastodon keeps it 3600 s, stores it only after success, does not compare bodies and its
// check is not atomic, and some compatible servers ignore it. So an unknown outcome is verified by
// listing the account's statuses, and sent again (same key, same body) only when proven absent.
class MastodonAdapter final : public QObject, public PlatformAdapter
{
    Q_OBJECT

public:
    MastodonAdapter(Account account, QString token, const AdapterContext &context);
    static void registerPlatform();

    AdapterCapabilities capabilities() const override;
    QString newPublicationKey() const override;
    int textLength(const QString &text) const override;
    void connectAccount(std::function<void(Result<QJsonObject>)> done) override;
    void publish(const PublishRequest &request, std::function<void(PublishOutcome)> done) override;
    void verify(const PublishRequest &request, std::function<void(VerifyOutcome)> done) override;

private:
    QUrl api(const QString &path) const;
    QNetworkReply *get(const QUrl &url);
    void uploadMedia(const PublishRequest &request, QStringList uploaded, std::function<void(PublishOutcome)> done);
    void awaitMedia(const QString &mediaId, int polls, std::function<void(Result<QString>)> done);
    void postStatus(const PublishRequest &request, const QStringList &mediaIds, std::function<void(PublishOutcome)> done);

    Account m_account;
    QString m_token;
    AdapterContext m_context;
};
