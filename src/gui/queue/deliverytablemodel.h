#pragma once

#include "model/delivery.h"
#include "storage/deliveryfilter.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The queue and the history: deliveries as DeliveryStore lists them, filtered and sorted in SQL and
// loaded a page at a time as the view scrolls, so that 100,000 rows cost one page of memory until
// scrolled. Reads through the GUI thread's own database connection; never touches the network.
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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Orders in SQL (every column but the link); loads the first page again.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // What to show; its order and paging are the model's own. Loads the first page again.
    void setFilter(DeliveryFilter filter);
    const DeliveryFilter &filter() const { return m_filter; }
    // Reads the rows loaded so far again (after the engine or the user changed something).
    void refresh();

    qint64 deliveryId(int row) const;
    const Delivery &delivery(int row) const { return m_rows.at(row); }
    int rowOf(qint64 deliveryId) const; // -1 when not loaded
    const QString &lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QList<Delivery> load(int offset, int limit);
    void reload();

    const Database &m_database;
    DeliveryFilter m_filter;
    QList<Delivery> m_rows;
    bool m_moreAvailable = false;
    QString m_lastError;
};
