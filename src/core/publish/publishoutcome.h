#pragma once

#include <QDateTime>
#include <QString>

// What an adapter learned from one send. The engine maps each kind to exactly one state change.
struct PublishOutcome
{
    enum class Kind {
        Published,   // the platform answered with the post
        Rejected,    // a definite refusal (validation, auth): sending again would not help
        NotExecuted, // definitely not carried out (refused before sending, 429, 503): safe to send again
        Unknown,     // may or may not have taken effect (timeout after sending, reset, 5xx)
    };
    Kind kind = Kind::Unknown;
    QString remoteId;
    QString remoteUrl;
    QString reason;
    int httpStatus = 0;
    QDateTime retryAfter; // NotExecuted: when the platform allows the next request (null: use backoff)

    static PublishOutcome published(QString id, QString url, int status)
    {
        return {Kind::Published, std::move(id), std::move(url), {}, status, {}};
    }
    static PublishOutcome rejected(QString reason, int status) { return {Kind::Rejected, {}, {}, std::move(reason), status, {}}; }
    static PublishOutcome notExecuted(QString reason, int status, QDateTime retryAfter = {})
    {
        return {Kind::NotExecuted, {}, {}, std::move(reason), status, std::move(retryAfter)};
    }
    static PublishOutcome unknown(QString reason, int status) { return {Kind::Unknown, {}, {}, std::move(reason), status, {}}; }
};

// What a lookup after the fact found.
struct VerifyOutcome
{
    enum class Kind { Found, Absent, CannotTell };
    Kind kind = Kind::CannotTell;
    QString remoteId;
    QString remoteUrl;
    QString reason;
    int httpStatus = 0;
};
