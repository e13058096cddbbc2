#include "blueskyrecord.h"

#include "richtext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace BlueskyRecord {

namespace {
QString base32Lower(const QByteArray &bytes)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

QJsonObject feature(const BlueskyText::Facet &facet, const QHash<QString, QString> &mentionDids)
{
    switch (facet.kind) {
    case BlueskyText::Facet::Kind::Link:
        return { { u"$type"_s, u"app.bsky.richtext.facet#link"_s }, { u"uri"_s, facet.value } };
    case BlueskyText::Facet::Kind::Mention:
        return { { u"$type"_s, u"app.bsky.richtext.facet#mention"_s }, { u"did"_s, mentionDids.value(facet.value) } };
    case BlueskyText::Facet::Kind::Tag:
        return { { u"$type"_s, u"app.bsky.richtext.facet#tag"_s }, { u"tag"_s, facet.value } };
    }
    return {};
}
} // namespace

QString blobCid(const QByteArray &bytes)
{
    // version 1, codec raw (0x55), multihash sha2-256 (0x12) of 32 bytes (0x20); multibase "b" = base32.
    const QByteArray cid
        = QByteArray("\x01\x55\x12\x20", 4) + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return u'b' + base32Lower(cid);
}

QByteArray build(const QString &text, const QDateTime &createdAt, const QHash<QString, QString> &mentionDids,
                 const QList<Image> &images)
{
    QJsonObject record { { u"$type"_s, QString::fromLatin1(collection) },
                         { u"text"_s, text },
                         { u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODateWithMs) } };
    QJsonArray facets;
    for (const BlueskyText::Facet &facet : BlueskyText::detect(text)) {
        if (facet.kind == BlueskyText::Facet::Kind::Mention && !mentionDids.contains(facet.value))
            continue;
        facets.append(QJsonObject {
            { u"index"_s, QJsonObject { { u"byteStart"_s, facet.byteStart }, { u"byteEnd"_s, facet.byteEnd } } },
            { u"features"_s, QJsonArray { feature(facet, mentionDids) } } });
    }
    if (!facets.isEmpty())
        record.insert(u"facets"_s, facets);
    if (!images.isEmpty()) {
        QJsonArray embedded;
        for (const Image &image : images) {
            const QJsonObject blob { { u"$type"_s, u"blob"_s },
                                     { u"ref"_s, QJsonObject { { u"$link"_s, image.cid } } },
                                     { u"mimeType"_s, image.mimeType },
                                     { u"size"_s, image.size } };
            embedded.append(QJsonObject { { u"alt"_s, image.alt }, { u"image"_s, blob } });
        }
        record.insert(u"embed"_s,
                      QJsonObject { { u"$type"_s, u"app.bsky.embed.images"_s }, { u"images"_s, embedded } });
    }
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

QList<Image> images(const QByteArray &record)
{
    QList<Image> result;
    const QJsonArray embedded
        = QJsonDocument::fromJson(record).object().value(u"embed"_s).toObject().value(u"images"_s).toArray();
    for (const QJsonValue &value : embedded) {
        const QJsonObject blob = value.toObject().value(u"image"_s).toObject();
        result.append({ blob.value(u"ref"_s).toObject().value(u"$link"_s).toString(),
                        blob.value(u"mimeType"_s).toString(), blob.value(u"size"_s).toInteger(),
                        value.toObject().value(u"alt"_s).toString() });
    }
    return result;
}

QByteArray putRecordBody(const QString &repo, const QString &rkey, const QByteArray &record)
{
    QByteArray head = QJsonDocument(QJsonObject { { u"repo"_s, repo },
                                                  { u"collection"_s, QString::fromLatin1(collection) },
                                                  { u"rkey"_s, rkey } })
                          .toJson(QJsonDocument::Compact);
    head.chop(1); // the closing brace: the record goes in as committed, not re-serialised
    return head + ",\"record\":" + record + ",\"swapRecord\":null}";
}

} // namespace BlueskyRecord
