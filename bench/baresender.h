#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// The baseline the engine is measured against: the same status POSTs (same body, token and
// Idempotency-Key header) through one QNetworkAccessManager, with nothing written anywhere.
class BareSender final : public QObject
{
    Q_OBJECT

public:
    BareSender(const QUrl &server, QObject *parent = nullptr);

    // Posts `count` statuses keeping at most `window` in flight; returns when all have been answered.
    void sendBurst(int count, int window);
    // Posts one status now under `key`; `done` runs when it is answered.
    void sendOne(const QString &text, const QByteArray &key, const std::function<void()> &done);
    int answered() const { return m_answered; }

private:
    QNetworkAccessManager *m_network;
    QUrl m_statuses;
    int m_answered = 0;
};
