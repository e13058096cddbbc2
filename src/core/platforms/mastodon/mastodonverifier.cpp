#include "mastodonverifier.h"

#include "linkheader.h"
#include "mastodonanswers.h"
#include "publish/http.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr int pageSize = 40;
constexpr int maxPages = 25;
// The server's clock may differ from ours; statuses this much older than our first send still count.
constexpr int clockSkewSeconds = 300;
} // namespace

MastodonVerifier::MastodonVerifier(PublishRequest request, Account account, QString token, AdapterContext context,
                                   QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_account(std::move(account))
    , m_token(std::move(token))
    , m_context(context)
    , m_windowStart(m_request.firstSentAt.addSecs(-clockSkewSeconds))
{
}

QUrl MastodonVerifier::api(const QString &path) const
{
    return Http::join(m_account.endpoint, path);
}

QNetworkReply *MastodonVerifier::get(const QUrl &url)
{
    return Http::get(*m_context.network, url, m_context.requestTimeoutMs, m_token);
}

void MastodonVerifier::run(std::function<void(VerifyOutcome)> done)
{
    m_done = std::move(done);
    // Ask who we are each time: the account id is what the statuses list needs, and a refused token
    // must become "cannot tell", never "absent".
    Http::whenFinished(get(api(u"/api/v1/accounts/verify_credentials"_s)), this, [this](QNetworkReply *reply) {
        const QByteArray body = Http::body(reply);
        const QString accountId = MastodonAnswers::identity(body).id;
        if (Http::status(reply) != 200 || accountId.isEmpty()) {
            m_done(Http::failedLookup(reply, body));
            return;
        }
        QUrl url = api(u"/api/v1/accounts/"_s + accountId + u"/statuses"_s);
        url.setQuery(QUrlQuery{{u"limit"_s, QString::number(pageSize)}});
        fetchPage(url, maxPages);
    });
}

void MastodonVerifier::fetchPage(const QUrl &url, int pagesLeft)
{
    Http::whenFinished(get(url), this, [this, pagesLeft](QNetworkReply *reply) {
        const QByteArray body = Http::body(reply);
        using Page = MastodonAnswers::StatusPage;
        const Page page = MastodonAnswers::searchStatusPage(body, m_request.text, m_windowStart);
        if (Http::status(reply) != 200 || reply->error() != QNetworkReply::NoError) {
            m_done(Http::failedLookup(reply, body));
            return;
        }
        if (page.kind == Page::Kind::NotAList) {
            m_done({VerifyOutcome::Kind::CannotTell, {}, {}, tr("the server's answer is not a list of statuses"), 200});
            return;
        }
        if (page.kind == Page::Kind::Malformed) {
            m_done({VerifyOutcome::Kind::CannotTell, {}, {}, tr("the server listed a malformed status"), 200});
            return;
        }
        if (page.kind == Page::Kind::Found) {
            m_done({VerifyOutcome::Kind::Found, page.id, page.url, tr("found on the account"), 200});
            return;
        }
        const QUrl next = LinkHeader::find(reply->rawHeader("Link"), "next");
        const bool endOfList = page.size < pageSize || !next.isValid();
        if (page.reachedWindowStart || endOfList) {
            m_done({VerifyOutcome::Kind::Absent, {}, {}, tr("not on the account since the first send"), 200});
            return;
        }
        if (pagesLeft <= 1) {
            m_done({VerifyOutcome::Kind::CannotTell, {}, {},
                    tr("too many statuses since the first send to search them all"), 200});
            return;
        }
        if (next.host() != m_account.endpoint.host() || next.scheme() != m_account.endpoint.scheme()) {
            // Never send the token to a host the user did not name.
            m_done({VerifyOutcome::Kind::CannotTell, {}, {}, tr("the server pointed the next page to another host"), 200});
            return;
        }
        fetchPage(next, pagesLeft - 1);
    });
}
