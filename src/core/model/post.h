#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

struct MediaAttachment
{
    QString path;
    QString altText;
};

// What the user writes. The schedule time is an instant (stored UTC); the UI shows it in local time.
struct Post
{
    qint64 id = 0;
    QString text;
    QDateTime scheduledAt;
    QList<MediaAttachment> media;
};
