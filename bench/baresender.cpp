#include "baresender.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

BareSender::BareSender(const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_statuses(server.resolved(QUrl(u"/api/v1/statuses"_s)))
{
}

void BareSender::sendOne(const QString &text, const QByteArray &key, const std::function<void()> &done)
{
    QNetworkRequest request(m_statuses);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer test-token");
    request.setRawHeader("Idempotency-Key", key);
    const QJsonObject status{{u"status"_s, text}, {u"visibility"_s, u"public"_s}};
    QNetworkReply *reply = m_network->post(request, QJsonDocument(status).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        (void)reply->readAll(); // read the answer, as the adapter does
        reply->deleteLater();
        ++m_answered;
        done();
    });
}

void BareSender::sendBurst(int count, int window)
{
    QEventLoop loop;
    m_answered = 0;
    int sent = 0;
    std::function<void()> sendNext = [&] {
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        sendOne(u"burst post %1"_s.arg(++sent), key, [&] {
            if (m_answered == count)
                loop.quit();
            else if (sent < count)
                sendNext();
        });
    };
    for (int i = 0; i < window && i < count; ++i)
        sendNext();
    loop.exec();
}
