#include "calendarmodel.h"

#include "queue/statecolors.h"
#include "model/account.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/deliverystore.h"
#include "storage/poststore.h"
#include "undo/postactions.h"
#include "util/clock.h"
#include "util/localtime.h"

#include <QApplication>
#include <QHash>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Which of a post's states its chip shows: the one that most needs the user's eye.
int urgency(DeliveryState state)
{
    switch (state) {
    case DeliveryState::NeedsAttention:
        return 8;
    case DeliveryState::Verifying:
        return 7;
    case DeliveryState::Failed:
        return 6;
    case DeliveryState::Sending:
        return 5;
    case DeliveryState::Retrying:
        return 4;
    case DeliveryState::Scheduled:
        return 3;
    case DeliveryState::Draft:
        return 2;
    case DeliveryState::Published:
        return 1;
    case DeliveryState::Cancelled:
        return 0;
    }
    return 0;
}

// PostStore::reschedule's own rule, so that the views refuse a drag before it starts.
bool unsent(DeliveryState state)
{
    return state == DeliveryState::Draft || state == DeliveryState::Scheduled || state == DeliveryState::Cancelled;
}

QList<qint64> postIdsIn(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data)
        return ids;
    const QList<QByteArray> parts = data->data(CalendarModel::mimeType).split(',');
    for (const QByteArray &part : parts) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}
} // namespace

CalendarModel::CalendarModel(const Database &database, const Clock &clock, PostActions &actions, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_clock(clock)
    , m_actions(actions)
    , m_changes(database)
{
}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chip &chip = m_rows.at(index.row());
    switch (role) {
    case PostIdRole:
        return chip.postId;
    case DeliveryIdRole:
        return chip.firstDeliveryId;
    case ScheduledAtRole:
        return chip.scheduledAt;
    case LocalDateRole:
        return chip.localDate;
    case LocalTimeRole:
        return chip.localTime;
    case StateRole:
        return QVariant::fromValue(chip.state);
    case AccountsRole:
        return chip.accounts;
    case TextRole:
        return textOf(chip.postId);
    case MovableRole:
        return chip.movable;
    case Qt::DisplayRole:
        return u"%1 %2 · %3"_s.arg(chip.localTime.toString(u"HH:mm"_s), chip.accounts.join(u", "_s),
                                   textOf(chip.postId).section(u'\n', 0, 0));
    case Qt::ToolTipRole: {
        QString tip
            = tr("%1, %2 · %3\nState: %4")
                  .arg(QLocale().toString(chip.localDate, QLocale::LongFormat), chip.localTime.toString(u"HH:mm"_s),
                       chip.accounts.join(u", "_s), DeliveryStates::displayName(chip.state));
        if (!chip.movable)
            tip += u'\n' + tr("Already sent: it can no longer be moved.");
        return QString(tip + u"\n\n"_s + textOf(chip.postId));
    }
    case Qt::BackgroundRole: {
        const QColor colour = StateColors::background(chip.state, QApplication::palette());
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    default:
        return {};
    }
}

Qt::ItemFlags CalendarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_rows.at(index.row()).movable)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList CalendarModel::mimeTypes() const
{
    return { mimeType };
}

QMimeData *CalendarModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArrayList ids;
    for (const QModelIndex &index : indexes) {
        if (flags(index).testFlag(Qt::ItemIsDragEnabled))
            ids.append(QByteArray::number(m_rows.at(index.row()).postId));
    }
    if (ids.isEmpty())
        return nullptr; // a post already sent is not dragged at all
    auto *data = new QMimeData;
    data->setData(mimeType, ids.join(','));
    return data;
}

void CalendarModel::setRange(const QDate &first, const QDate &last, std::optional<int> postsPerDay)
{
    if (first == m_first && last == m_last && postsPerDay == m_postsPerDay)
        return;
    m_first = first;
    m_last = last;
    m_postsPerDay = postsPerDay;
    reload();
}

void CalendarModel::setAccountIds(const QList<qint64> &accountIds)
{
    if (accountIds == m_accountIds)
        return;
    m_accountIds = accountIds;
    reload();
}

void CalendarModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    reload();
}

QDate CalendarModel::today() const
{
    return m_clock.nowUtc().toTimeZone(m_zone).date();
}

QDateTime CalendarModel::now() const
{
    return m_clock.nowUtc().toTimeZone(m_zone);
}

// The window polls every 5 s, and a month of a million-post calendar takes tens of milliseconds to
// read: it is read again only when something was written since (Database::changeStamp).
void CalendarModel::refresh()
{
    if (m_changes.changedSinceRead())
        reload();
}

void CalendarModel::setDeferred(bool deferred)
{
    m_deferred = deferred;
    if (!deferred && m_stale)
        reload();
}

void CalendarModel::reload()
{
    m_stale = m_deferred;
    if (m_deferred)
        return;
    m_changes.markRead();
    beginResetModel();
    Loaded loaded = load();
    m_rows = std::move(loaded.chips);
    m_postCounts = std::move(loaded.postCounts);
    m_texts.clear();
    // The views ask for each day's rows on every paint: a month of thousands of posts is grouped once.
    m_rowsByDay.clear();
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_rowsByDay[m_rows.at(row).localDate].append(int(row));
    endResetModel();
}

QList<int> CalendarModel::rowsOn(const QDate &day) const
{
    return m_rowsByDay.value(day);
}

// The count and the first posts are two reads: a post added between them may be in the rows only.
int CalendarModel::postsOn(const QDate &day) const
{
    return std::max(m_postCounts.value(day), int(m_rowsByDay.value(day).size()));
}

QString CalendarModel::textOf(qint64 postId) const
{
    if (const auto cached = m_texts.constFind(postId); cached != m_texts.cend())
        return *cached;
    const Result<QString> text = PostStore(m_database).textOf(postId);
    return m_texts.insert(postId, text ? text.value() : QString()).value();
}

int CalendarModel::rowOf(qint64 postId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).postId == postId)
            return int(row);
    }
    return -1;
}

Status CalendarModel::shiftPost(qint64 postId, qint64 seconds)
{
    const Result<Post> post = PostStore(m_database).byId(postId);
    if (!post)
        return Status::failure(post.error());
    const QDateTime at = post.value().scheduledAt.addSecs(seconds);
    if (at <= m_clock.nowUtc())
        return Status::failure(tr("%1 has already passed.").arg(QLocale().toString(at.toTimeZone(m_zone), QLocale::ShortFormat)));
    const Status moved = m_actions.reschedule({{postId, at}});
    if (moved) {
        refresh();
        Q_EMIT postsChanged();
    }
    return moved;
}

Status CalendarModel::dropOnDay(const QMimeData *data, Qt::DropAction action, const QDate &day)
{
    return drop(data, action, day, std::nullopt);
}

Status CalendarModel::dropOnHour(const QMimeData *data, Qt::DropAction action, const QDate &day, int hour)
{
    return drop(data, action, day, hour);
}

QDateTime CalendarModel::composeTime(const QDate &day, std::optional<int> hour) const
{
    constexpr int MorningHour = 9;
    if (hour)
        return LocalTime::toUtc(day, QTime(*hour, 0), m_zone);
    if (day != today())
        return LocalTime::toUtc(day, QTime(MorningHour, 0), m_zone);
    return LocalTime::nextWholeHour(m_clock.nowUtc(), m_zone);
}

Status CalendarModel::drop(const QMimeData *data, Qt::DropAction action, const QDate &day, std::optional<int> hour)
{
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return Status::failure(tr("Posts can only be moved or copied onto the calendar."));
    const QList<qint64> ids = postIdsIn(data);
    if (ids.isEmpty())
        return Status::failure(tr("Nothing to place here: only posts from the calendar can be dropped on it."));
    const PostStore posts(m_database);
    QList<PostStore::Move> moves;
    QList<PostStore::NewPost> copies;
    for (const qint64 id : ids) {
        Result<Post> post = posts.byId(id);
        if (!post)
            return Status::failure(post.error());
        const Result<QDateTime> at = placeTime(post.value(), day, hour);
        if (!at)
            return Status::failure(at.error());
        if (action == Qt::MoveAction) {
            moves.append({id, at.value()});
            continue;
        }
        // A copy goes to the same accounts, a draft stays a draft.
        const Result<PostActions::Targets> targets = m_actions.targetsOf(post.value());
        if (!targets)
            return Status::failure(targets.error());
        post.value().id = 0;
        post.value().scheduledAt = at.value();
        copies.append({post.value(), targets.value().accountIds,
                       targets.value().allDrafts ? DeliveryState::Draft : DeliveryState::Scheduled});
    }
    const Status placed = action == Qt::MoveAction
        ? m_actions.reschedule(moves)
        : Status::from(m_actions.create(copies, copies.size() == 1 ? tr("Copy post") : tr("Copy %1 posts").arg(copies.size())));
    if (placed) {
        refresh();
        Q_EMIT postsChanged();
    }
    return placed;
}

Result<QDateTime> CalendarModel::placeTime(const Post &post, const QDate &day, std::optional<int> hour) const
{
    const QTime was = post.scheduledAt.toTimeZone(m_zone).time();
    const QTime time = hour ? QTime(*hour, was.minute()) : QTime(was.hour(), was.minute());
    const QDateTime at = LocalTime::toUtc(day, time, m_zone);
    if (at <= m_clock.nowUtc())
        return Result<QDateTime>::failure(tr("%1 %2 has already passed. Drop the post on a later day or hour.")
                                              .arg(QLocale().toString(day, QLocale::ShortFormat), time.toString(u"HH:mm"_s)));
    return at;
}

CalendarModel::Loaded CalendarModel::load()
{
    if (!m_first.isValid() || !m_last.isValid())
        return {};
    const QList<DayBounds> days = dayBounds();
    QHash<QDate, int> postCounts;
    const Result<QList<DeliverySummary>> deliveries = readRange(days, &postCounts);
    const Result<QList<Account>> accounts = AccountStore(m_database).all();
    if (!deliveries || !accounts) {
        m_changes.forget(); // read everything again at the next refresh
        Q_EMIT loadFailed(deliveries ? accounts.error() : deliveries.error());
        return {m_rows, m_postCounts}; // keep showing what we had
    }
    QHash<qint64, QString> accountNames;
    for (const Account &account : accounts.value())
        accountNames.insert(account.id, account.name);
    // Ordered by time then id, so a post's deliveries are neighbours only when no other post
    // shares its minute: fold by id instead.
    QList<Chip> chips;
    chips.reserve(deliveries.value().size());
    QHash<qint64, qsizetype> byPost;
    byPost.reserve(deliveries.value().size());
    qsizetype day = 0;
    for (const DeliverySummary &delivery : deliveries.value()) {
        const auto found = byPost.constFind(delivery.postId);
        if (found == byPost.cend()) {
            while (day + 1 < days.size() && delivery.scheduledAt >= days.at(day).end)
                ++day; // the rows come in time order: each day is found once
            Chip chip;
            chip.postId = delivery.postId;
            chip.firstDeliveryId = delivery.id;
            chip.scheduledAt = delivery.scheduledAt;
            chip.localDate = days.at(day).date;
            chip.localTime = days.at(day).localTime(delivery.scheduledAt, m_zone);
            chip.state = delivery.state;
            chip.accounts = { accountNames.value(delivery.accountId) };
            chip.movable = unsent(delivery.state);
            byPost.insert(delivery.postId, chips.size());
            chips.append(std::move(chip));
            continue;
        }
        Chip &chip = chips[*found];
        if (urgency(delivery.state) > urgency(chip.state))
            chip.state = delivery.state;
        chip.accounts.append(accountNames.value(delivery.accountId));
        chip.movable = chip.movable && unsent(delivery.state);
    }
    return {chips, postCounts};
}

// A month of a million-post calendar holds tens of thousands of posts, of which a month view shows
// a few a day: it reads each day's first posts and counts the rest, of every account or of the one
// the sidebar chose. Several accounts at once (no view asks for that) are read whole.
Result<QList<DeliverySummary>> CalendarModel::readRange(const QList<DayBounds> &days, QHash<QDate, int> *postCounts) const
{
    const DeliveryStore store(m_database);
    if (!m_postsPerDay || m_accountIds.size() > 1) {
        DeliveryFilter filter;
        filter.accountIds = m_accountIds;
        filter.scheduledFrom = days.constFirst().start;
        filter.scheduledTo = days.constLast().end;
        return store.summaries(filter);
    }
    QList<DeliverySummary> deliveries;
    for (const DayBounds &day : days) {
        Result<DeliveryStore::FirstPosts> first = store.firstPosts(
            day.start, day.end, *m_postsPerDay,
            m_accountIds.isEmpty() ? std::nullopt : std::optional<qint64>(m_accountIds.constFirst()));
        if (!first)
            return Result<QList<DeliverySummary>>::failure(first.error());
        postCounts->insert(day.date, first.value().posts);
        deliveries.append(std::move(first.value().deliveries));
    }
    return deliveries;
}

// Converting each of a month's thousands of instants to the time zone costs more than reading them;
// a day's bounds and offset are converted once.
QList<CalendarModel::DayBounds> CalendarModel::dayBounds() const
{
    QList<DayBounds> days;
    for (QDate date = m_first; date <= m_last; date = date.addDays(1)) {
        DayBounds bounds;
        bounds.date = date;
        bounds.start = LocalTime::toUtc(date, QTime(0, 0), m_zone);
        bounds.end = LocalTime::toUtc(date.addDays(1), QTime(0, 0), m_zone);
        const int offset = m_zone.offsetFromUtc(bounds.start);
        // A day with a daylight-saving change has two offsets: its times are converted one by one.
        bounds.offsetSeconds = offset == m_zone.offsetFromUtc(bounds.end.addSecs(-1)) ? std::optional<int>(offset)
                                                                                        : std::nullopt;
        days.append(bounds);
    }
    return days;
}

QTime CalendarModel::DayBounds::localTime(const QDateTime &utc, const QTimeZone &zone) const
{
    if (!offsetSeconds)
        return utc.toTimeZone(zone).time();
    constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;
    const qint64 local = utc.toMSecsSinceEpoch() + qint64(*offsetSeconds) * 1000;
    return QTime::fromMSecsSinceStartOfDay(int(((local % msPerDay) + msPerDay) % msPerDay));
}
