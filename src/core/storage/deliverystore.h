#pragma once

#include "deliveryfilter.h"
#include "model/attempt.h"
#include "model/delivery.h"
#include "model/deliverysummary.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QVariantList>

#include <optional>

class Database;

// How an attempt ended, and what that means for its delivery. Written in one transaction.
struct AttemptEnd
{
    QString outcome;
    int httpStatus = 0;
    QString error;
    QString remoteId;
    QString remoteUrl;
    DeliveryState nextState = DeliveryState::Published;
    QDateTime nextAttemptAt; // for retrying and verifying
    QString reason;
};

// One send to commit before its first byte leaves.
struct SendStart
{
    qint64 deliveryId = 0;
    QString key;
    QByteArray payload;
};

// One attempt's end, to record.
struct AttemptFinish
{
    qint64 attemptId = 0;
    AttemptEnd end;
};

// Reads deliveries and moves them through the state machine. Every change is checked against
// DeliveryStates::canChange and written together with its attempt row.
class DeliveryStore final
{
public:
    explicit DeliveryStore(const Database &database) : m_database(database) {}

    Result<Delivery> byId(qint64 id) const;
    // How list() reads a page sorted by text or account: with few matching deliveries it sorts them;
    // with many (count() tells) it walks the posts' or accounts' index in order and stops at the page,
    // where sorting a million rows would take a second.
    enum class Matches { Few, Many };
    Result<QList<Delivery>> list(const DeliveryFilter &filter, Matches matches = Matches::Few) const;
    // How many deliveries `filter` lists, its limit and offset aside.
    Result<int> count(const DeliveryFilter &filter) const;
    // The same deliveries in the same order, with only what places a calendar chip.
    Result<QList<DeliverySummary>> summaries(const DeliveryFilter &filter) const;
    // For a view that shows a few posts a day, however many a day holds: the summaries() of the first
    // `posts` posts scheduled in [from, to), of every account or of `account` alone (its deliveries
    // only), and how many posts the range holds in all. Reads the rows of that page alone; the count
    // walks the range's index entries.
    struct FirstPosts
    {
        QList<DeliverySummary> deliveries;
        int posts = 0;
    };
    Result<FirstPosts> firstPosts(const QDateTime &from, const QDateTime &to, int posts,
                                  std::optional<qint64> account = std::nullopt) const;
    Result<QList<Attempt>> attempts(qint64 deliveryId) const;
    Result<int> count(DeliveryState state) const;
    // How many deliveries of each account are in one of `states` (accounts with none are absent).
    Result<QHash<qint64, int>> countByAccount(const QList<DeliveryState> &states) const;
    // Deliveries the engine may act on now (send, retry or verify), in the order they fell due: due,
    // and with no earlier post of their account still unsettled (sending, retrying, verifying), so
    // that each account publishes in order. `settling`: unsettled deliveries to count as settled,
    // because their outcome is written in the same transaction as what starts next.
    Result<QList<Delivery>> due(const QDateTime &now, int limit, const QList<qint64> &settling = {}) const;
    // The earliest time anything becomes due; null when nothing waits.
    Result<QDateTime> nextDueTime() const;
    // The engine's unfinished work, as `run --until-idle` counts it: everything in flight, verifying or
    // retrying, and scheduled deliveries that are due. Scheduled-in-the-future does not count.
    Result<int> pendingWork(const QDateTime &now) const;

    // The exactly-once commit point: the key (and the adapter's exact payload) are stored, the
    // delivery becomes `sending` and a send attempt is opened, all before the first byte leaves.
    // A key already committed is kept; `key` must then be the same.
    Result<qint64> beginSend(qint64 deliveryId, const QString &key, const QByteArray &payload, const QDateTime &now) const;
    Result<qint64> beginVerify(qint64 deliveryId, const QDateTime &now) const;
    Status finishAttempt(qint64 attemptId, const AttemptEnd &end, const QDateTime &now) const;
    // Group commit: several sends begun, or several attempts finished, in one transaction, so that one
    // sync to disk covers them all. Each has its own answer: one that is refused leaves the others be.
    Result<QList<Result<qint64>>> beginSends(const QList<SendStart> &sends, const QDateTime &now) const;
    Result<QList<Status>> finishAttempts(const QList<AttemptFinish> &finishes, const QDateTime &now) const;

    // A change without a network attempt (missed its time, the user's decision): logged as a note.
    Status change(qint64 deliveryId, DeliveryState to, const QString &note, const QDateTime &now,
                  const QDateTime &nextAttemptAt = {}) const;
    struct StateChange
    {
        qint64 deliveryId = 0;
        DeliveryState to = DeliveryState::Cancelled;
        QString note;
        QDateTime nextAttemptAt;
    };
    // Several such changes (a bulk cancel, its undo) in one transaction: all or none.
    Status changeAll(const QList<StateChange> &changes, const QDateTime &now) const;
    // Start-up recovery: whatever was `sending` when the last publisher died is now "possibly sent".
    Result<int> recoverInterrupted(const QDateTime &now, const QDateTime &verifyAt) const;

private:
    Result<DeliveryState> currentState(qint64 deliveryId) const;
    Status changeWithNote(const StateChange &change, const QDateTime &now) const;
    enum class SameState { Refused, Allowed };
    Status moveTo(qint64 deliveryId, DeliveryState to, const AttemptEnd &end, const QDateTime &now,
                  SameState same = SameState::Refused) const;
    Status refusal(qint64 deliveryId, DeliveryState to) const;
    Result<qint64> beginSendInTransaction(const SendStart &send, const QDateTime &now) const;
    Status finishAttemptInTransaction(const AttemptFinish &finish, const QDateTime &now) const;
    Result<qint64> openAttempt(qint64 deliveryId, Attempt::Kind kind, const QString &key, const QDateTime &now) const;
    const Database &m_database;
};
