#pragma once

#include "model/attempt.h"

#include <QAbstractTableModel>
#include <QList>

// One delivery's audit log: every attempt and note, oldest first.
class AttemptTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, OutcomeColumn, HttpStatusColumn, KeyColumn, ErrorColumn, ColumnCount };

    explicit AttemptTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AttemptTableModel)

    void setAttempts(const QList<Attempt> &attempts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Attempt> m_attempts;
};
