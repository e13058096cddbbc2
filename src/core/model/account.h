#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

// One connected identity on one platform. Its secret (token, app password) lives in the keychain,
// found by secretKey(); nothing secret is ever stored here.
struct Account
{
    qint64 id = 0;
    QString name;         // the user's name for it, unique: "work-mastodon"
    QString platform;     // "mastodon", "webhook", ... as the adapter registry knows it
    QUrl endpoint;        // instance, PDS or webhook URL
    QJsonObject settings; // platform facts learned when the account was added (text limit, remote id, ...)

    // The keychain entry of this account in the database with the given identity.
    QString secretKey(const QString &databaseId) const
    {
        return databaseId + QStringLiteral("/account/") + QString::number(id);
    }
};
