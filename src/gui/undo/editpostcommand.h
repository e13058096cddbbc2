#pragma once

#include "storecommand.h"
#include "model/deliverystate.h"
#include "model/post.h"

class Database;

// An edit of an unsent post from the composer (text, time, media, draft or scheduled); the undo
// writes the post as it was. Refused, like the edit, once any delivery has started sending.
class EditPostCommand final : public StoreCommand
{
public:
    struct Version
    {
        Post post;
        DeliveryState state = DeliveryState::Scheduled;
    };
    EditPostCommand(const Database &database, Version before, Version after);

private:
    Status apply() override;
    Status revert() override;

    const Database &m_database;
    const Version m_before;
    const Version m_after;
};
