// The delivery state machine of DESIGN.md, edge by edge: the storage refuses every change it does not allow,
// so an edge missing here is a delivery stuck forever, and an extra one is a way to send twice.
#include "model/deliverystate.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using S = DeliveryState;

namespace {
using Edge = std::pair<DeliveryState, DeliveryState>;

QList<DeliveryState> allStates()
{
    const QMetaEnum meta = QMetaEnum::fromType<DeliveryState>();
    QList<DeliveryState> states;
    for (int i = 0; i < meta.keyCount(); ++i)
        states.append(DeliveryState(meta.value(i)));
    return states;
}

// DESIGN.md's diagram, arrow by arrow.
const QList<Edge> &designEdges()
{
    static const QList<Edge> edges = {
        {S::Draft, S::Scheduled},
        {S::Scheduled, S::Sending},
        {S::Sending, S::Published},
        {S::Sending, S::Failed},      // definite refusal
        {S::Sending, S::Retrying},    // definitely not executed
        {S::Retrying, S::Sending},    // same key
        {S::Sending, S::Verifying},   // possibly sent
        {S::Verifying, S::Published}, // the platform shows it
        {S::Verifying, S::Retrying},  // the platform proves it absent, or dedupes by key
        {S::Verifying, S::NeedsAttention},
        // any non-final -> cancelled (sending excepted: an attempt in flight settles first)
        {S::Draft, S::Cancelled},
        {S::Scheduled, S::Cancelled},
        {S::Verifying, S::Cancelled},
        {S::Retrying, S::Cancelled},
        {S::NeedsAttention, S::Cancelled},
    };
    return edges;
}

// Edges the code adds to the diagram, each for a reason stated in deliverystate.cpp.
const QList<Edge> &codeEdges()
{
    static const QList<Edge> edges = {
        {S::Scheduled, S::Draft},          // the user takes it back
        {S::Scheduled, S::NeedsAttention}, // missed its time: the user decides
        {S::Sending, S::NeedsAttention},   // an outcome the app must not decide alone
        {S::Retrying, S::NeedsAttention},
        {S::NeedsAttention, S::Published}, // the user: "it was posted"
        {S::NeedsAttention, S::Retrying},  // the user: "post again"
        {S::Failed, S::Retrying},          // "post again" after fixing the cause
        // the undo of a cancel: back to the state it was cancelled from
        {S::Cancelled, S::Draft},
        {S::Cancelled, S::Scheduled},
        {S::Cancelled, S::Verifying},
        {S::Cancelled, S::NeedsAttention},
    };
    return edges;
}

QByteArray edgeName(const Edge &edge)
{
    return (DeliveryStates::name(edge.first) + u" -> "_s + DeliveryStates::name(edge.second)).toUtf8();
}
} // namespace

class tst_DeliveryState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void designEdgesAllowed_data();
    void designEdgesAllowed();
    void forbiddenEdges_data();
    void forbiddenEdges();
    void everyOtherPairForbidden();
    void finalStates();
    void nameRoundTrip_data();
    void nameRoundTrip();
    void unknownNames_data();
    void unknownNames();
    void allNames();
    void displayNames();
};

void tst_DeliveryState::designEdgesAllowed_data()
{
    QTest::addColumn<DeliveryState>("from");
    QTest::addColumn<DeliveryState>("to");
    for (const Edge &edge : designEdges())
        QTest::newRow(edgeName(edge).constData()) << edge.first << edge.second;
    for (const Edge &edge : codeEdges())
        QTest::newRow(edgeName(edge).constData()) << edge.first << edge.second;
}

void tst_DeliveryState::designEdgesAllowed()
{
    QFETCH(DeliveryState, from);
    QFETCH(DeliveryState, to);
    QVERIFY(DeliveryStates::canChange(from, to));
}

void tst_DeliveryState::forbiddenEdges_data()
{
    QTest::addColumn<DeliveryState>("from");
    QTest::addColumn<DeliveryState>("to");

    // Published is the end: nothing may send it again or take it back.
    for (const DeliveryState to : allStates())
        QTest::addRow("published -> %s", qPrintable(DeliveryStates::name(to))) << S::Published << to;
    const QList<Edge> forbidden = {
        {S::Cancelled, S::Sending},   // an undone cancel goes back where it was, never straight to a send
        {S::Cancelled, S::Published},
        {S::Cancelled, S::Retrying},  // "post again" is no way out of a cancel
        {S::Cancelled, S::Failed},
        {S::Cancelled, S::Cancelled},
        {S::Sending, S::Cancelled},   // in flight: it may already be out
        {S::Sending, S::Sending},     // a second send while the first is unsettled
        {S::Sending, S::Scheduled},
        {S::Draft, S::Sending},       // a draft is never sent
        {S::Draft, S::Published},
        {S::Draft, S::Retrying},
        {S::Scheduled, S::Published}, // published only after a send
        {S::Scheduled, S::Verifying},
        {S::Scheduled, S::Retrying},
        {S::Scheduled, S::Failed},
        {S::Verifying, S::Sending},   // a possibly-sent post is sent again only through retrying
        {S::Verifying, S::Failed},
        {S::Verifying, S::Scheduled},
        {S::NeedsAttention, S::Sending},
        {S::NeedsAttention, S::Scheduled},
        {S::Retrying, S::Published},
        {S::Retrying, S::Verifying},
        {S::Failed, S::Sending},
        {S::Failed, S::Published},
        {S::Failed, S::Cancelled},    // failed is final
    };
    for (const Edge &edge : forbidden)
        QTest::newRow(edgeName(edge).constData()) << edge.first << edge.second;
}

void tst_DeliveryState::forbiddenEdges()
{
    QFETCH(DeliveryState, from);
    QFETCH(DeliveryState, to);
    QVERIFY(!DeliveryStates::canChange(from, to));
}

// The whole 9 x 9 matrix: exactly the listed edges, nothing else.
void tst_DeliveryState::everyOtherPairForbidden()
{
    QSet<QByteArray> allowed;
    for (const Edge &edge : designEdges() + codeEdges())
        allowed.insert(edgeName(edge));
    int pairs = 0;
    for (const DeliveryState from : allStates()) {
        for (const DeliveryState to : allStates()) {
            const QByteArray name = edgeName({from, to});
            QVERIFY2(DeliveryStates::canChange(from, to) == allowed.contains(name), name.constData());
            ++pairs;
        }
    }
    QCOMPARE(pairs, 81);
}

void tst_DeliveryState::finalStates()
{
    const QSet<DeliveryState> final{S::Published, S::Failed, S::Cancelled};
    for (const DeliveryState state : allStates())
        QVERIFY2(DeliveryStates::isFinal(state) == final.contains(state), qPrintable(DeliveryStates::name(state)));
}

void tst_DeliveryState::nameRoundTrip_data()
{
    QTest::addColumn<DeliveryState>("state");
    QTest::addColumn<QString>("name");
    QTest::newRow("draft") << S::Draft << u"draft"_s;
    QTest::newRow("scheduled") << S::Scheduled << u"scheduled"_s;
    QTest::newRow("sending") << S::Sending << u"sending"_s;
    QTest::newRow("verifying") << S::Verifying << u"verifying"_s;
    QTest::newRow("retrying") << S::Retrying << u"retrying"_s;
    QTest::newRow("published") << S::Published << u"published"_s;
    QTest::newRow("failed") << S::Failed << u"failed"_s;
    QTest::newRow("needs_attention") << S::NeedsAttention << u"needs_attention"_s;
    QTest::newRow("cancelled") << S::Cancelled << u"cancelled"_s;
}

void tst_DeliveryState::nameRoundTrip()
{
    QFETCH(DeliveryState, state);
    QFETCH(QString, name);
    QCOMPARE(DeliveryStates::name(state), name);
    const std::optional<DeliveryState> parsed = DeliveryStates::fromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, state);
}

void tst_DeliveryState::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << u"queued"_s;
    QTest::newRow("display name") << u"needs attention"_s;
    QTest::newRow("padded") << u" published"_s;
}

void tst_DeliveryState::unknownNames()
{
    QFETCH(QString, name);
    QVERIFY(!DeliveryStates::fromName(name).has_value());
}

void tst_DeliveryState::allNames()
{
    QStringList expected;
    for (const DeliveryState state : allStates())
        expected.append(DeliveryStates::name(state));
    QCOMPARE(expected.size(), 9);
    QCOMPARE(DeliveryStates::allNames(), expected);
    QCOMPARE(QSet<QString>(expected.cbegin(), expected.cend()).size(), expected.size()); // no two states share a name
}

void tst_DeliveryState::displayNames()
{
    QCOMPARE(DeliveryStates::displayName(S::Verifying), u"possibly sent — verifying"_s);
    QCOMPARE(DeliveryStates::displayName(S::NeedsAttention), u"needs attention"_s);
    for (const DeliveryState state : allStates())
        QVERIFY2(!DeliveryStates::displayName(state).isEmpty(), qPrintable(DeliveryStates::name(state)));
}

QTEST_GUILESS_MAIN(tst_DeliveryState)
#include "tst_deliverystate.moc"
