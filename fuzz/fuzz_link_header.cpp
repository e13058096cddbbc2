// The Link header Mastodon pages the statuses list with: <URL>; rel="next", <URL>; rel="prev".
#include "fuzzinput.h"

#include "platforms/mastodon/linkheader.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = FuzzInput::bytes(data, size);
    for (const QByteArray &relation : { QByteArray("next"), QByteArray("prev") }) {
        const QUrl url = LinkHeader::find(header, relation);
        FuzzInput::check(url.isEmpty() || url.isValid(), "a found link is a valid URL");
    }
    return 0;
}
