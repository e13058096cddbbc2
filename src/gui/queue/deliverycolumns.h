#pragma once

#include "model/deliverystate.h"

#include <QList>
#include <QStringList>

class QTableView;

// The queue's and the history's column widths, from the font and from what each column can hold
// rather than from every loaded row: ResizeToContents measured each row at every load, which was
// most of the window's start-up at scale and of every refresh. The columns stay resizable.
namespace DeliveryColumns {

// Every column but the account's, which follows the accounts (fitAccounts); the state column fits
// the states the view can show.
void fit(QTableView *view, const QList<DeliveryState> &states);
void fitAccounts(QTableView *view, const QStringList &accountNames);

} // namespace DeliveryColumns
