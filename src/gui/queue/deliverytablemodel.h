#pragma once

#include "model/delivery.h"
#include "storage/changewatch.h"
#include "storage/deliveryfilter.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

class Database;

// The queue and the history: deliveries as DeliveryStore lists them, filtered and sorted in SQL. Every
// matching row is there from the start (the count comes from one COUNT query), but only the pages the
// view reads are loaded, and only the last few dozen are kept: a million rows cost a few thousand in
// memory, and the last row is as near as the first. Reads through the GUI thread's own database
// connection; never touches the network.
class DeliveryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AccountColumn, TextColumn, StateColumn, AttemptsColumn, LinkColumn, ColumnCount };
    enum Role { DeliveryIdRole = Qt::UserRole + 1, StateRole };
    static constexpr int pageSize = 200;

    explicit DeliveryTableModel(const Database &database, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeliveryTableModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Orders in SQL (every column but the link); counts and loads again (nothing when the order is the same).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // What to show; its order and paging are the model's own. Counts and loads again (nothing when the
    // filter is the same).
    void setFilter(DeliveryFilter filter);
    const DeliveryFilter &filter() const { return m_filter; }
    // Counts again and reads the pages in view again, when anything was written since the last count
    // (the window calls it after the engine or the user changed something, and every 5 s).
    void refresh();

    qint64 deliveryId(int row) const;
    // Loads the row's page when needed; an empty Delivery when the row is not there or cannot be read.
    Delivery delivery(int row) const;
    int rowOf(qint64 deliveryId) const; // -1 when not loaded

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    // Bounds the memory at any size: a drag of the scroll bar through a million rows reads many pages.
    static constexpr int keptPages = 32;
    // What refresh() reads again: the pages read last, which hold the rows in view.
    static constexpr int refreshedPages = 4;
    // Up to this many matching rows, a page sorted by text or account sorts them all; above it, the
    // walk in the order of that column's index reaches a page sooner (DeliveryStore::Matches).
    static constexpr int fewMatches = 10'000;

    struct Page
    {
        int number = 0;
        QList<Delivery> rows; // short or empty when it could not be read (until refresh() or forgotten)
    };

    const Delivery *rowAt(int row) const;
    const Page &pageAt(int number) const;
    std::optional<QList<Delivery>> loadPage(int number, int rowCount) const;
    std::optional<int> countRows() const;
    void reset(const DeliveryFilter &filter);
    void fail(const QString &message) const;

    const Database &m_database;
    DeliveryFilter m_filter;
    // Counted when first asked after a change, so that a sort and a filter set together (as the window
    // does when it opens) count once.
    mutable std::optional<int> m_rowCount;
    mutable QList<Page> m_pages; // the most recently read first
    mutable ChangeWatch m_changes; // marked when counted: until something is written, refresh() reads nothing
};
