#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// What the adapter reads from Mastodon's answers, as pure functions of the body: the server is not
// trusted to send the shapes it documents, so each reader says "nothing usable" rather than guess,
// and the fuzz targets in fuzz/ drive them directly.
namespace MastodonAnswers {

constexpr int defaultMaxCharacters = 500;

// GET /api/v1/instance: configuration.statuses.max_characters, or the default.
int maxCharacters(const QByteArray &instanceBody);

struct Identity {
    QString id; // empty: not an account
    QString acct;
};
// GET /api/v1/accounts/verify_credentials.
Identity identity(const QByteArray &body);

// POST /api/v2/media: the attachment's id, empty when the answer has none.
QString mediaId(const QByteArray &body);

struct PostedStatus {
    QString id; // empty: the answer is not a status
    QString url;
};
// POST /api/v1/statuses.
PostedStatus postedStatus(const QByteArray &body);

// One page of GET /api/v1/accounts/:id/statuses, searched for a text.
struct StatusPage {
    enum class Kind {
        NotAList, // the body is not a JSON array
        Malformed, // a status without an id or a readable created_at
        Found, // a status in the window has the text
        NotFound, // no status in the window has it
    };
    Kind kind = Kind::NotAList;
    QString id; // Found
    QString url; // Found
    qsizetype size = 0; // statuses on the page
    bool reachedWindowStart = false; // a status older than the window was seen
};
// `wanted` is compared with each status's content after both are whitespace-normalised; statuses
// created before `windowStart` are not compared, only noted.
StatusPage searchStatusPage(const QByteArray &body, const QString &wanted, const QDateTime &windowStart);

} // namespace MastodonAnswers
