#include "postactions.h"

#include "canceldeliveriescommand.h"
#include "createpostscommand.h"
#include "editpostcommand.h"
#include "removepostscommand.h"
#include "reschedulecommand.h"
#include "storage/deliverystore.h"

#include <QUndoStack>

PostActions::PostActions(const Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::indexChanged, this, &PostActions::changed);
}

Status PostActions::push(std::unique_ptr<StoreCommand> command)
{
    if (const Status applied = command->applyFirst(); !applied)
        return applied;
    command->setReporter([this](const QString &message) { Q_EMIT failed(message); });
    m_stack->push(command.release());
    return {};
}

Status PostActions::reschedule(const QList<PostStore::Move> &moves)
{
    if (moves.isEmpty())
        return {};
    const PostStore posts(m_database);
    QList<PostStore::Move> from;
    for (const PostStore::Move &move : moves) {
        const Result<Post> post = posts.byId(move.postId);
        if (!post)
            return Status::failure(post.error());
        from.append({move.postId, post.value().scheduledAt});
    }
    return push(std::make_unique<RescheduleCommand>(m_database, moves, from));
}

Status PostActions::shift(const QList<qint64> &postIds, qint64 seconds)
{
    const PostStore posts(m_database);
    QList<PostStore::Move> moves;
    for (const qint64 postId : postIds) {
        const Result<Post> post = posts.byId(postId);
        if (!post)
            return Status::failure(post.error());
        moves.append({postId, post.value().scheduledAt.addSecs(seconds)});
    }
    return reschedule(moves);
}

Result<QList<qint64>> PostActions::create(const QList<PostStore::NewPost> &posts, const QString &description)
{
    auto command = std::make_unique<CreatePostsCommand>(m_database, description, posts);
    CreatePostsCommand *created = command.get();
    if (const Status pushed = push(std::move(command)); !pushed)
        return Result<QList<qint64>>::failure(pushed.error());
    return created->postIds();
}

Result<PostActions::Targets> PostActions::targetsOf(const Post &post) const
{
    // The deliveries of one post share its time: read just that instant.
    DeliveryFilter filter;
    filter.scheduledFrom = post.scheduledAt;
    filter.scheduledTo = post.scheduledAt.addMSecs(1);
    const Result<QList<Delivery>> deliveries = DeliveryStore(m_database).list(filter);
    if (!deliveries)
        return Result<Targets>::failure(deliveries.error());
    Targets targets;
    for (const Delivery &delivery : deliveries.value()) {
        if (delivery.postId != post.id)
            continue;
        targets.accountIds.append(delivery.accountId);
        targets.allDrafts = targets.allDrafts && delivery.state == DeliveryState::Draft;
    }
    return targets;
}

Result<QList<qint64>> PostActions::duplicateAsDrafts(const QList<qint64> &postIds)
{
    const PostStore posts(m_database);
    QList<PostStore::NewPost> copies;
    for (const qint64 postId : postIds) {
        Result<Post> post = posts.byId(postId);
        if (!post)
            return Result<QList<qint64>>::failure(post.error());
        const Result<Targets> targets = targetsOf(post.value());
        if (!targets)
            return Result<QList<qint64>>::failure(targets.error());
        post.value().id = 0;
        copies.append({post.value(), targets.value().accountIds, DeliveryState::Draft});
    }
    return create(copies, copies.size() == 1 ? tr("Duplicate post") : tr("Duplicate %1 posts").arg(copies.size()));
}

Result<QList<Delivery>> PostActions::deliveries(const QList<qint64> &deliveryIds) const
{
    const DeliveryStore store(m_database);
    QList<Delivery> found;
    for (const qint64 id : deliveryIds) {
        const Result<Delivery> delivery = store.byId(id);
        if (!delivery)
            return Result<QList<Delivery>>::failure(delivery.error());
        found.append(delivery.value());
    }
    return found;
}

Status PostActions::cancel(const QList<qint64> &deliveryIds)
{
    const Result<QList<Delivery>> was = deliveries(deliveryIds);
    if (!was)
        return Status::failure(was.error());
    return push(std::make_unique<CancelDeliveriesCommand>(m_database, m_clock, was.value()));
}

Status PostActions::edit(const Post &before, DeliveryState beforeState, const Post &after, DeliveryState afterState)
{
    return push(std::make_unique<EditPostCommand>(m_database, EditPostCommand::Version{before, beforeState},
                                                  EditPostCommand::Version{after, afterState}));
}

Status PostActions::remove(const QList<qint64> &postIds)
{
    return push(std::make_unique<RemovePostsCommand>(m_database, postIds));
}
