#include "attempttablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

AttemptTableModel::AttemptTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AttemptTableModel::setAttempts(const QList<Attempt> &attempts)
{
    beginResetModel();
    m_attempts = attempts;
    endResetModel();
}

int AttemptTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int AttemptTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attempt &attempt = m_attempts.at(index.row());
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(attempt.startedAt.toLocalTime(), QLocale::LongFormat);
        case KeyColumn: return attempt.publicationKey;
        case ErrorColumn: return attempt.error;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return attempt.startedAt.toLocalTime().toString(u"MM-dd HH:mm"_s);
    case KindColumn: return Attempt::kindName(attempt.kind);
    // Every attempt of a delivery carries the same key; its start is enough to tell keys apart.
    case KeyColumn: return attempt.publicationKey.size() > 8 ? attempt.publicationKey.left(8) + u'…' : attempt.publicationKey;
    case OutcomeColumn: return attempt.finishedAt.isNull() ? tr("in flight") : QString(attempt.outcome).replace(u'_', u' ');
    case HttpStatusColumn: return attempt.httpStatus == 0 ? QVariant() : QVariant(attempt.httpStatus);
    case ErrorColumn: return attempt.error;
    default: return {};
    }
}

QVariant AttemptTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Kind");
    case KeyColumn: return tr("Key");
    case OutcomeColumn: return tr("Outcome");
    case HttpStatusColumn: return tr("HTTP");
    case ErrorColumn: return tr("Error");
    default: return {};
    }
}
