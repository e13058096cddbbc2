#pragma once

#include "model/account.h"
#include "publish/platformadapter.h"
#include "publish/platformregistry.h"

#include <QObject>

class QNetworkReply;

// Answers "is this post on the account?" after an unknown outcome: pages through the account's
// statuses, newest first, until the window that starts just before the first send is covered,
// looking for the exact text. Absent is claimed only when the whole window was seen.
class MastodonVerifier final : public QObject
{
    Q_OBJECT

public:
    MastodonVerifier(PublishRequest request, Account account, QString token, AdapterContext context,
                     QObject *parent = nullptr);
    void run(std::function<void(VerifyOutcome)> done);

private:
    void fetchPage(const QUrl &url, int pagesLeft);
    QUrl api(const QString &path) const;
    QNetworkReply *get(const QUrl &url);

    PublishRequest m_request;
    Account m_account;
    QString m_token;
    AdapterContext m_context;
    QDateTime m_windowStart;
    std::function<void(VerifyOutcome)> m_done;
};
