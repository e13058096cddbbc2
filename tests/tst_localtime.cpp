// Turning what the user typed into the instant it means, in two real zones, across both DST changes.
#include "testclock.h"

#include "util/localtime.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

QTimeZone newYork()
{
    return QTimeZone("America/New_York");
}
} // namespace

class tst_LocalTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void toUtc_data();
    void toUtc();
    void existingTimesRoundTrip_data();
    void existingTimesRoundTrip();
    void parseWhen_data();
    void parseWhen();
    void explicitOffsetIgnoresZone_data();
    void explicitOffsetIgnoresZone();
    void now();
    void nextWholeHour_data();
    void nextWholeHour();
    void badInput_data();
    void badInput();
};

void tst_LocalTime::initTestCase()
{
    // Without the zone database the expectations below mean nothing: fail loudly, never skip.
    QVERIFY2(berlin().isValid(), "the time zone database has no Europe/Berlin");
    QVERIFY2(newYork().isValid(), "the time zone database has no America/New_York");
}

void tst_LocalTime::toUtc_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Berlin winter") << berlin() << QDate(2026, 12, 1) << QTime(9, 0) << utc(2026, 12, 1, 8, 0);
    QTest::newRow("Berlin summer") << berlin() << QDate(2026, 7, 1) << QTime(9, 0) << utc(2026, 7, 1, 7, 0);
    QTest::newRow("Berlin midnight, previous UTC day")
        << berlin() << QDate(2026, 1, 1) << QTime(0, 30) << utc(2025, 12, 31, 23, 30);
    QTest::newRow("Berlin last minute before the gap")
        << berlin() << QDate(2026, 3, 29) << QTime(1, 59) << utc(2026, 3, 29, 0, 59);
    // The header's rule: a skipped time keeps the offset from before the change.
    QTest::newRow("Berlin 02:00, start of the gap") << berlin() << QDate(2026, 3, 29) << QTime(2, 0)
                                                     << utc(2026, 3, 29, 1, 0);
    QTest::newRow("Berlin 02:30, in the gap = 03:30 CEST")
        << berlin() << QDate(2026, 3, 29) << QTime(2, 30) << utc(2026, 3, 29, 1, 30);
    QTest::newRow("Berlin 03:00, first time after the gap")
        << berlin() << QDate(2026, 3, 29) << QTime(3, 0) << utc(2026, 3, 29, 1, 0);
    QTest::newRow("Berlin 03:30, after the gap") << berlin() << QDate(2026, 3, 29) << QTime(3, 30)
                                                 << utc(2026, 3, 29, 1, 30);
    // A repeated time means its first occurrence (still summer time).
    QTest::newRow("Berlin 02:30 on fall-back day = first occurrence")
        << berlin() << QDate(2026, 10, 25) << QTime(2, 30) << utc(2026, 10, 25, 0, 30);
    QTest::newRow("Berlin 02:00 on fall-back day = first occurrence")
        << berlin() << QDate(2026, 10, 25) << QTime(2, 0) << utc(2026, 10, 25, 0, 0);
    QTest::newRow("Berlin 03:00 on fall-back day, after the repeat")
        << berlin() << QDate(2026, 10, 25) << QTime(3, 0) << utc(2026, 10, 25, 2, 0);
    QTest::newRow("Berlin 01:59 on fall-back day, before the repeat")
        << berlin() << QDate(2026, 10, 25) << QTime(1, 59) << utc(2026, 10, 24, 23, 59);

    QTest::newRow("New York winter") << newYork() << QDate(2026, 12, 1) << QTime(9, 0) << utc(2026, 12, 1, 14, 0);
    QTest::newRow("New York summer") << newYork() << QDate(2026, 7, 1) << QTime(9, 0) << utc(2026, 7, 1, 13, 0);
    QTest::newRow("New York evening, next UTC day")
        << newYork() << QDate(2026, 7, 1) << QTime(22, 15) << utc(2026, 7, 2, 2, 15);
    QTest::newRow("New York 02:30 in the gap = 03:30 EDT")
        << newYork() << QDate(2026, 3, 8) << QTime(2, 30) << utc(2026, 3, 8, 7, 30);
    QTest::newRow("New York 01:30 on fall-back day = first occurrence (EDT)")
        << newYork() << QDate(2026, 11, 1) << QTime(1, 30) << utc(2026, 11, 1, 5, 30);
}

void tst_LocalTime::toUtc()
{
    QFETCH(QTimeZone, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QDateTime, expected);

    const QDateTime result = LocalTime::toUtc(date, time, zone);
    QCOMPARE(result, expected);
    QCOMPARE(result.timeSpec(), Qt::UTC);
}

void tst_LocalTime::existingTimesRoundTrip_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDate>("date");

    QTest::newRow("Berlin spring forward") << berlin() << QDate(2026, 3, 29);
    QTest::newRow("Berlin fall back") << berlin() << QDate(2026, 10, 25);
    QTest::newRow("Berlin ordinary day") << berlin() << QDate(2026, 6, 15);
    QTest::newRow("New York spring forward") << newYork() << QDate(2026, 3, 8);
    QTest::newRow("New York fall back") << newYork() << QDate(2026, 11, 1);
}

// Every wall time that exists on the day, read back in the zone, is the time the user typed.
void tst_LocalTime::existingTimesRoundTrip()
{
    QFETCH(QTimeZone, zone);
    QFETCH(QDate, date);

    int checked = 0;
    for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
        const QTime time(minutes / 60, minutes % 60);
        const QDateTime instant = LocalTime::toUtc(date, time, zone);
        const QDateTime local = instant.toTimeZone(zone);
        const bool inGap = local.time() != time;
        if (inGap) {
            // Only a skipped time may move, and then by exactly the size of the change (one hour).
            QCOMPARE(local.date(), date);
            QCOMPARE(local.time(), time.addSecs(3600));
            continue;
        }
        QCOMPARE(local.date(), date);
        ++checked;
    }
    QVERIFY(checked >= 24 * 4 - 4); // at most one hour is skipped
}

void tst_LocalTime::parseWhen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("local with T, Berlin") << u"2026-12-01T09:00"_s << berlin() << utc(2026, 12, 1, 8, 0);
    QTest::newRow("local with space, Berlin") << u"2026-12-01 09:00"_s << berlin() << utc(2026, 12, 1, 8, 0);
    QTest::newRow("local with seconds, Berlin") << u"2026-07-01T09:00:30"_s << berlin() << utc(2026, 7, 1, 7, 0, 30);
    QTest::newRow("surrounding spaces") << u"  2026-12-01T09:00  "_s << berlin() << utc(2026, 12, 1, 8, 0);
    QTest::newRow("local, New York") << u"2026-12-01T09:00"_s << newYork() << utc(2026, 12, 1, 14, 0);
    QTest::newRow("local summer, New York") << u"2026-07-01 09:00:30"_s << newYork() << utc(2026, 7, 1, 13, 0, 30);
    QTest::newRow("spring-forward gap, Berlin") << u"2026-03-29T02:30"_s << berlin() << utc(2026, 3, 29, 1, 30);
    QTest::newRow("fall-back repeat, Berlin") << u"2026-10-25T02:30"_s << berlin() << utc(2026, 10, 25, 0, 30);
    QTest::newRow("spring-forward gap, New York") << u"2026-03-08T02:30"_s << newYork() << utc(2026, 3, 8, 7, 30);
    QTest::newRow("fall-back repeat, New York") << u"2026-11-01T01:30"_s << newYork() << utc(2026, 11, 1, 5, 30);
    QTest::newRow("Z") << u"2026-12-01T09:00Z"_s << berlin() << utc(2026, 12, 1, 9, 0);
    QTest::newRow("Z with seconds") << u"2026-12-01T09:00:05Z"_s << newYork() << utc(2026, 12, 1, 9, 0, 5);
    QTest::newRow("+01:00") << u"2026-12-01T09:00+01:00"_s << newYork() << utc(2026, 12, 1, 8, 0);
    QTest::newRow("-05:00") << u"2026-12-01T09:00-05:00"_s << berlin() << utc(2026, 12, 1, 14, 0);
    QTest::newRow("+0530 without colon") << u"2026-12-01T09:00+0530"_s << berlin() << utc(2026, 12, 1, 3, 30);
    QTest::newRow("+14:00, crosses the UTC day") << u"2026-12-01T09:00+14:00"_s << berlin()
                                                 << utc(2026, 11, 30, 19, 0);
    QTest::newRow("-00:00") << u"2026-12-01T09:00-00:00"_s << berlin() << utc(2026, 12, 1, 9, 0);
    // An explicit offset names the instant: no gap rule applies to it.
    QTest::newRow("gap time with explicit offset")
        << u"2026-03-29T02:30+01:00"_s << berlin() << utc(2026, 3, 29, 1, 30);
}

void tst_LocalTime::parseWhen()
{
    QFETCH(QString, text);
    QFETCH(QTimeZone, zone);
    QFETCH(QDateTime, expected);

    const TestClock clock;
    const Result<QDateTime> result = LocalTime::parseWhen(text, zone, clock);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), expected);
    QCOMPARE(result.value().timeSpec(), Qt::UTC);
}

void tst_LocalTime::explicitOffsetIgnoresZone_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Z") << u"2026-07-01T12:00Z"_s;
    QTest::newRow("+02:00") << u"2026-07-01T12:00+02:00"_s;
    QTest::newRow("-04:00") << u"2026-07-01T12:00:00-04:00"_s;
}

void tst_LocalTime::explicitOffsetIgnoresZone()
{
    QFETCH(QString, text);
    const TestClock clock;
    const Result<QDateTime> inBerlin = LocalTime::parseWhen(text, berlin(), clock);
    const Result<QDateTime> inNewYork = LocalTime::parseWhen(text, newYork(), clock);
    QVERIFY2(inBerlin.ok(), qPrintable(inBerlin.error()));
    QVERIFY2(inNewYork.ok(), qPrintable(inNewYork.error()));
    QCOMPARE(inBerlin.value(), inNewYork.value());
}

void tst_LocalTime::nextWholeHour_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");
    const auto utc = [](int month, int day, int hour, int minute) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
    };
    QTest::newRow("Berlin, winter") << QByteArray("Europe/Berlin") << utc(12, 8, 9, 20) << utc(12, 8, 10, 0);
    QTest::newRow("on the hour: the next one") << QByteArray("Europe/Berlin") << utc(12, 8, 9, 0) << utc(12, 8, 10, 0);
    QTest::newRow("Berlin, 01:30 before spring forward") << QByteArray("Europe/Berlin") << utc(3, 29, 0, 30)
                                                          << utc(3, 29, 1, 0); // 03:00 CEST
    QTest::newRow("India, half an hour off UTC") << QByteArray("Asia/Kolkata") << utc(12, 8, 10, 0)
                                                  << utc(12, 8, 10, 30); // 16:00 IST
}

void tst_LocalTime::nextWholeHour()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    QCOMPARE(LocalTime::nextWholeHour(now, QTimeZone(zone)), expected);
}

void tst_LocalTime::now()
{
    TestClock clock(utc(2026, 10, 25, 0, 45));
    for (const QString &text : {u"now"_s, u"NOW"_s, u" now "_s}) {
        const Result<QDateTime> result = LocalTime::parseWhen(text, berlin(), clock);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value(), utc(2026, 10, 25, 0, 45));
    }
    // "now" is read from the clock each time, not remembered.
    clock.advance(90 * 1000);
    const Result<QDateTime> later = LocalTime::parseWhen(u"now"_s, newYork(), clock);
    QVERIFY2(later.ok(), qPrintable(later.error()));
    QCOMPARE(later.value(), utc(2026, 10, 25, 0, 46, 30));
}

void tst_LocalTime::badInput_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("month 13") << u"2026-13-01T09:00"_s;
    QTest::newRow("February 30") << u"2026-02-30T09:00"_s;
    QTest::newRow("tomorrow") << u"tomorrow"_s;
    QTest::newRow("hour 25") << u"2026-12-01T25:00"_s;
    QTest::newRow("minute 60") << u"2026-12-01T09:60"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("date only") << u"2026-12-01"_s;
    QTest::newRow("time only") << u"09:00"_s;
    QTest::newRow("offset +15:00") << u"2026-12-01T09:00+15:00"_s;
    QTest::newRow("offset minutes 60") << u"2026-12-01T09:00+01:60"_s;
    QTest::newRow("offset without minutes") << u"2026-12-01T09:00+01"_s;
    QTest::newRow("trailing text") << u"2026-12-01T09:00 please"_s;
    QTest::newRow("day first") << u"01.12.2026 09:00"_s;
}

void tst_LocalTime::badInput()
{
    QFETCH(QString, text);
    const TestClock clock;
    const Result<QDateTime> result = LocalTime::parseWhen(text, berlin(), clock);
    QVERIFY2(!result.ok(), qPrintable(QString(u"accepted as "_s + (result.ok() ? result.value().toString(Qt::ISODate) : QString()))));
    QVERIFY(!result.error().isEmpty());
    // The message quotes what the user typed, so that they can see which argument was wrong.
    QVERIFY2(result.error().contains(QString(u'"' + text + u'"')), qPrintable(result.error()));
}

QTEST_GUILESS_MAIN(tst_LocalTime)
#include "tst_localtime.moc"
