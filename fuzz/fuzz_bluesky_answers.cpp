// A PDS's answers: createSession/refreshSession, putRecord/getRecord, uploadBlob, resolveHandle, errors.
#include "fuzzinput.h"

#include "platforms/bluesky/blueskyanswers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput::bytes(data, size);
    (void)BlueskyAnswers::xrpcError(body);
    (void)BlueskyAnswers::session(body).isValid();
    (void)BlueskyAnswers::recordUri(body);
    (void)BlueskyAnswers::uploadedBlob(body);
    const QString did = BlueskyAnswers::resolvedDid(body);
    FuzzInput::check(did.isEmpty() || did.startsWith(QLatin1StringView("did:")), "a resolved DID is a DID");
    return 0;
}
