// Bluesky's pure rules: record keys (TIDs), how text is counted, facets by UTF-8 byte offsets, blob
// CIDs, and the putRecord body that carries the committed record verbatim.
#include "platforms/bluesky/blueskyrecord.h"
#include "platforms/bluesky/richtext.h"
#include "platforms/bluesky/tid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "util/graphemes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using BlueskyText::Facet;

class tst_BlueskyText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tidEncoding();
    void tidsAreSortableAndUnique();
    void counting_data();
    void counting();
    void facets_data();
    void facets();
    void blobCid();
    void recordAndPutRecordBody();
};

void tst_BlueskyText::tidEncoding()
{
    QCOMPARE(BlueskyTid::encode(0, 0), u"2222222222222"_s);
    QCOMPARE(BlueskyTid::encode(0, 1), u"2222222222223"_s);
    QCOMPARE(BlueskyTid::encode(0, 31), u"222222222222z"_s);
    // the largest value: 53 bits of time in 11 characters (55 bits), so at most "b" comes first
    QCOMPARE(BlueskyTid::encode((quint64(1) << 53) - 1, 1023), u"bzzzzzzzzzzzz"_s);
    const quint64 micros = 1'732'000'000'123'456;
    const QString tid = BlueskyTid::encode(micros, 7);
    QVERIFY(BlueskyTid::isValid(tid));
    QCOMPARE(BlueskyTid::microseconds(tid), micros);
    QVERIFY(!BlueskyTid::isValid(u"kzzzzzzzzzzzz"_s)); // top bit set
    QVERIFY(!BlueskyTid::isValid(u"222222222222"_s)); // 12 characters
    QVERIFY(!BlueskyTid::isValid(u"22222222222A2"_s)); // not in the alphabet
}

void tst_BlueskyText::tidsAreSortableAndUnique()
{
    QString previous = BlueskyTid::next();
    const qint64 nowMicros = QDateTime::currentMSecsSinceEpoch() * 1000;
    QVERIFY(qAbs(qint64(BlueskyTid::microseconds(previous)) - nowMicros) < 5'000'000);
    for (int i = 0; i < 10'000; ++i) {
        const QString tid = BlueskyTid::next();
        QVERIFY(BlueskyTid::isValid(tid));
        QVERIFY2(tid > previous, qPrintable(tid + u" <= "_s + previous));
        previous = tid;
    }
}

void tst_BlueskyText::counting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("graphemes");
    QTest::addColumn<int>("bytes");
    QTest::newRow("ascii") << u"hello"_s << 5 << 5;
    QTest::newRow("accented, precomposed") << u"café"_s << 4 << 5;
    QTest::newRow("accented, combining") << u"cafe\u0301"_s << 4 << 6;
    QTest::newRow("family emoji") << u"👨‍👩‍👧‍👦"_s << 1 << 25;
    QTest::newRow("flag") << u"🇩🇪"_s << 1 << 8;
    QTest::newRow("cjk") << u"日本語"_s << 3 << 9;
}

void tst_BlueskyText::counting()
{
    QFETCH(QString, text);
    QFETCH(int, graphemes);
    QFETCH(int, bytes);
    QCOMPARE(graphemeCount(text), graphemes);
    QCOMPARE(BlueskyText::utf8Length(text), bytes);
}

void tst_BlueskyText::facets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("kinds"); // Facet::Kind as int
    QTest::addColumn<QList<int>>("offsets"); // byteStart, byteEnd pairs
    QTest::addColumn<QStringList>("values");
    const int link = int(Facet::Kind::Link), mention = int(Facet::Kind::Mention), tag = int(Facet::Kind::Tag);
    QTest::newRow("none") << u"plain words, an e-mail a@b.c and #1"_s << QList<int> {} << QList<int> {}
                          << QStringList {};
    QTest::newRow("link after emoji") << u"✨ see https://example.com/a?b=1."_s << QList<int> { link }
                                      << QList<int> { 8, 33 } << QStringList { u"https://example.com/a?b=1"_s };
    QTest::newRow("link in parentheses") << u"(https://example.com/x)"_s << QList<int> { link } << QList<int> { 1, 22 }
                                         << QStringList { u"https://example.com/x"_s };
    QTest::newRow("mention and tag after umlauts")
        << u"Grüße @Alice.Test! #Über_Tag, ok"_s << QList<int> { mention, tag } << QList<int> { 8, 19, 21, 31 }
        << QStringList { u"alice.test"_s, u"Über_Tag"_s };
    QTest::newRow("all three") << u"@bob.example.com #news https://x.org"_s << QList<int> { mention, tag, link }
                               << QList<int> { 0, 16, 17, 22, 23, 36 }
                               << QStringList { u"bob.example.com"_s, u"news"_s, u"https://x.org"_s };
}

void tst_BlueskyText::facets()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, kinds);
    QFETCH(QList<int>, offsets);
    QFETCH(QStringList, values);
    const QList<Facet> found = BlueskyText::detect(text);
    QCOMPARE(found.size(), kinds.size());
    const QByteArray utf8 = text.toUtf8();
    for (int i = 0; i < found.size(); ++i) {
        QCOMPARE(int(found.at(i).kind), kinds.at(i));
        QCOMPARE(found.at(i).byteStart, offsets.at(2 * i));
        QCOMPARE(found.at(i).byteEnd, offsets.at(2 * i + 1));
        QCOMPARE(found.at(i).value, values.at(i));
        // the bytes the offsets address are what the facet names
        const QString covered
            = QString::fromUtf8(utf8.mid(found.at(i).byteStart, found.at(i).byteEnd - found.at(i).byteStart));
        QVERIFY2(covered.toLower().endsWith(values.at(i).toLower()), qPrintable(covered));
    }
}

void tst_BlueskyText::blobCid()
{
    // The well-known CIDv1 (raw, sha2-256) of zero bytes and of "hello world".
    QCOMPARE(BlueskyRecord::blobCid(QByteArray()), u"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"_s);
    QCOMPARE(BlueskyRecord::blobCid("hello world"), u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"_s);
}

void tst_BlueskyText::recordAndPutRecordBody()
{
    const QDateTime createdAt(QDate(2026, 11, 29), QTime(6, 0, 0, 123), Qt::UTC);
    const QByteArray record
        = BlueskyRecord::build(u"hi #there"_s, createdAt, {}, { { u"bafkreiabc"_s, u"image/png"_s, 42, u"a cat"_s } });
    QCOMPARE(
        record,
        BlueskyRecord::build(u"hi #there"_s, createdAt, {}, { { u"bafkreiabc"_s, u"image/png"_s, 42, u"a cat"_s } }));
    const QJsonObject object = QJsonDocument::fromJson(record).object();
    QCOMPARE(object.value(u"$type"_s).toString(), u"app.bsky.feed.post"_s);
    QCOMPARE(object.value(u"createdAt"_s).toString(), u"2026-11-29T06:00:00.123Z"_s);
    QCOMPARE(object.value(u"facets"_s).toArray().size(), 1);
    const QList<BlueskyRecord::Image> images = BlueskyRecord::images(record);
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.first().cid, u"bafkreiabc"_s);
    QCOMPARE(images.first().size, 42);
    QCOMPARE(images.first().alt, u"a cat"_s);

    // An unresolved mention is left as text; a resolved one becomes a facet.
    QVERIFY(
        !QJsonDocument::fromJson(BlueskyRecord::build(u"@a.test"_s, createdAt, {}, {})).object().contains(u"facets"_s));
    QVERIFY(
        QJsonDocument::fromJson(BlueskyRecord::build(u"@a.test"_s, createdAt, { { u"a.test"_s, u"did:plc:x"_s } }, {}))
            .object()
            .contains(u"facets"_s));

    const QByteArray body = BlueskyRecord::putRecordBody(u"did:plc:abc"_s, u"3kabc"_s, record);
    QVERIFY(body.contains(QByteArray(",\"record\":" + record + ",\"swapRecord\":null}")));
    const QJsonObject parsed = QJsonDocument::fromJson(body).object();
    QCOMPARE(parsed.value(u"repo"_s).toString(), u"did:plc:abc"_s);
    QCOMPARE(parsed.value(u"rkey"_s).toString(), u"3kabc"_s);
    QCOMPARE(parsed.value(u"collection"_s).toString(), u"app.bsky.feed.post"_s);
    QVERIFY(parsed.value(u"swapRecord"_s).isNull());
}

QTEST_GUILESS_MAIN(tst_BlueskyText)
#include "tst_blueskytext.moc"
