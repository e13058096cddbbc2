// The stores that move deliveries through the state machine: every change checked, every change written with
// its attempt row in one transaction, the publication key committed before anything is sent and never replaced.
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/deliverystore.h"
#include "storage/poststore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using S = DeliveryState;

namespace {
const QDateTime t0(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);

int count(const Database &database, const QString &table)
{
    Result<QSqlQuery> query = database.exec(u"SELECT COUNT(*) FROM "_s + table);
    return query && query.value().next() ? query.value().value(0).toInt() : -1;
}

AttemptEnd ending(const QString &outcome, DeliveryState next, const QDateTime &nextAttemptAt = {})
{
    AttemptEnd end;
    end.outcome = outcome;
    end.nextState = next;
    end.nextAttemptAt = nextAttemptAt;
    end.reason = u"because "_s + outcome;
    return end;
}

QStringList labels(const QList<Delivery> &deliveries)
{
    QStringList result;
    for (const Delivery &delivery : deliveries)
        result.append(delivery.text + u'/' + delivery.accountName);
    return result;
}
} // namespace

class tst_DeliveryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createMakesOneDeliveryPerAccount();
    void createIsAllOrNothing_data();
    void createIsAllOrNothing();
    void createAsDraft();
    void beginSendCommitsKeyAndOpensAttempt();
    void beginSendWhileSendingRefused();
    void beginSendKeepsTheFirstKey();
    void beginSendKeyOfAnotherDeliveryRefused();
    void beginVerifyUsesTheCommittedKey();
    void finishAttemptWritesAttemptAndState_data();
    void finishAttemptWritesAttemptAndState();
    void finishAttemptWithoutReason();
    void finishAttemptIsAtomic();
    void finishAttemptKeepingTheState();
    void changeRefusesForbiddenTransitions_data();
    void changeRefusesForbiddenTransitions();
    void changeRefusedWhileInFlight_data();
    void changeRefusedWhileInFlight();
    void changeLogsANote_data();
    void changeLogsANote();
    void changeUnknownDelivery();
    void recoverInterrupted();
    void dueAndPendingWork();
    void nextDueTimeWhenNothingWaits();
    void listFilters_data();
    void listFilters();
    void rescheduleBeforeSending();
    void rescheduleRefusedOnceSent();

private:
    qint64 addAccount(const QString &name);
    qint64 schedule(const QString &text, const QDateTime &at, const QList<qint64> &accounts,
                    DeliveryState initial = S::Scheduled);
    QList<Delivery> deliveriesOf(qint64 postId) const;
    Delivery delivery(qint64 id) const;
    QList<Attempt> attempts(qint64 deliveryId) const;
    // A new post on the first account, driven through legal changes into `state`; 0 when that failed.
    qint64 deliveryIn(DeliveryState state, const QDateTime &at = t0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<PostStore> m_posts;
    std::unique_ptr<DeliveryStore> m_deliveries;
    qint64 m_account = 0;
    int m_serial = 0;
};

void tst_DeliveryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(u"test.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_db = std::move(opened.value());
    m_accounts = std::make_unique<AccountStore>(*m_db);
    m_posts = std::make_unique<PostStore>(*m_db);
    m_deliveries = std::make_unique<DeliveryStore>(*m_db);
    m_account = addAccount(u"main"_s);
    QVERIFY(m_account > 0);
    m_serial = 0;
}

void tst_DeliveryStore::cleanup()
{
    m_deliveries.reset();
    m_posts.reset();
    m_accounts.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 tst_DeliveryStore::addAccount(const QString &name)
{
    Account account;
    account.name = name;
    account.platform = u"mastodon"_s;
    account.endpoint = QUrl(u"https://mastodon.example"_s);
    const Result<qint64> id = m_accounts->add(account);
    if (!id)
        qWarning("addAccount: %s", qPrintable(id.error()));
    return id ? id.value() : 0;
}

qint64 tst_DeliveryStore::schedule(const QString &text, const QDateTime &at, const QList<qint64> &accounts,
                                   DeliveryState initial)
{
    Post post;
    post.text = text;
    post.scheduledAt = at;
    const Result<qint64> id = m_posts->create(post, accounts, initial);
    if (!id)
        qWarning("schedule: %s", qPrintable(id.error()));
    return id ? id.value() : 0;
}

QList<Delivery> tst_DeliveryStore::deliveriesOf(qint64 postId) const
{
    QList<Delivery> result;
    const Result<QList<Delivery>> all = m_deliveries->list({});
    for (const Delivery &d : all ? all.value() : QList<Delivery>()) {
        if (d.postId == postId)
            result.append(d);
    }
    return result;
}

Delivery tst_DeliveryStore::delivery(qint64 id) const
{
    const Result<Delivery> found = m_deliveries->byId(id);
    return found ? found.value() : Delivery();
}

QList<Attempt> tst_DeliveryStore::attempts(qint64 deliveryId) const
{
    const Result<QList<Attempt>> found = m_deliveries->attempts(deliveryId);
    return found ? found.value() : QList<Attempt>();
}

qint64 tst_DeliveryStore::deliveryIn(DeliveryState state, const QDateTime &at)
{
    const QString text = u"post %1 (%2)"_s.arg(++m_serial).arg(DeliveryStates::name(state));
    const qint64 postId = schedule(text, at, {m_account}, state == S::Draft ? S::Draft : S::Scheduled);
    const QList<Delivery> made = deliveriesOf(postId);
    if (made.size() != 1)
        return 0;
    const qint64 id = made.constFirst().id;
    auto fail = [](const QString &step, const QString &error) {
        qWarning("deliveryIn: %s: %s", qPrintable(step), qPrintable(error));
        return qint64(0);
    };
    switch (state) {
    case S::Draft:
    case S::Scheduled: return id;
    case S::NeedsAttention:
    case S::Cancelled:
        if (const Status changed = m_deliveries->change(id, state, u"set up"_s, at); !changed)
            return fail(u"change"_s, changed.error());
        return id;
    default: break;
    }
    const Result<qint64> attempt = m_deliveries->beginSend(id, u"key-%1"_s.arg(id), "payload", at);
    if (!attempt)
        return fail(u"beginSend"_s, attempt.error());
    AttemptEnd end;
    switch (state) {
    case S::Sending: return id;
    case S::Retrying: end = ending(u"not_executed"_s, S::Retrying, at.addSecs(60)); break;
    case S::Verifying: end = ending(u"unknown"_s, S::Verifying, at.addSecs(30)); break;
    case S::Published: end = ending(u"published"_s, S::Published); break;
    case S::Failed: end = ending(u"rejected"_s, S::Failed); break;
    default: return 0;
    }
    if (const Status finished = m_deliveries->finishAttempt(attempt.value(), end, at.addSecs(1)); !finished)
        return fail(u"finishAttempt"_s, finished.error());
    return id;
}

void tst_DeliveryStore::createMakesOneDeliveryPerAccount()
{
    const qint64 second = addAccount(u"second"_s);
    QVERIFY(second > 0);
    Post post;
    post.text = u"Hello, two accounts"_s;
    post.scheduledAt = t0;
    post.media = {{u"/pictures/a.png"_s, u"a cat"_s}, {u"/pictures/b.png"_s, QString()}};
    const Result<qint64> postId = m_posts->create(post, {m_account, second});
    QVERIFY2(postId.ok(), qPrintable(postId.error()));

    const QList<Delivery> made = deliveriesOf(postId.value());
    QCOMPARE(made.size(), 2);
    QSet<qint64> accounts;
    for (const Delivery &d : made) {
        accounts.insert(d.accountId);
        QCOMPARE(d.state, S::Scheduled);
        QCOMPARE(d.text, post.text);
        QCOMPARE(d.scheduledAt, t0);
        QCOMPARE(d.nextAttemptAt, t0);
        QCOMPARE(d.platform, u"mastodon"_s);
        QVERIFY(d.publicationKey.isEmpty()); // no key until the commit point
        QCOMPARE(d.attemptCount, 0);
        QVERIFY(attempts(d.id).isEmpty());
    }
    QCOMPARE(accounts, (QSet<qint64>{m_account, second}));

    const Result<Post> stored = m_posts->byId(postId.value());
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored.value().scheduledAt, t0);
    QCOMPARE(stored.value().media.size(), 2);
    QCOMPARE(stored.value().media.at(0).path, u"/pictures/a.png"_s);
    QCOMPARE(stored.value().media.at(0).altText, u"a cat"_s);
    QCOMPARE(stored.value().media.at(1).path, u"/pictures/b.png"_s);
}

void tst_DeliveryStore::createIsAllOrNothing_data()
{
    QTest::addColumn<QList<qint64>>("accounts"); // 0 stands for the real account
    QTest::addColumn<QDateTime>("at");
    QTest::newRow("unknown account after a good one") << QList<qint64>{0, 9999} << t0;
    QTest::newRow("unknown account first") << QList<qint64>{9999, 0} << t0;
    QTest::newRow("same account twice") << QList<qint64>{0, 0} << t0;
    QTest::newRow("no schedule time") << QList<qint64>{0} << QDateTime();
}

void tst_DeliveryStore::createIsAllOrNothing()
{
    QFETCH(QList<qint64>, accounts);
    QFETCH(QDateTime, at);
    for (qint64 &id : accounts)
        id = id == 0 ? m_account : id;

    Post post;
    post.text = u"never half-made"_s;
    post.scheduledAt = at;
    post.media = {{u"/pictures/a.png"_s, u"alt"_s}};
    const Result<qint64> created = m_posts->create(post, accounts);
    QVERIFY(!created.ok());
    QVERIFY(!created.error().isEmpty());
    QCOMPARE(count(*m_db, u"posts"_s), 0);
    QCOMPARE(count(*m_db, u"media"_s), 0);
    QCOMPARE(count(*m_db, u"deliveries"_s), 0);
}

void tst_DeliveryStore::createAsDraft()
{
    const qint64 postId = schedule(u"a draft"_s, t0, {m_account}, S::Draft);
    QVERIFY(postId > 0);
    const QList<Delivery> made = deliveriesOf(postId);
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.constFirst().state, S::Draft);
    // A draft is nobody's work, however late it is.
    QCOMPARE(m_deliveries->due(t0.addDays(1), 10).value().size(), 0);
    QCOMPARE(m_deliveries->pendingWork(t0.addDays(1)).value(), 0);
    QVERIFY(!m_deliveries->nextDueTime().value().isValid());
}

void tst_DeliveryStore::beginSendCommitsKeyAndOpensAttempt()
{
    const qint64 id = deliveryIn(S::Scheduled);
    QVERIFY(id > 0);
    const QDateTime sentAt = t0.addSecs(2);
    const Result<qint64> attemptId = m_deliveries->beginSend(id, u"key-A"_s, "{\"status\":\"hi\"}", sentAt);
    QVERIFY2(attemptId.ok(), qPrintable(attemptId.error()));
    QVERIFY(attemptId.value() > 0);

    const Delivery d = delivery(id);
    QCOMPARE(d.state, S::Sending);
    QCOMPARE(d.publicationKey, u"key-A"_s);
    QCOMPARE(d.payload, QByteArray("{\"status\":\"hi\"}"));
    QCOMPARE(d.firstSentAt, sentAt);
    QCOMPARE(d.attemptCount, 1);

    const QList<Attempt> log = attempts(id);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.constFirst().id, attemptId.value());
    QCOMPARE(log.constFirst().kind, Attempt::Kind::Send);
    QCOMPARE(log.constFirst().publicationKey, u"key-A"_s);
    QCOMPARE(log.constFirst().startedAt, sentAt);
    QVERIFY(!log.constFirst().finishedAt.isValid()); // in flight
    QVERIFY(log.constFirst().outcome.isEmpty());

    // Durable for anyone else who opens the file, not only for this connection.
    const auto other = Database::open(m_db->path());
    QVERIFY2(other.ok(), qPrintable(other.error()));
    const Result<Delivery> seen = DeliveryStore(*other.value()).byId(id);
    QVERIFY2(seen.ok(), qPrintable(seen.error()));
    QCOMPARE(seen.value().publicationKey, u"key-A"_s);
    QCOMPARE(seen.value().state, S::Sending);
}

void tst_DeliveryStore::beginSendWhileSendingRefused()
{
    const qint64 id = deliveryIn(S::Sending);
    QVERIFY(id > 0);
    const QString key = delivery(id).publicationKey;
    const Result<qint64> again = m_deliveries->beginSend(id, key, "payload", t0.addSecs(5));
    QVERIFY(!again.ok());
    QVERIFY(!again.error().isEmpty());
    QCOMPARE(attempts(id).size(), 1);
    QCOMPARE(delivery(id).attemptCount, 1);
    QCOMPARE(delivery(id).state, S::Sending);
}

// The header's promise: a key already committed is kept, and a retry must use the same one.
void tst_DeliveryStore::beginSendKeepsTheFirstKey()
{
    const qint64 id = deliveryIn(S::Scheduled);
    QVERIFY(id > 0);
    const Result<qint64> first = m_deliveries->beginSend(id, u"key-first"_s, "payload-1", t0);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(m_deliveries->finishAttempt(first.value(), ending(u"not_executed"_s, S::Retrying, t0.addSecs(60)),
                                        t0.addSecs(1)));
    QCOMPARE(delivery(id).state, S::Retrying);

    const Result<qint64> otherKey = m_deliveries->beginSend(id, u"key-second"_s, "payload-1", t0.addSecs(60));
    QVERIFY2(!otherKey.ok(), "a retry under a different publication key was accepted");
    QVERIFY(!otherKey.error().isEmpty());
    Delivery d = delivery(id);
    QCOMPARE(d.state, S::Retrying);
    QCOMPARE(d.publicationKey, u"key-first"_s);
    QCOMPARE(d.attemptCount, 1);
    QCOMPARE(attempts(id).size(), 1);

    const Result<qint64> sameKey = m_deliveries->beginSend(id, u"key-first"_s, "payload-2", t0.addSecs(61));
    QVERIFY2(sameKey.ok(), qPrintable(sameKey.error()));
    d = delivery(id);
    QCOMPARE(d.state, S::Sending);
    QCOMPARE(d.publicationKey, u"key-first"_s);
    QCOMPARE(d.payload, QByteArray("payload-1")); // the committed bytes, not a re-rendering
    QCOMPARE(d.firstSentAt, t0);                  // still bounds verification from the first send
    QCOMPARE(d.attemptCount, 2);
    const QList<Attempt> log = attempts(id);
    QCOMPARE(log.size(), 2);
    for (const Attempt &attempt : log)
        QCOMPARE(attempt.publicationKey, u"key-first"_s);
}

void tst_DeliveryStore::beginSendKeyOfAnotherDeliveryRefused()
{
    const qint64 first = deliveryIn(S::Sending);
    const qint64 second = deliveryIn(S::Scheduled);
    QVERIFY(first > 0 && second > 0);
    const QString taken = delivery(first).publicationKey;
    const Result<qint64> stolen = m_deliveries->beginSend(second, taken, "payload", t0);
    QVERIFY(!stolen.ok());
    const Delivery d = delivery(second);
    QCOMPARE(d.state, S::Scheduled);
    QVERIFY(d.publicationKey.isEmpty());
    QCOMPARE(d.attemptCount, 0);
    QVERIFY(!d.firstSentAt.isValid());
    QVERIFY(attempts(second).isEmpty());
}

void tst_DeliveryStore::beginVerifyUsesTheCommittedKey()
{
    const qint64 id = deliveryIn(S::Verifying);
    QVERIFY(id > 0);
    const Result<qint64> verify = m_deliveries->beginVerify(id, t0.addSecs(40));
    QVERIFY2(verify.ok(), qPrintable(verify.error()));
    const QList<Attempt> log = attempts(id);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.constLast().kind, Attempt::Kind::Verify);
    QCOMPARE(log.constLast().publicationKey, delivery(id).publicationKey);
    QCOMPARE(log.constLast().startedAt, t0.addSecs(40));
    QCOMPARE(delivery(id).attemptCount, 1); // verifications are not sends
    QCOMPARE(delivery(id).state, S::Verifying);

    // Only a delivery still verifying is looked up: the user may have decided meanwhile.
    const qint64 decided = deliveryIn(S::Published);
    QVERIFY(decided > 0);
    QVERIFY(!m_deliveries->beginVerify(decided, t0.addSecs(40)).ok());
    QCOMPARE(attempts(decided).size(), 1);
}

void tst_DeliveryStore::finishAttemptWritesAttemptAndState_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<DeliveryState>("next");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<QString>("remoteUrl");
    QTest::addColumn<QDateTime>("nextAttemptAt");

    QTest::newRow("published") << u"published"_s << S::Published << 200 << QString() << u"109"_s
                               << u"https://mastodon.example/@main/109"_s << QDateTime();
    QTest::newRow("rejected") << u"rejected"_s << S::Failed << 422 << u"Validation failed: Text can't be blank"_s
                              << QString() << QString() << QDateTime();
    QTest::newRow("not executed") << u"not_executed"_s << S::Retrying << 503 << u"unavailable"_s << QString()
                                  << QString() << t0.addSecs(120);
    QTest::newRow("unknown, verify") << u"unknown"_s << S::Verifying << 0 << u"timeout"_s << QString() << QString()
                                     << t0.addSecs(30);
    QTest::newRow("unknown, ask") << u"unknown"_s << S::NeedsAttention << 0 << u"timeout"_s << QString() << QString()
                                  << QDateTime();
}

void tst_DeliveryStore::finishAttemptWritesAttemptAndState()
{
    QFETCH(QString, outcome);
    QFETCH(DeliveryState, next);
    QFETCH(int, httpStatus);
    QFETCH(QString, error);
    QFETCH(QString, remoteId);
    QFETCH(QString, remoteUrl);
    QFETCH(QDateTime, nextAttemptAt);

    const qint64 id = deliveryIn(S::Scheduled);
    QVERIFY(id > 0);
    const Result<qint64> attemptId = m_deliveries->beginSend(id, u"key"_s, "payload", t0);
    QVERIFY2(attemptId.ok(), qPrintable(attemptId.error()));

    AttemptEnd end = ending(outcome, next, nextAttemptAt);
    end.httpStatus = httpStatus;
    end.error = error;
    end.remoteId = remoteId;
    end.remoteUrl = remoteUrl;
    const QDateTime finishedAt = t0.addSecs(3);
    const Status finished = m_deliveries->finishAttempt(attemptId.value(), end, finishedAt);
    QVERIFY2(finished.ok(), qPrintable(finished.error()));

    const Delivery d = delivery(id);
    QCOMPARE(d.state, next);
    QCOMPARE(d.nextAttemptAt, nextAttemptAt);
    QCOMPARE(d.reason, end.reason);
    QCOMPARE(d.remoteId, remoteId);
    QCOMPARE(d.remoteUrl, remoteUrl);
    QCOMPARE(d.publicationKey, u"key"_s);

    const QList<Attempt> log = attempts(id);
    QCOMPARE(log.size(), 1);
    const Attempt &attempt = log.constFirst();
    QCOMPARE(attempt.outcome, outcome);
    QCOMPARE(attempt.finishedAt, finishedAt);
    QCOMPARE(attempt.startedAt, t0);
    QCOMPARE(attempt.httpStatus, httpStatus);
    QCOMPARE(attempt.error, error);
    QCOMPARE(attempt.remoteId, remoteId);
}

// Not every outcome comes with words for the user (a plain success does not): that must not stop it being recorded.
void tst_DeliveryStore::finishAttemptWithoutReason()
{
    const qint64 id = deliveryIn(S::Scheduled);
    QVERIFY(id > 0);
    const Result<qint64> attemptId = m_deliveries->beginSend(id, u"key"_s, "payload", t0);
    QVERIFY2(attemptId.ok(), qPrintable(attemptId.error()));
    AttemptEnd end;
    end.outcome = u"published"_s;
    end.nextState = S::Published;
    end.remoteId = u"7"_s;
    const Status finished = m_deliveries->finishAttempt(attemptId.value(), end, t0.addSecs(1));
    QVERIFY2(finished.ok(), qPrintable(finished.error()));
    QCOMPARE(delivery(id).state, S::Published);
    QCOMPARE(attempts(id).constFirst().outcome, u"published"_s);

    // The same for a change without a note.
    const qint64 other = deliveryIn(S::Scheduled);
    QVERIFY(other > 0);
    const Status changed = m_deliveries->change(other, S::Cancelled, QString(), t0);
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    QCOMPARE(delivery(other).state, S::Cancelled);
}

void tst_DeliveryStore::finishAttemptIsAtomic()
{
    const qint64 id = deliveryIn(S::Scheduled);
    QVERIFY(id > 0);
    const Result<qint64> attemptId = m_deliveries->beginSend(id, u"key"_s, "payload", t0);
    QVERIFY2(attemptId.ok(), qPrintable(attemptId.error()));

    // sending -> scheduled is no edge: the state change fails, so the attempt must not be finished either.
    const Status illegal = m_deliveries->finishAttempt(attemptId.value(), ending(u"published"_s, S::Scheduled), t0);
    QVERIFY(!illegal.ok());
    QCOMPARE(delivery(id).state, S::Sending);
    QList<Attempt> log = attempts(id);
    QCOMPARE(log.size(), 1);
    QVERIFY(!log.constFirst().finishedAt.isValid());
    QVERIFY(log.constFirst().outcome.isEmpty());

    QVERIFY(m_deliveries->finishAttempt(attemptId.value(), ending(u"unknown"_s, S::Verifying, t0.addSecs(30)),
                                        t0.addSecs(1)));
    // A finished attempt cannot be finished again, and the failed rewrite leaves the state alone too.
    const Status twice = m_deliveries->finishAttempt(attemptId.value(), ending(u"published"_s, S::Published), t0.addSecs(2));
    QVERIFY(!twice.ok());
    QCOMPARE(delivery(id).state, S::Verifying);
    log = attempts(id);
    QCOMPARE(log.constFirst().outcome, u"unknown"_s);
    QCOMPARE(log.constFirst().finishedAt, t0.addSecs(1));

    QVERIFY(!m_deliveries->finishAttempt(424242, ending(u"published"_s, S::Published), t0).ok());
}

void tst_DeliveryStore::finishAttemptKeepingTheState()
{
    const qint64 id = deliveryIn(S::Verifying);
    QVERIFY(id > 0);
    const Result<qint64> verify = m_deliveries->beginVerify(id, t0.addSecs(30));
    QVERIFY2(verify.ok(), qPrintable(verify.error()));
    const Status finished = m_deliveries->finishAttempt(
        verify.value(), ending(u"cannot_tell"_s, S::Verifying, t0.addSecs(300)), t0.addSecs(31));
    QVERIFY2(finished.ok(), qPrintable(finished.error()));
    const Delivery d = delivery(id);
    QCOMPARE(d.state, S::Verifying);
    QCOMPARE(d.nextAttemptAt, t0.addSecs(300));
    QCOMPARE(d.reason, u"because cannot_tell"_s);
    QCOMPARE(attempts(id).constLast().outcome, u"cannot_tell"_s);
}

void tst_DeliveryStore::changeRefusesForbiddenTransitions_data()
{
    QTest::addColumn<DeliveryState>("from");
    QTest::addColumn<DeliveryState>("to");
    QTest::newRow("scheduled -> published") << S::Scheduled << S::Published;
    QTest::newRow("scheduled -> verifying") << S::Scheduled << S::Verifying;
    QTest::newRow("draft -> sending") << S::Draft << S::Sending;
    QTest::newRow("verifying -> sending") << S::Verifying << S::Sending;
    QTest::newRow("published -> retrying") << S::Published << S::Retrying;
    QTest::newRow("published -> cancelled") << S::Published << S::Cancelled;
    QTest::newRow("cancelled -> sending") << S::Cancelled << S::Sending;
    QTest::newRow("failed -> published") << S::Failed << S::Published;
    QTest::newRow("retrying -> published") << S::Retrying << S::Published;
}

void tst_DeliveryStore::changeRefusesForbiddenTransitions()
{
    QFETCH(DeliveryState, from);
    QFETCH(DeliveryState, to);
    const qint64 id = deliveryIn(from);
    QVERIFY(id > 0);
    QCOMPARE(delivery(id).state, from);
    const Delivery before = delivery(id);
    const qsizetype attemptsBefore = attempts(id).size();

    const Status changed = m_deliveries->change(id, to, u"the user insisted"_s, t0.addSecs(100));
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().contains(QString::number(id)), qPrintable(changed.error()));
    QVERIFY2(changed.error().contains(DeliveryStates::displayName(from)), qPrintable(changed.error()));
    QVERIFY2(changed.error().contains(DeliveryStates::displayName(to)), qPrintable(changed.error()));

    const Delivery after = delivery(id);
    QCOMPARE(after.state, from);
    QCOMPARE(after.reason, before.reason);
    QCOMPARE(after.nextAttemptAt, before.nextAttemptAt);
    QCOMPARE(attempts(id).size(), attemptsBefore); // a refused change leaves no note
}

void tst_DeliveryStore::changeRefusedWhileInFlight_data()
{
    QTest::addColumn<DeliveryState>("from");
    QTest::addColumn<DeliveryState>("to");
    QTest::addColumn<DeliveryState>("settled"); // where the open attempt ends, before the change is tried again
    // No edge: an attempt in flight may already be out.
    QTest::newRow("sending -> cancelled") << S::Sending << S::Cancelled << S::Verifying;
    // An edge, but the engine's answer is on its way: a decision now would race it.
    QTest::newRow("sending -> needs_attention") << S::Sending << S::NeedsAttention << S::Verifying;
    QTest::newRow("verifying, lookup open -> cancelled") << S::Verifying << S::Cancelled << S::Verifying;
    QTest::newRow("verifying, lookup open -> needs_attention") << S::Verifying << S::NeedsAttention << S::Verifying;
}

void tst_DeliveryStore::changeRefusedWhileInFlight()
{
    QFETCH(DeliveryState, from);
    QFETCH(DeliveryState, to);
    QFETCH(DeliveryState, settled);
    const qint64 id = deliveryIn(from);
    QVERIFY(id > 0);
    qint64 openAttempt = attempts(id).constLast().id;
    if (from == S::Verifying) {
        const Result<qint64> verify = m_deliveries->beginVerify(id, t0.addSecs(40));
        QVERIFY2(verify.ok(), qPrintable(verify.error()));
        openAttempt = verify.value();
    }
    QVERIFY(!attempts(id).constLast().finishedAt.isValid());
    const qsizetype attemptsBefore = attempts(id).size();

    const Status changed = m_deliveries->change(id, to, u"the user insisted"_s, t0.addSecs(50));
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().contains(QString::number(id)), qPrintable(changed.error()));
    QCOMPARE(delivery(id).state, from);
    QCOMPARE(attempts(id).size(), attemptsBefore);

    // Once the platform has answered, the user's decision goes through.
    QVERIFY(m_deliveries->finishAttempt(openAttempt, ending(u"unknown"_s, settled, t0.addSecs(90)), t0.addSecs(60)));
    const Status afterwards = m_deliveries->change(id, to, u"the user insisted"_s, t0.addSecs(70));
    QVERIFY2(afterwards.ok(), qPrintable(afterwards.error()));
    QCOMPARE(delivery(id).state, to);
}

void tst_DeliveryStore::changeLogsANote_data()
{
    QTest::addColumn<DeliveryState>("from");
    QTest::addColumn<DeliveryState>("to");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QDateTime>("nextAttemptAt");
    QTest::newRow("missed its time") << S::Scheduled << S::NeedsAttention << u"missed its time"_s << QDateTime();
    QTest::newRow("it was posted") << S::NeedsAttention << S::Published << u"the user confirmed it"_s << QDateTime();
    QTest::newRow("post again") << S::NeedsAttention << S::Retrying << u"the user asked again"_s << t0.addSecs(500);
    QTest::newRow("post again after failure") << S::Failed << S::Retrying << u"fixed, try again"_s << t0.addSecs(500);
    QTest::newRow("cancel while verifying") << S::Verifying << S::Cancelled << u"cancelled by the user"_s
                                            << QDateTime();
    QTest::newRow("back to draft") << S::Scheduled << S::Draft << u"unscheduled"_s << QDateTime();
    QTest::newRow("draft scheduled") << S::Draft << S::Scheduled << u"scheduled"_s << t0.addSecs(3600);
}

void tst_DeliveryStore::changeLogsANote()
{
    QFETCH(DeliveryState, from);
    QFETCH(DeliveryState, to);
    QFETCH(QString, note);
    QFETCH(QDateTime, nextAttemptAt);
    const qint64 id = deliveryIn(from);
    QVERIFY(id > 0);
    const qsizetype attemptsBefore = attempts(id).size();
    const QString keyBefore = delivery(id).publicationKey;

    const QDateTime now = t0.addSecs(100);
    const Status changed = m_deliveries->change(id, to, note, now, nextAttemptAt);
    QVERIFY2(changed.ok(), qPrintable(changed.error()));

    const Delivery d = delivery(id);
    QCOMPARE(d.state, to);
    QCOMPARE(d.reason, note);
    QCOMPARE(d.nextAttemptAt, nextAttemptAt);
    QCOMPARE(d.publicationKey, keyBefore); // "post again" keeps the key: the platform can still dedupe
    const QList<Attempt> log = attempts(id);
    QCOMPARE(log.size(), attemptsBefore + 1);
    const Attempt &noted = log.constLast();
    QCOMPARE(noted.kind, Attempt::Kind::Note);
    QCOMPARE(noted.outcome, DeliveryStates::name(to));
    QCOMPARE(noted.error, note);
    QCOMPARE(noted.startedAt, now);
    QCOMPARE(noted.finishedAt, now);
}

void tst_DeliveryStore::changeUnknownDelivery()
{
    const Status changed = m_deliveries->change(31337, S::Cancelled, u"gone"_s, t0);
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().contains(u"31337"_s), qPrintable(changed.error()));
    QCOMPARE(count(*m_db, u"attempts"_s), 0);
}

void tst_DeliveryStore::recoverInterrupted()
{
    const qint64 sending = deliveryIn(S::Sending);
    const qint64 scheduled = deliveryIn(S::Scheduled);
    const qint64 retrying = deliveryIn(S::Retrying);
    const qint64 verifying = deliveryIn(S::Verifying);
    QVERIFY(sending > 0 && scheduled > 0 && retrying > 0 && verifying > 0);
    const Result<qint64> verify = m_deliveries->beginVerify(verifying, t0.addSecs(30)); // also in flight
    QVERIFY2(verify.ok(), qPrintable(verify.error()));
    const QDateTime verifyingBefore = delivery(verifying).nextAttemptAt;

    const QDateTime now = t0.addSecs(3600);
    const QDateTime verifyAt = now.addSecs(10);
    const Result<int> recovered = m_deliveries->recoverInterrupted(now, verifyAt);
    QVERIFY2(recovered.ok(), qPrintable(recovered.error()));
    QCOMPARE(recovered.value(), 1);

    const Delivery d = delivery(sending);
    QCOMPARE(d.state, S::Verifying); // "possibly sent": never straight back to sending
    QCOMPARE(d.nextAttemptAt, verifyAt);
    QVERIFY(!d.reason.isEmpty());
    QCOMPARE(d.attemptCount, 1);
    const QList<Attempt> log = attempts(sending);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.constFirst().outcome, u"interrupted"_s);
    QCOMPARE(log.constFirst().finishedAt, now);
    QVERIFY(!log.constFirst().error.isEmpty());

    QCOMPARE(attempts(verifying).constLast().outcome, u"interrupted"_s);
    QCOMPARE(delivery(verifying).state, S::Verifying);
    QCOMPARE(delivery(verifying).nextAttemptAt, verifyingBefore);
    QCOMPARE(delivery(scheduled).state, S::Scheduled);
    QCOMPARE(delivery(retrying).state, S::Retrying);
    QVERIFY(attempts(scheduled).isEmpty());

    // Nothing is left open, so a second recovery finds nothing.
    const Result<int> again = m_deliveries->recoverInterrupted(now.addSecs(1), verifyAt);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value(), 0);
    QCOMPARE(attempts(sending).constFirst().finishedAt, now);
}

void tst_DeliveryStore::dueAndPendingWork()
{
    const QDateTime now = t0;
    const qint64 overdue = deliveryIn(S::Scheduled, now.addSecs(-3600));
    const qint64 exactlyNow = deliveryIn(S::Scheduled, now);
    const qint64 future = deliveryIn(S::Scheduled, now.addSecs(3600));
    const qint64 retryingSoon = deliveryIn(S::Retrying, now.addSecs(-660)); // next attempt at now - 10 min
    const qint64 verifyingLater = deliveryIn(S::Verifying, now.addSecs(600)); // next attempt at now + 10 min 30 s
    const qint64 sending = deliveryIn(S::Sending, now.addSecs(-30));
    const qint64 draft = deliveryIn(S::Draft, now.addSecs(-7200));
    const qint64 published = deliveryIn(S::Published, now.addSecs(-7200));
    const qint64 cancelled = deliveryIn(S::Cancelled, now.addSecs(-7200));
    const qint64 attention = deliveryIn(S::NeedsAttention, now.addSecs(-7200));
    for (const qint64 id : {overdue, exactlyNow, future, retryingSoon, verifyingLater, sending, draft, published,
                            cancelled, attention})
        QVERIFY(id > 0);

    const Result<QList<Delivery>> due = m_deliveries->due(now, 100);
    QVERIFY2(due.ok(), qPrintable(due.error()));
    QList<qint64> dueIds;
    for (const Delivery &d : due.value())
        dueIds.append(d.id);
    // By next attempt time. exactlyNow waits: earlier posts of its account are still being retried and sent.
    QCOMPARE(dueIds, (QList<qint64>{overdue, retryingSoon}));

    const Result<QList<Delivery>> first = m_deliveries->due(now, 1);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.value().size(), 1);
    QCOMPARE(first.value().constFirst().id, overdue);

    const Result<QDateTime> next = m_deliveries->nextDueTime();
    QVERIFY2(next.ok(), qPrintable(next.error()));
    QCOMPARE(next.value(), now.addSecs(-3600));

    // Due scheduled ones (2), plus retrying, verifying and sending whenever they are due (3).
    QCOMPARE(m_deliveries->pendingWork(now).value(), 5);
    // Before any scheduled time: only the engine's unfinished business.
    QCOMPARE(m_deliveries->pendingWork(now.addDays(-1)).value(), 3);
    // Once the future one is due too.
    QCOMPARE(m_deliveries->pendingWork(now.addSecs(3600)).value(), 6);
}

void tst_DeliveryStore::nextDueTimeWhenNothingWaits()
{
    const Result<QDateTime> empty = m_deliveries->nextDueTime();
    QVERIFY2(empty.ok(), qPrintable(empty.error()));
    QVERIFY(!empty.value().isValid());
    QCOMPARE(m_deliveries->pendingWork(t0).value(), 0);

    QVERIFY(deliveryIn(S::Published) > 0);
    QVERIFY(deliveryIn(S::NeedsAttention) > 0); // waits for the user, not for a time
    QVERIFY(!m_deliveries->nextDueTime().value().isValid());
    QCOMPARE(m_deliveries->pendingWork(t0.addDays(1)).value(), 0);
}

void tst_DeliveryStore::listFilters_data()
{
    QTest::addColumn<QList<DeliveryState>>("states");
    QTest::addColumn<QStringList>("accounts"); // names
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("everything") << QList<DeliveryState>{} << QStringList{} << -1 << 0
                                << QStringList{u"one/a"_s, u"one/b"_s, u"two/a"_s, u"three/b"_s};
    QTest::newRow("scheduled") << QList<DeliveryState>{S::Scheduled} << QStringList{} << -1 << 0
                               << QStringList{u"one/a"_s, u"three/b"_s};
    QTest::newRow("published or retrying") << QList<DeliveryState>{S::Published, S::Retrying} << QStringList{} << -1
                                           << 0 << QStringList{u"one/b"_s, u"two/a"_s};
    QTest::newRow("account a") << QList<DeliveryState>{} << QStringList{u"a"_s} << -1 << 0
                               << QStringList{u"one/a"_s, u"two/a"_s};
    QTest::newRow("account b, scheduled") << QList<DeliveryState>{S::Scheduled} << QStringList{u"b"_s} << -1 << 0
                                          << QStringList{u"three/b"_s};
    QTest::newRow("both accounts") << QList<DeliveryState>{} << QStringList{u"a"_s, u"b"_s} << -1 << 0
                                   << QStringList{u"one/a"_s, u"one/b"_s, u"two/a"_s, u"three/b"_s};
    QTest::newRow("nothing matches") << QList<DeliveryState>{S::Failed} << QStringList{} << -1 << 0 << QStringList{};
    QTest::newRow("first two") << QList<DeliveryState>{} << QStringList{} << 2 << 0
                               << QStringList{u"one/a"_s, u"one/b"_s};
    QTest::newRow("page two") << QList<DeliveryState>{} << QStringList{} << 2 << 2
                              << QStringList{u"two/a"_s, u"three/b"_s};
}

void tst_DeliveryStore::listFilters()
{
    QFETCH(QList<DeliveryState>, states);
    QFETCH(QStringList, accounts);
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(QStringList, expected);

    const qint64 a = addAccount(u"a"_s);
    const qint64 b = addAccount(u"b"_s);
    QVERIFY(a > 0 && b > 0);
    // Created out of order, so that the list's own order (by schedule time) shows.
    const qint64 three = schedule(u"three"_s, t0.addSecs(3 * 3600), {b});
    const qint64 one = schedule(u"one"_s, t0.addSecs(3600), {a, b});
    const qint64 two = schedule(u"two"_s, t0.addSecs(2 * 3600), {a});
    QVERIFY(one > 0 && two > 0 && three > 0);
    for (const Delivery &d : deliveriesOf(one)) {
        if (d.accountId != b)
            continue;
        const Result<qint64> attempt = m_deliveries->beginSend(d.id, u"k1"_s, "p", t0);
        QVERIFY2(attempt.ok(), qPrintable(attempt.error()));
        QVERIFY(m_deliveries->finishAttempt(attempt.value(), ending(u"published"_s, S::Published), t0));
    }
    const Delivery twoA = deliveriesOf(two).constFirst();
    const Result<qint64> attempt = m_deliveries->beginSend(twoA.id, u"k2"_s, "p", t0);
    QVERIFY2(attempt.ok(), qPrintable(attempt.error()));
    QVERIFY(m_deliveries->finishAttempt(attempt.value(), ending(u"not_executed"_s, S::Retrying, t0.addSecs(60)), t0));

    DeliveryFilter filter;
    filter.states = states;
    for (const QString &name : accounts)
        filter.accountIds.append(name == u"a" ? a : b);
    filter.limit = limit;
    filter.offset = offset;
    const Result<QList<Delivery>> listed = m_deliveries->list(filter);
    QVERIFY2(listed.ok(), qPrintable(listed.error()));
    QCOMPARE(labels(listed.value()), expected);
}

void tst_DeliveryStore::rescheduleBeforeSending()
{
    const qint64 second = addAccount(u"second"_s);
    const qint64 postId = schedule(u"movable"_s, t0, {m_account, second});
    QVERIFY(second > 0 && postId > 0);
    const QDateTime later = t0.addDays(2);
    const Status moved = m_posts->reschedule(postId, later);
    QVERIFY2(moved.ok(), qPrintable(moved.error()));
    QCOMPARE(m_posts->byId(postId).value().scheduledAt, later);
    for (const Delivery &d : deliveriesOf(postId)) {
        QCOMPARE(d.scheduledAt, later);
        QCOMPARE(d.nextAttemptAt, later);
    }
    Post edited = m_posts->byId(postId).value();
    edited.text = u"edited"_s;
    QVERIFY(m_posts->update(edited).ok());
    QCOMPARE(m_posts->byId(postId).value().text, u"edited"_s);
}

void tst_DeliveryStore::rescheduleRefusedOnceSent()
{
    const qint64 second = addAccount(u"second"_s);
    const qint64 postId = schedule(u"fixed"_s, t0, {m_account, second});
    QVERIFY(second > 0 && postId > 0);
    const QList<Delivery> made = deliveriesOf(postId);
    QCOMPARE(made.size(), 2);
    const Result<qint64> attempt = m_deliveries->beginSend(made.at(0).id, u"key"_s, "payload", t0);
    QVERIFY2(attempt.ok(), qPrintable(attempt.error()));
    // Even once the outcome is known: what went out cannot be moved or edited after the fact.
    QVERIFY(m_deliveries->finishAttempt(attempt.value(), ending(u"rejected"_s, S::Failed), t0.addSecs(1)));

    const Status moved = m_posts->reschedule(postId, t0.addDays(1));
    QVERIFY(!moved.ok());
    QVERIFY(!moved.error().isEmpty());
    QCOMPARE(m_posts->byId(postId).value().scheduledAt, t0);
    QCOMPARE(delivery(made.at(1).id).nextAttemptAt, t0); // the unsent one did not move either

    Post changed = m_posts->byId(postId).value();
    changed.text = u"changed"_s;
    const Status edited = m_posts->update(changed);
    QVERIFY(!edited.ok());
    QCOMPARE(m_posts->byId(postId).value().text, u"fixed"_s);
}

QTEST_GUILESS_MAIN(tst_DeliveryStore)
#include "tst_deliverystore.moc"
