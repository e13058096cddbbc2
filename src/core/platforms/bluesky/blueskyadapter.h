#pragma once

#include "model/account.h"
#include "publish/platformadapter.h"
#include "publish/platformregistry.h"

#include <QObject>

#include <optional>

class QNetworkReply;

// Bluesky and every AT Protocol PDS. Exactly once is exact here: we choose the record key (a TID),
// commit it with the record's bytes, and create with putRecord + swapRecord null, which answers an
// identical repeat with the same uri and refuses a different record under that key. getRecord (no
// sign-in needed) then tells whether an uncertain send took effect.
//
// The secret is the app password. Sessions live in memory only: the access token (about 2 h) is
// refreshed before it expires and whenever the PDS answers ExpiredToken; when refreshing fails, a new
// session is made from the app password.
class BlueskyAdapter final : public QObject, public PlatformAdapter {
    Q_OBJECT

public:
    BlueskyAdapter(Account account, QString appPassword, const AdapterContext &context);
    static void registerPlatform();

    AdapterCapabilities capabilities() const override;
    QString newPublicationKey() const override;
    QByteArray preparePayload(const PublishRequest &request) const override;
    int textLength(const QString &text) const override;
    void connectAccount(std::function<void(Result<QJsonObject>)> done) override;
    void publish(const PublishRequest &request, std::function<void(PublishOutcome)> done) override;
    void verify(const PublishRequest &request, std::function<void(VerifyOutcome)> done) override;

    // The record bytes for `request`, or why they cannot be made (unreadable or oversized image).
    Result<QByteArray> buildRecord(const PublishRequest &request) const;
    // A test seam: start from these tokens; `accessExpiry` overrides the token's own exp claim.
    void setSession(const QString &accessJwt, const QString &refreshJwt, const QDateTime &accessExpiry = {});
    QString accessToken() const { return m_accessJwt; }
    QString repo() const;

private:
    using SessionDone = std::function<void(std::optional<PublishOutcome> failure)>;

    QUrl xrpc(const QString &method) const;
    void ensureSession(SessionDone done);
    void createSession(SessionDone done);
    void refreshSession(SessionDone done);
    bool takeSession(const QByteArray &body);
    void uploadImages(const PublishRequest &request, int next, bool refreshed,
                      std::function<void(PublishOutcome)> done);
    void putRecord(const PublishRequest &request, bool refreshed, std::function<void(PublishOutcome)> done);
    QHash<QString, QString> resolveMentions(const QString &text) const;
    QString postUrl(const QString &rkey) const;

    Account m_account;
    QString m_appPassword;
    AdapterContext m_context;
    QString m_did;
    QString m_accessJwt;
    QString m_refreshJwt;
    QDateTime m_accessExpiry;
};
