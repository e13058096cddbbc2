#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound.
//
// QNetworkAccessManager silently sends a request again when a connection closes before the answer
// starts (it does so for POST too). For a publication that is a second post on every server that
// ignores the Idempotency-Key. With this body Qt cannot rewind, so instead of resending it reports
// ContentReSendError, which the engine treats as an unknown outcome and verifies.
class OneShotBody final : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
