#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// The app.bsky.feed.post record, built once and committed with its record key, so that every send
// of the delivery carries the same bytes (putRecord answers an identical repeat with the same uri).
namespace BlueskyRecord {

constexpr int maxImages = 4;
constexpr qint64 maxImageBytes = 2'000'000;
inline constexpr auto collection = "app.bsky.feed.post";

struct Image {
    QString cid; // the blob's CID, computed from its bytes exactly as the PDS computes it
    QString mimeType;
    qint64 size = 0;
    QString alt;
};

// CIDv1, codec raw, sha2-256, base32 ("bafkrei..."): the blob reference the PDS answers uploadBlob with.
QString blobCid(const QByteArray &bytes);

// The record's JSON bytes. `mentionDids` maps each mentioned handle to its DID; a mention whose handle
// is missing stays plain text, as in Bluesky's own client.
QByteArray build(const QString &text, const QDateTime &createdAt, const QHash<QString, QString> &mentionDids,
                 const QList<Image> &images);

// The images a committed record embeds, in order.
QList<Image> images(const QByteArray &record);

// putRecord's body around the committed record, spliced in verbatim: {"collection","repo","rkey",
// "record":<record>,"swapRecord":null}. swapRecord null means "only if no record has this key".
QByteArray putRecordBody(const QString &repo, const QString &rkey, const QByteArray &record);

} // namespace BlueskyRecord
