#include "deliverytablemodel.h"

#include "statecolors.h"
#include "storage/deliverystore.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QUrl>
#include <QPalette>

using namespace Qt::StringLiterals;

DeliveryTableModel::DeliveryTableModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    m_rows = load(0, pageSize);
    m_moreAvailable = m_rows.size() == pageSize;
}

int DeliveryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Delivery &delivery = m_rows.at(index.row());
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

bool DeliveryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable;
}

void DeliveryTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_moreAvailable)
        return;
    const QList<Delivery> page = load(int(m_rows.size()), pageSize);
    m_moreAvailable = page.size() == pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void DeliveryTableModel::sort(int column, Qt::SortOrder order)
{
    using Key = DeliveryFilter::SortKey;
    static const QHash<int, Key> keys{{TimeColumn, Key::Time},   {AccountColumn, Key::Account},
                                      {TextColumn, Key::Text},   {StateColumn, Key::State},
                                      {AttemptsColumn, Key::Attempts}};
    m_filter.sortKey = keys.value(column, Key::Time);
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

void DeliveryTableModel::setFilter(DeliveryFilter filter)
{
    filter.sortKey = m_filter.sortKey;
    filter.descending = m_filter.descending;
    m_filter = std::move(filter);
    reload();
}

void DeliveryTableModel::reload()
{
    beginResetModel();
    m_rows = load(0, pageSize);
    m_moreAvailable = m_rows.size() == pageSize;
    endResetModel();
}

void DeliveryTableModel::refresh()
{
    const int limit = std::max(int(m_rows.size()), pageSize);
    QList<Delivery> rows = load(0, limit);
    if (!m_lastError.isEmpty())
        return; // keep showing what we had
    m_moreAvailable = rows.size() == limit;

    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).id == m_rows.at(i).id;
    if (sameRows) {
        // The common case: states changed in place. Keeps the view's selection and scroll position.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qint64 DeliveryTableModel::deliveryId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DeliveryTableModel::rowOf(qint64 deliveryId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == deliveryId)
            return int(i);
    }
    return -1;
}

QList<Delivery> DeliveryTableModel::load(int offset, int limit)
{
    DeliveryFilter filter = m_filter;
    filter.offset = offset;
    filter.limit = limit;
    const Result<QList<Delivery>> rows = DeliveryStore(m_database).list(filter);
    if (!rows) {
        m_lastError = rows.error();
        Q_EMIT loadFailed(m_lastError);
        return {};
    }
    m_lastError.clear();
    return rows.value();
}
