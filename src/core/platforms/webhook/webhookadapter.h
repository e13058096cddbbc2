#pragma once

#include "model/account.h"
#include "publish/platformadapter.h"
#include "publish/platformregistry.h"

#include <QObject>

// POSTs the post as JSON to a URL the user gives, with an Idempotency-Key header (a quoted string, as
// in the IETF httpapi draft). Any 2xx is published. There is no way to look a post up afterwards, so
// an unknown outcome is never retried: the user decides.
class WebhookAdapter final : public QObject, public PlatformAdapter
{
    Q_OBJECT

public:
    WebhookAdapter(Account account, QString token, const AdapterContext &context);
    static void registerPlatform();

    AdapterCapabilities capabilities() const override;
    QString newPublicationKey() const override;
    QByteArray preparePayload(const PublishRequest &request) const override;
    void connectAccount(std::function<void(Result<QJsonObject>)> done) override;
    void publish(const PublishRequest &request, std::function<void(PublishOutcome)> done) override;
    void verify(const PublishRequest &request, std::function<void(VerifyOutcome)> done) override;

private:
    Account m_account;
    QString m_token;
    AdapterContext m_context;
};
