#include "fakemastodonmedia.h"

#include "mastodonapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxMediaPerStatus = 4;
constexpr int processingPolls = 2;    // 206 answers before an asynchronous upload reports 200

struct MediaKind
{
    QString type;
    QString extension;
    bool processedAsynchronously;
};

// The MIME types /api/v1/instance advertises. GIFs are transcoded to video ("gifv"), hence
// processed in the background like videos.
std::optional<MediaKind> mediaKindFor(const QByteArray &mimeType)
{
    static const QHash<QByteArray, MediaKind> kinds{
        {"image/jpeg"_ba, {u"image"_s, u"jpeg"_s, false}}, {"image/png"_ba, {u"image"_s, u"png"_s, false}},
        {"image/webp"_ba, {u"image"_s, u"webp"_s, false}}, {"image/gif"_ba, {u"gifv"_s, u"mp4"_s, true}},
        {"video/mp4"_ba, {u"video"_s, u"mp4"_s, true}},
    };
    const auto kind = kinds.constFind(mimeType);
    return kind == kinds.cend() ? std::nullopt : std::optional(*kind);
}

const FormField *findField(const FormFields &fields, const QString &name)
{
    const auto field =
        std::find_if(fields.cbegin(), fields.cend(), [&name](const FormField &f) { return f.name == name; });
    return field == fields.cend() ? nullptr : &*field;
}

} // namespace

HttpResponse FakeMastodonMedia::upload(const FormFields &fields, const QString &id, const QUrl &baseUrl)
{
    const FormField *file = findField(fields, u"file"_s);
    if (!file || file->data.isEmpty())
        return MastodonApi::error(422, u"Validation failed: File can't be blank"_s);
    const std::optional<MediaKind> kind = mediaKindFor(file->contentType);
    if (!kind)
        return MastodonApi::error(422, u"Validation failed: File content type is invalid, File is invalid"_s);
    const FormField *description = findField(fields, u"description"_s);

    Attachment attachment;
    attachment.id = id;
    attachment.type = kind->type;
    attachment.extension = kind->extension;
    attachment.description = description ? description->text() : QString();
    attachment.pollsUntilProcessed = kind->processedAsynchronously ? processingPolls : 0;
    m_attachments.insert(id, attachment);
    return MastodonApi::json(kind->processedAsynchronously ? 202 : 200, toJson(attachment, baseUrl));
}

// Answers only for media not yet attached to a status, as Mastodon's MediaController does.
HttpResponse FakeMastodonMedia::poll(const QString &id, const QUrl &baseUrl)
{
    const auto attachment = m_attachments.find(id);
    if (attachment == m_attachments.end() || !attachment->statusId.isEmpty())
        return MastodonApi::error(404, u"Record not found"_s);
    if (attachment->pollsUntilProcessed == 0)
        return MastodonApi::json(200, toJson(*attachment, baseUrl));
    const HttpResponse stillProcessing = MastodonApi::json(206, toJson(*attachment, baseUrl));
    --attachment->pollsUntilProcessed;
    return stillProcessing;
}

std::optional<QString> FakeMastodonMedia::attachmentError(const QStringList &ids) const
{
    if (ids.size() > maxMediaPerStatus)
        return u"Cannot attach more than 4 files"_s;
    QStringList missing;
    bool hasVideo = false;
    bool notReady = false;
    for (const QString &id : ids) {
        const auto attachment = m_attachments.constFind(id);
        if (attachment == m_attachments.cend() || !attachment->statusId.isEmpty()) {
            missing.append(id);
            continue;
        }
        hasVideo = hasVideo || attachment->type != u"image";
        notReady = notReady || attachment->pollsUntilProcessed > 0;
    }
    if (!missing.isEmpty())
        return u"Media %1 not found or already attached to another post"_s.arg(missing.join(u", "_s));
    if (hasVideo && ids.size() > 1)
        return u"Cannot attach a video to a post that already contains images"_s;
    if (notReady)
        return u"Cannot attach files that have not finished processing. Try again in a moment!"_s;
    return std::nullopt;
}

void FakeMastodonMedia::attach(const QStringList &ids, const QString &statusId)
{
    for (const QString &id : ids)
        m_attachments[id].statusId = statusId;
}

QJsonArray FakeMastodonMedia::toJson(const QStringList &ids, const QUrl &baseUrl) const
{
    QJsonArray array;
    for (const QString &id : ids)
        array.append(toJson(m_attachments.value(id), baseUrl));
    return array;
}

QJsonObject FakeMastodonMedia::toJson(const Attachment &attachment, const QUrl &baseUrl)
{
    const bool processed = attachment.pollsUntilProcessed == 0;
    const QString files = baseUrl.toString() + u"/system/media_attachments/files/"_s + attachment.id;
    auto fileUrl = [&](const QString &style) {
        return processed ? QJsonValue(files + u'/' + style + u"/file."_s + attachment.extension) : QJsonValue::Null;
    };
    const QJsonValue description =
        attachment.description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(attachment.description);
    return QJsonObject{{u"id"_s, attachment.id},
                       {u"type"_s, attachment.type},
                       {u"url"_s, fileUrl(u"original"_s)},
                       {u"preview_url"_s, fileUrl(u"small"_s)},
                       {u"remote_url"_s, QJsonValue::Null},
                       {u"meta"_s, QJsonObject()},
                       {u"description"_s, description},
                       {u"blurhash"_s, QJsonValue::Null}};
}
