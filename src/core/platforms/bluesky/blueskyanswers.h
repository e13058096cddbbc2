#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// What the adapter reads from a PDS's answers, as pure functions of the body: a PDS is not trusted to
// send the shapes the lexicons document, so each reader says "nothing usable" rather than guess, and
// the fuzz targets in fuzz/ drive them directly.
namespace BlueskyAnswers {

// The XRPC error name ("ExpiredToken", "InvalidSwap", "RecordNotFound"), empty when there is none.
QString xrpcError(const QByteArray &body);

struct Session {
    QString accessJwt;
    QString refreshJwt;
    QString did; // may be empty: the account's stored DID is kept then
    bool isValid() const { return !accessJwt.isEmpty() && !refreshJwt.isEmpty(); }
};
// createSession and refreshSession.
Session session(const QByteArray &body);

// The exp claim of a JWT, null when it has none. The token is the server's: we only read when it
// stops working, and never check its signature.
QDateTime jwtExpiry(const QString &jwt);

// putRecord and getRecord: the record's at:// uri, empty when the answer has none.
QString recordUri(const QByteArray &body);

struct Blob {
    QString cid;
    QString mimeType;
};
// uploadBlob: the stored blob's reference.
Blob uploadedBlob(const QByteArray &body);

// resolveHandle: the DID, empty unless it looks like one ("did:...").
QString resolvedDid(const QByteArray &body);

} // namespace BlueskyAnswers
