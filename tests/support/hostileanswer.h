#pragma once

#include <QMetaType>

class QString;
struct HttpResponse;

// The ways a server's answer lies or breaks, for tst_hostileanswers. Each is made from the honest
// answer, so that one list serves every endpoint of every fake.
enum class HostileAnswer {
    MalformedJson, // the honest body cut in half
    WrongTypes, // every string in the honest JSON turned into a number
    MissingIds, // the honest JSON without its "id" and "uri" fields
    HugeBody, // the honest body followed by 5 MiB of JSON whitespace: valid, but past the client's cap
    HtmlPage, // 200 with an HTML page, as a captive portal or a misrouted proxy sends
    ErrorBody, // 200 whose body is an error object
    RedirectElsewhere, // 307 to the same port and path on another host, 127.0.0.2; the request is not carried out
};
Q_DECLARE_METATYPE(HostileAnswer)

namespace HostileAnswers {
// False only for RedirectElsewhere: every other lie is told after the request was carried out.
bool carriedOutFirst(HostileAnswer kind);
// The lie about `honest`, the answer to `path` on a server listening on `port`.
HttpResponse make(HostileAnswer kind, const HttpResponse &honest, quint16 port, const QString &path);
} // namespace HostileAnswers
