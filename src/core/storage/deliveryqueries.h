#pragma once

#include <QString>

// The statements the publisher runs on every pass, and the calendar's reads of a month, in one place
// so that the benchmark can show their query plans (EXPLAIN QUERY PLAN) next to their timings. The
// publisher's name the partial index each relies on, so that no growth of the history can turn one
// of them into a full scan; the month's read a day's range of a time index.
namespace DeliveryQueries {

// Deliveries the engine acts on: send, retry or verify.
const QString &actionableStates();
// Deliveries whose outcome is not settled yet; later posts of their account wait for them.
const QString &unsettledStates();
// The history: deliveries in a final state, which pile up without end.
const QString &historyStates();

// Every column DeliveryStore reads into a Delivery; continue with WHERE.
const QString &selectDeliveries();
// Binds: now, the deliveries to count as settled (a JSON array of ids), limit.
const QString &due();
const QString &nextDueTime();
// Binds: now.
const QString &pendingWork();
// Binds: state.
const QString &countInState();

// What a calendar chip needs of each delivery (a DeliverySummary), as numbers; continue with the tables.
const QString &selectSummaries();
// How many posts have deliveries in a range of time. Binds: from, to.
const QString &postsInRange();
// The summaries of the first posts of a range of time, in time order. Binds: from, to, how many posts.
const QString &firstPostsInRange();
// The same for one account, whose posts have one delivery each there. Binds: account, then as above.
const QString &accountPostsInRange();
const QString &accountFirstPostsInRange();

// `column` (a state's name) as the DeliveryState's number: reading thousands of rows, a number costs
// far less than a text converted for QtSql.
QString stateCode(const QString &column);

} // namespace DeliveryQueries
