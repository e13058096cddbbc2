// One page of an account's statuses, searched for our text by the verifier.
#include "fuzzinput.h"

#include "platforms/mastodon/mastodonanswers.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Page = MastodonAnswers::StatusPage;
    const QDateTime windowStart(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    const Page page
        = MastodonAnswers::searchStatusPage(FuzzInput::bytes(data, size), u"Hello <world> & friends"_s, windowStart);
    FuzzInput::check(page.kind != Page::Kind::Found || !page.id.isEmpty(), "a found status has an id");
    FuzzInput::check(page.kind != Page::Kind::NotAList || page.size == 0, "no statuses without a list");
    return 0;
}
