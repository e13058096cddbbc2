#include "deliverycolumns.h"

#include "deliverytablemodel.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxAccountWidth = 260;

int cellWidth(const QTableView *view, const QString &text)
{
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->fontMetrics().horizontalAdvance(text) + 2 * margin + 8;
}

// Room for the title, the margins and the sort indicator.
int headerWidth(const QTableView *view, int column)
{
    const QHeaderView *header = view->horizontalHeader();
    const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    return header->fontMetrics().horizontalAdvance(title) + 4 * margin + mark;
}

void setWidth(QTableView *view, int column, int contentWidth)
{
    view->horizontalHeader()->resizeSection(column, std::max(contentWidth, headerWidth(view, column)));
}
} // namespace

namespace DeliveryColumns {

void fit(QTableView *view, const QList<DeliveryState> &states)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DeliveryTableModel::TextColumn, QHeaderView::Stretch);
    setWidth(view, DeliveryTableModel::TimeColumn, cellWidth(view, u"2026-12-28 23:58"_s));
    int state = 0;
    for (const DeliveryState shown : states)
        state = std::max(state, cellWidth(view, DeliveryStates::displayName(shown)));
    setWidth(view, DeliveryTableModel::StateColumn, state);
    setWidth(view, DeliveryTableModel::AttemptsColumn, cellWidth(view, u"99"_s));
    fitAccounts(view, {});
}

void fitAccounts(QTableView *view, const QStringList &accountNames)
{
    int widest = 0;
    for (const QString &name : accountNames)
        widest = std::max(widest, cellWidth(view, name));
    setWidth(view, DeliveryTableModel::AccountColumn, std::min(widest, maxAccountWidth));
}

} // namespace DeliveryColumns
