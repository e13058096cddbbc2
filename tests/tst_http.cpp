// What the adapters read from HTTP without a network: which endpoints are allowed, when a server says to come back,
// what it said went wrong, where the next page is, and how Mastodon measures and renders status text.
#include "platforms/mastodon/linkheader.h"
#include "platforms/mastodon/statustext.h"
#include "publish/http.h"

#include <QTest>
#include <QUrl>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {
const QDateTime now(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

// Runs `body` with the process's local time zone set to `zone`, then puts the old one back.
template <typename Body>
void inLocalZone(const QByteArray &zone, Body body)
{
    const QByteArray saved = qgetenv("TZ");
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", zone);
    tzset();
    body();
    if (hadZone)
        qputenv("TZ", saved);
    else
        qunsetenv("TZ");
    tzset();
}
} // namespace

class tst_Http : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkEndpoint_data();
    void checkEndpoint();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void retryAfterDateIgnoresLocalZone();
    void parseRateLimitReset_data();
    void parseRateLimitReset();
    void serverMessage_data();
    void serverMessage();
    void linkHeader_data();
    void linkHeader();
    void statusLength_data();
    void statusLength();
    void statusFromHtml_data();
    void statusFromHtml();
};

void tst_Http::checkEndpoint_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("https") << u"https://mastodon.social"_s << true;
    QTest::newRow("https with path and port") << u"https://example.com:8443/hooks/post"_s << true;
    QTest::newRow("HTTPS upper case") << u"HTTPS://Example.COM/"_s << true;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:3000"_s << true;
    QTest::newRow("http 127.0.0.2 (loopback range)") << u"http://127.0.0.2/"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080/api"_s << true;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST/"_s << true;
    QTest::newRow("http [::1]") << u"http://[::1]:8080/"_s << true;
    QTest::newRow("http example.com") << u"http://example.com"_s << false;
    QTest::newRow("http private address") << u"http://192.168.1.10/"_s << false;
    QTest::newRow("http 0.0.0.0") << u"http://0.0.0.0/"_s << false;
    QTest::newRow("http localhost as a subdomain") << u"http://localhost.example.com/"_s << false;
    QTest::newRow("http 127.0.0.1 as a subdomain") << u"http://127.0.0.1.nip.io/"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com/"_s << false;
    QTest::newRow("ftp loopback") << u"ftp://127.0.0.1/"_s << false;
    QTest::newRow("garbage") << u"not a url at all"_s << false;
    QTest::newRow("scheme only") << u"https://"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("host without scheme") << u"mastodon.social"_s << false;
}

void tst_Http::checkEndpoint()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const Status checked = Http::checkEndpoint(QUrl(url));
    QCOMPARE(checked.ok(), accepted);
    if (!accepted)
        QVERIFY(!checked.error().isEmpty());
}

void tst_Http::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("seconds") << QByteArray("120") << now.addSecs(120);
    QTest::newRow("zero") << QByteArray("0") << now;
    QTest::newRow("seconds with spaces") << QByteArray(" 30 ") << now.addSecs(30);
    QTest::newRow("more than a day is capped") << QByteArray("999999") << now.addSecs(24 * 3600);
    QTest::newRow("HTTP-date") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << utc(2026, 10, 21, 7, 28);
    QTest::newRow("HTTP-date, last second of the day") << QByteArray("Sun, 01 Nov 2026 23:59:59 GMT")
                                                 << utc(2026, 11, 1, 23, 59, 59);
    QTest::newRow("negative") << QByteArray("-5") << QDateTime();
    QTest::newRow("fraction") << QByteArray("1.5") << QDateTime();
    QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("date without zone") << QByteArray("Wed, 21 Oct 2026 07:28:00") << QDateTime();
    QTest::newRow("impossible date") << QByteArray("Wed, 32 Oct 2026 07:28:00 GMT") << QDateTime();
}

void tst_Http::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Http::parseRetryAfter(value, now);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

// An HTTP-date is GMT. The user's own zone must not move it, even at an hour their clock skips.
void tst_Http::retryAfterDateIgnoresLocalZone()
{
    for (const QByteArray &zone : {QByteArray("Europe/Berlin"), QByteArray("America/New_York"), QByteArray("UTC")}) {
        inLocalZone(zone, [&] {
            QCOMPARE(Http::parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now), utc(2026, 10, 21, 7, 28));
            QCOMPARE(Http::parseRetryAfter("Sun, 29 Mar 2026 02:30:00 GMT", now), utc(2026, 3, 29, 2, 30));
            QCOMPARE(Http::parseRetryAfter("Sun, 08 Mar 2026 02:30:00 GMT", now), utc(2026, 3, 8, 2, 30));
        });
        if (QTest::currentTestFailed()) {
            qWarning("with TZ=%s", zone.constData());
            return;
        }
    }
}

void tst_Http::parseRateLimitReset_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");

    // Mastodon: (request_time + offset).iso8601(6), so microseconds.
    QTest::newRow("Mastodon, microseconds") << QByteArray("2026-03-29T01:35:00.019685Z")
                                            << utc(2026, 3, 29, 1, 35, 0, 20);
    QTest::newRow("milliseconds") << QByteArray("2026-03-29T01:35:00.123Z") << utc(2026, 3, 29, 1, 35, 0, 123);
    QTest::newRow("no fraction") << QByteArray("2026-03-29T01:35:00Z") << utc(2026, 3, 29, 1, 35);
    QTest::newRow("with offset") << QByteArray("2026-03-29T03:35:00.000+02:00") << utc(2026, 3, 29, 1, 35);
    QTest::newRow("seconds from now") << QByteArray("60") << now.addSecs(60);
    QTest::newRow("zero") << QByteArray("0") << now;
    QTest::newRow("Unix time") << QByteArray("1774748100") << utc(2026, 3, 29, 1, 35);
    QTest::newRow("negative") << QByteArray("-60") << QDateTime();
    QTest::newRow("garbage") << QByteArray("in a while") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void tst_Http::parseRateLimitReset()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Http::parseRateLimitReset(value, now);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    // Sub-millisecond digits may be rounded or cut: a millisecond either way is the same instant here.
    QVERIFY2(qAbs(parsed.msecsTo(expected)) <= 1,
             qPrintable(parsed.toString(Qt::ISODateWithMs) + u" != "_s + expected.toString(Qt::ISODateWithMs)));
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void tst_Http::serverMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Mastodon error") << QByteArray(R"({"error":"Validation failed: Text can't be blank"})")
                                    << u"Validation failed: Text can't be blank"_s;
    QTest::newRow("OAuth error prefers the description")
        << QByteArray(R"({"error":"invalid_token","error_description":"The access token was revoked"})")
        << u"The access token was revoked"_s;
    QTest::newRow("Bluesky message") << QByteArray(R"({"error":"InvalidRequest","message":"Record too long"})")
                                     << u"Record too long"_s;
    QTest::newRow("HTML page") << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
                               << QString();
    QTest::newRow("HTML page with doctype and leading space")
        << QByteArray("\n  <!DOCTYPE html><html><body><h1>Oops</h1></body></html>") << QString();
    QTest::newRow("plain text") << QByteArray("Service Unavailable\n") << u"Service Unavailable"_s;
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("long plain text is cut") << QByteArray(500, 'x') << QString(200, u'x');
    // Found by fuzz_server_message: a JSON field is the server's words too, and as hostile as the body.
    QTest::newRow("HTML in a JSON field") << QByteArray(R"({"error":"<html><body>Oops</body></html>"})") << QString();
    QTest::newRow("long JSON message is cut") << QByteArray(R"({"message":")" + QByteArray(5000, 'y') + R"("})")
                                              << QString(200, u'y');
    QTest::newRow("terminal escapes blanked")
        << QByteArray(R"({"error":"bad\u001b]0;owned\u0007 request\r\nX-Injected: 1"})")
        << u"bad ]0;owned request X-Injected: 1"_s;
    QTest::newRow("a character is never cut in half")
        << QByteArray(R"({"error":")" + QByteArray(199, 'z') + "\xF0\x9F\x98\x80" + R"("})") << QString(199, u'z');
}

void tst_Http::serverMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(Http::serverMessage(body), expected);
}

void tst_Http::linkHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("relation");
    QTest::addColumn<QUrl>("expected");

    const QByteArray mastodon =
        R"(<https://mastodon.example/api/v1/accounts/1/statuses?max_id=5>; rel="next", )"
        R"(<https://mastodon.example/api/v1/accounts/1/statuses?min_id=9>; rel="prev")";
    const QUrl next(u"https://mastodon.example/api/v1/accounts/1/statuses?max_id=5"_s);
    const QUrl prev(u"https://mastodon.example/api/v1/accounts/1/statuses?min_id=9"_s);
    QTest::newRow("Mastodon next") << mastodon << QByteArray("next") << next;
    QTest::newRow("Mastodon prev") << mastodon << QByteArray("prev") << prev;
    QTest::newRow("Mastodon, no such relation") << mastodon << QByteArray("last") << QUrl();
    QTest::newRow("only prev, asking next")
        << QByteArray(R"(<https://mastodon.example/api/v1/timelines/home?min_id=9>; rel="prev")") << QByteArray("next")
        << QUrl();
    QTest::newRow("no rel") << QByteArray("<https://x.example/a>") << QByteArray("next") << QUrl();
    QTest::newRow("other parameters only") << QByteArray(R"(<https://x.example/a>; title="next")")
                                           << QByteArray("next") << QUrl();
    QTest::newRow("unquoted rel") << QByteArray("<https://x.example/a>; rel=next") << QByteArray("next")
                                  << QUrl(u"https://x.example/a"_s);
    QTest::newRow("no space before rel") << QByteArray(R"(<https://x.example/a>;rel="next")") << QByteArray("next")
                                         << QUrl(u"https://x.example/a"_s);
    QTest::newRow("several relations") << QByteArray(R"(<https://x.example/a>; rel="prev next")")
                                       << QByteArray("next") << QUrl(u"https://x.example/a"_s);
    QTest::newRow("relation is a whole word") << QByteArray(R"(<https://x.example/a>; rel="nextpage")")
                                              << QByteArray("next") << QUrl();
    QTest::newRow("missing >") << QByteArray(R"(<https://x.example/a; rel="next")") << QByteArray("next") << QUrl();
    QTest::newRow("missing <>") << QByteArray(R"(https://x.example/a; rel="next")") << QByteArray("next") << QUrl();
    QTest::newRow("malformed first, good second")
        << QByteArray(R"(garbage; rel="next", <https://x.example/b>; rel="next")") << QByteArray("next")
        << QUrl(u"https://x.example/b"_s);
    QTest::newRow("empty") << QByteArray() << QByteArray("next") << QUrl();
}

void tst_Http::linkHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, relation);
    QFETCH(QUrl, expected);
    QCOMPARE(LinkHeader::find(header, relation), expected);
}

void tst_Http::statusLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << u"Hello, world"_s << 12;
    QTest::newRow("umlauts") << u"Grüße aus Köln"_s << 14;
    QTest::newRow("long URL counts 23") << u"https://example.com/a/very/long/path/that/goes/on/and/on?with=query"_s
                                        << 23;
    QTest::newRow("short URL counts 23") << u"http://a.io"_s << 23;
    QTest::newRow("text and URL") << u"see https://example.com/page"_s << 4 + 23;
    QTest::newRow("two URLs") << u"https://a.example/1 https://b.example/2"_s << 23 + 1 + 23;
    QTest::newRow("URL then a full stop") << u"See https://example.com."_s << 4 + 23 + 1;
    QTest::newRow("URL in parentheses") << u"(https://example.com)"_s << 1 + 23 + 1;
    QTest::newRow("remote mention as local") << u"@alice@mastodon.social hi"_s << 9;
    QTest::newRow("local mention") << u"@alice hi"_s << 9;
    QTest::newRow("remote mention with a dotted name") << u"@first.last@example.com"_s << 11;
    QTest::newRow("email address is not a mention") << u"bob@example.com"_s << 15;
    QTest::newRow("emoji") << u"😀"_s << 1;
    QTest::newRow("emoji with skin tone") << u"👍🏽"_s << 1;
    QTest::newRow("flag") << u"🇩🇪"_s << 1;
    QTest::newRow("family (ZWJ sequence)") << u"👨‍👩‍👧"_s << 1;
    QTest::newRow("combining accent") << u"e\u0301"_s << 1;
    QTest::newRow("mixed") << u"hi 👨‍👩‍👧 @bob@example.org https://example.com/x"_s << 3 + 1 + 1 + 4 + 1 + 23;
}

void tst_Http::statusLength()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(StatusText::length(text), expected);
}

void tst_Http::statusFromHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paragraph") << u"<p>Hello world</p>"_s << u"Hello world"_s;
    QTest::newRow("line breaks and paragraphs") << u"<p>line one<br />line two</p><p>second paragraph</p>"_s
                                                << u"line one\nline two\n\nsecond paragraph"_s;
    QTest::newRow("br variants") << u"<p>a<br>b<BR/>c<br />d</p>"_s << u"a\nb\nc\nd"_s;
    QTest::newRow("link") << u"<p>see <a href=\"https://example.com/page\" target=\"_blank\" rel=\"nofollow noopener "
                             u"noreferrer\" translate=\"no\"><span class=\"invisible\">https://</span><span class=\"\">"
                             u"example.com/page</span><span class=\"invisible\"></span></a></p>"_s
                          << u"see https://example.com/page"_s;
    QTest::newRow("long link with ellipsis")
        << u"<p><a href=\"https://www.example.com/a-very-long-path-that-goes-on\" rel=\"nofollow noopener noreferrer\" "
           u"target=\"_blank\"><span class=\"invisible\">https://www.</span><span class=\"ellipsis\">example.com/"
           u"a-very-long-path-t</span><span class=\"invisible\">hat-goes-on</span></a></p>"_s
        << u"https://www.example.com/a-very-long-path-that-goes-on"_s;
    QTest::newRow("mention") << u"<p><span class=\"h-card\" translate=\"no\"><a href=\"https://mastodon.social/@alice\" "
                                u"class=\"u-url mention\">@<span>alice</span></a></span> hi</p>"_s
                             << u"@alice hi"_s;
    QTest::newRow("hashtag") << u"<p><a href=\"https://mastodon.example/tags/qt\" class=\"mention hashtag\" "
                                u"rel=\"tag\">#<span>qt</span></a></p>"_s
                             << u"#qt"_s;
    QTest::newRow("entities") << u"<p>Tom &amp; Jerry &lt;3 &quot;quoted&quot; it&#39;s&nbsp;fine</p>"_s
                              << u"Tom & Jerry <3 \"quoted\" it's fine"_s;
    QTest::newRow("escaped entity stays literal") << u"<p>write &amp;lt; for &lt;</p>"_s << u"write &lt; for <"_s;
    QTest::newRow("typed tag stays text") << u"<p>&lt;b&gt;not bold&lt;/b&gt;</p>"_s << u"<b>not bold</b>"_s;
    QTest::newRow("unicode") << u"<p>Grüße 👨‍👩‍👧</p>"_s << u"Grüße 👨‍👩‍👧"_s;
}

void tst_Http::statusFromHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(StatusText::fromHtml(html), expected);
}

QTEST_GUILESS_MAIN(tst_Http)
#include "tst_http.moc"
