#include "builtinplatforms.h"

#include "mastodon/mastodonadapter.h"
#include "webhook/webhookadapter.h"

void registerBuiltinPlatforms()
{
    MastodonAdapter::registerPlatform();
    WebhookAdapter::registerPlatform();
}
