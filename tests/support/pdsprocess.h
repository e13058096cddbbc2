#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QProcess;
class QTemporaryDir;

// A real Bluesky PDS (@atproto/pds) with its own in-memory PLC directory, on 127.0.0.1, for the
// engine's tests: tests/pds/start-pds.mjs run by Node.js (scripts/setup-pds.sh installs it).
// Every start() begins with no account; restart() brings the same server back on the same port
// with the same accounts, records, blobs and secrets, so tokens issued before it stay valid.
// The node process ends with this object, and by itself if the test process dies (stdin closes).
class PdsProcess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdsProcess)

public:
    struct Account
    {
        QString did;
        QString handle;
        QString accessJwt;
        QString refreshJwt;
    };

    // The source tree is POSTSCHEDULER_SOURCE_DIR: the compile definition, else the environment.
    explicit PdsProcess(QObject *parent = nullptr);
    explicit PdsProcess(const QString &sourceDir, QObject *parent = nullptr);
    ~PdsProcess() override;

    // A fresh, empty server; stops a running one first. Waits up to 60 s for it to be ready.
    bool start(QString *error = nullptr);
    // Stops the server, keeping its data for restart().
    void stop();
    // The server of the last start(), back on the same port with the same data.
    bool restart(QString *error = nullptr);
    bool isRunning() const;

    QUrl pdsUrl() const;
    QUrl plcUrl() const;
    QString dataDirectory() const;
    // For com.atproto.admin.* calls (HTTP Basic "admin" and this), e.g. to take an account down.
    QString adminPassword() const;
    // What the server wrote to stderr, for a failing test's message.
    QString log() const;

    // com.atproto.server.createAccount. The handle must end in ".test" (alice.test); the email,
    // which this PDS requires, is made from the handle's first label (alice@example.test).
    std::optional<Account> createAccount(const QString &handle, const QString &password,
                                         QString *error = nullptr);
    // The text of every app.bsky.feed.post record in the repo of `did` (com.atproto.repo.listRecords,
    // every page); nullopt when the PDS does not answer.
    std::optional<QStringList> postTexts(const QString &did);

private:
    bool launch(const QStringList &arguments, QString *error);

    QString m_sourceDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QProcess *m_process = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_pdsUrl;
    QUrl m_plcUrl;
    QString m_log;
};
