#include "deliverytablemodel.h"

#include "statecolors.h"
#include "storage/deliverystore.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QUrl>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool sameIds(const QList<Delivery> &left, const QList<Delivery> &right)
{
    return std::equal(left.cbegin(), left.cend(), right.cbegin(), right.cend(),
                      [](const Delivery &a, const Delivery &b) { return a.id == b.id; });
}
} // namespace

DeliveryTableModel::DeliveryTableModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_changes(database)
{
}

int DeliveryTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (!m_rowCount) {
        m_changes.markRead();
        m_rowCount = countRows().value_or(0);
    }
    return *m_rowCount;
}

int DeliveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Delivery *row = rowAt(index.row());
    if (!row)
        return {};
    const Delivery &delivery = *row;
    switch (role) {
    case DeliveryIdRole: return delivery.id;
    case StateRole: return QVariant::fromValue(delivery.state);
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return delivery.text;
        if (index.column() == StateColumn)
            return delivery.reason;
        if (index.column() == LinkColumn && !delivery.remoteUrl.isEmpty())
            return tr("Open %1 in the browser").arg(delivery.remoteUrl);
        return {};
    case Qt::ForegroundRole:
        return index.column() == LinkColumn ? QVariant(QApplication::palette().link()) : QVariant();
    case Qt::FontRole: {
        if (index.column() != LinkColumn)
            return {};
        QFont font;
        font.setUnderline(true);
        return font;
    }
    case Qt::BackgroundRole: {
        if (index.column() != StateColumn)
            return {};
        const QColor colour = StateColors::background(delivery.state, QApplication::palette());
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return index.column() == AttemptsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return delivery.scheduledAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        case AccountColumn: return delivery.accountName;
        case TextColumn: return delivery.text.section(u'\n', 0, 0);
        case StateColumn: return DeliveryStates::displayName(delivery.state);
        case AttemptsColumn: return delivery.attemptCount;
        case LinkColumn: // without the scheme: the host and path are what tell links apart
            return QUrl(delivery.remoteUrl).toDisplayString(QUrl::RemoveScheme).remove(0, 2);
        default: return {};
        }
    default: return {};
    }
}

QVariant DeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case AccountColumn: return tr("Account");
    case TextColumn: return tr("Text");
    case StateColumn: return tr("State");
    case AttemptsColumn: return tr("Attempts");
    case LinkColumn: return tr("Link");
    default: return {};
    }
}

void DeliveryTableModel::sort(int column, Qt::SortOrder order)
{
    using Key = DeliveryFilter::SortKey;
    static const QHash<int, Key> keys{{TimeColumn, Key::Time},   {AccountColumn, Key::Account},
                                      {TextColumn, Key::Text},   {StateColumn, Key::State},
                                      {AttemptsColumn, Key::Attempts}};
    DeliveryFilter filter = m_filter;
    filter.sortKey = keys.value(column, Key::Time);
    filter.descending = order == Qt::DescendingOrder;
    reset(filter);
}

void DeliveryTableModel::setFilter(DeliveryFilter filter)
{
    filter.sortKey = m_filter.sortKey;
    filter.descending = m_filter.descending;
    reset(filter);
}

void DeliveryTableModel::reset(const DeliveryFilter &filter)
{
    // The window sets the filter again whenever it may have changed: the same one keeps the count and
    // the pages, each of which costs a query at a million rows.
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_rowCount.reset();
    m_pages.clear();
    endResetModel();
}

void DeliveryTableModel::refresh()
{
    if (!m_rowCount)
        return; // nothing was read yet: the first read counts
    // The window polls: at a million rows, counting again costs tens of milliseconds each time.
    if (!m_changes.changedSinceRead())
        return;
    m_changes.markRead(); // a failed read below forgets it
    const std::optional<int> counted = countRows();
    if (!counted)
        return; // keep showing what we had
    // Only the pages read last (those in view) are read again; the others are forgotten and read when
    // shown again: re-reading dozens of pages deep in a million rows would take seconds every poll.
    QList<Page> pages;
    bool sameRows = *counted == *m_rowCount;
    for (const Page &page : m_pages.first(std::min(m_pages.size(), qsizetype(refreshedPages)))) {
        const std::optional<QList<Delivery>> rows = loadPage(page.number, *counted);
        if (!rows)
            return;
        sameRows = sameRows && sameIds(*rows, page.rows);
        pages.append({page.number, *rows});
    }
    if (sameRows) {
        // The common case: states changed in place. Keeps the view's selection and scroll position.
        m_pages = std::move(pages);
        if (*m_rowCount > 0)
            Q_EMIT dataChanged(index(0, 0), index(*m_rowCount - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rowCount = counted;
    m_pages = std::move(pages);
    endResetModel();
}

qint64 DeliveryTableModel::deliveryId(int row) const
{
    const Delivery *found = rowAt(row);
    return found ? found->id : 0;
}

Delivery DeliveryTableModel::delivery(int row) const
{
    const Delivery *found = rowAt(row);
    return found ? *found : Delivery();
}

int DeliveryTableModel::rowOf(qint64 deliveryId) const
{
    for (const Page &page : std::as_const(m_pages)) {
        for (qsizetype i = 0; i < page.rows.size(); ++i) {
            if (page.rows.at(i).id == deliveryId)
                return page.number * pageSize + int(i);
        }
    }
    return -1;
}

const Delivery *DeliveryTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const QList<Delivery> &rows = pageAt(row / pageSize).rows;
    const int inPage = row % pageSize;
    return inPage < rows.size() ? &rows.at(inPage) : nullptr;
}

const DeliveryTableModel::Page &DeliveryTableModel::pageAt(int number) const
{
    const auto kept = std::find_if(m_pages.begin(), m_pages.end(), [number](const Page &page) { return page.number == number; });
    if (kept != m_pages.end()) {
        std::rotate(m_pages.begin(), kept, kept + 1); // now the most recently read
        return m_pages.first();
    }
    // A page that cannot be read is kept empty, so that painting its rows does not ask again for each cell.
    m_pages.prepend({number, loadPage(number, rowCount()).value_or(QList<Delivery>())});
    if (m_pages.size() > keptPages)
        m_pages.removeLast();
    return m_pages.first();
}

std::optional<QList<Delivery>> DeliveryTableModel::loadPage(int number, int rowCount) const
{
    const int first = number * pageSize;
    const int end = std::min(first + pageSize, rowCount);
    if (first >= end)
        return QList<Delivery>();
    // A page in the second half is read from the end, in the opposite order: SQLite skips `offset` index
    // entries to reach a page, so the last page costs what the first does, and the middle the most.
    const bool fromTheEnd = first >= rowCount / 2;
    DeliveryFilter filter = m_filter;
    filter.limit = end - first;
    filter.offset = fromTheEnd ? rowCount - end : first;
    filter.descending = m_filter.descending != fromTheEnd;
    const auto matches = rowCount > fewMatches ? DeliveryStore::Matches::Many : DeliveryStore::Matches::Few;
    Result<QList<Delivery>> rows = DeliveryStore(m_database).list(filter, matches);
    if (!rows) {
        fail(rows.error());
        return std::nullopt;
    }
    if (fromTheEnd)
        std::reverse(rows.value().begin(), rows.value().end());
    return rows.value();
}

std::optional<int> DeliveryTableModel::countRows() const
{
    const Result<int> counted = DeliveryStore(m_database).count(m_filter);
    if (!counted) {
        fail(counted.error());
        return std::nullopt;
    }
    return counted.value();
}

void DeliveryTableModel::fail(const QString &message) const
{
    m_changes.forget(); // the next refresh() reads everything again, whatever was written
    // Reading happens when the view asks for rows, which it does through const functions.
    Q_EMIT const_cast<DeliveryTableModel *>(this)->loadFailed(message);
}
