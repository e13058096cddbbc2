#include "builtinplatforms.h"

#include "bluesky/blueskyadapter.h"
#include "mastodon/mastodonadapter.h"
#include "webhook/webhookadapter.h"

void registerBuiltinPlatforms()
{
    BlueskyAdapter::registerPlatform();
    MastodonAdapter::registerPlatform();
    WebhookAdapter::registerPlatform();
}
