#include "guifigures.h"

#include "benchwindow.h"
#include "timing.h"

#include "calendar/calendarwidget.h"
#include "mainwindow.h"
#include "queue/deliverytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QTableView>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
constexpr int repeats = 5;

// Runs `action`, then lets the window repaint: the time a user waits to see the result.
double msUntilPainted(const std::function<void()> &action)
{
    return Timing::msOf([&] {
        action();
        QCoreApplication::processEvents();
    });
}

double statusMegabytes(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

template <typename T>
T *childOf(const QObject &parent, const char *name)
{
    T *child = parent.findChild<T *>(QString::fromLatin1(name));
    if (!child)
        qFatal("bench: the main window has no %s", name);
    return child;
}

// Sorted the other way and back, at the top: the queue forgets its pages and counts anew, so that every
// run reads the last page from the database, as the first one does.
void forgetQueuePages(QTableView &queue)
{
    queue.sortByColumn(DeliveryTableModel::TimeColumn, Qt::DescendingOrder);
    queue.sortByColumn(DeliveryTableModel::TimeColumn, Qt::AscendingOrder);
    queue.scrollToTop();
    QCoreApplication::processEvents();
}

// The figure is the time to the true end, not to the next page: the view must show the last row, read.
void checkShowsTheEnd(const QTableView &queue, const DeliveryTableModel &model)
{
    const int last = model.rowCount() - 1;
    if (last < 0)
        return;
    if (queue.rowAt(queue.viewport()->height() - 1) != last)
        qFatal("bench: the queue scrolled to row %d, not to its last row %d", queue.rowAt(queue.viewport()->height() - 1), last);
    if (model.deliveryId(last) == 0)
        qFatal("bench: the queue's last row %d cannot be read", last);
}

QHash<QString, double> figuresOf(MainWindow &window)
{
    QAction *showQueue = childOf<QAction>(window, "actionShowQueue");
    QAction *showMonth = childOf<QAction>(window, "actionShowMonth");
    auto *queue = childOf<QTableView>(window, "queueView");
    auto *accounts = childOf<QListWidget>(window, "accountList");
    QHash<QString, double> figures;
    QList<double> month;
    QList<double> openQueue;
    QList<double> scroll;
    QList<double> filter;
    for (int i = 0; i < repeats; ++i) {
        showMonth->trigger();
        QCoreApplication::processEvents();
        month.append(msUntilPainted([&] { window.calendar()->showNext(); }));
        openQueue.append(msUntilPainted([&] { showQueue->trigger(); }));
        forgetQueuePages(*queue);
        scroll.append(msUntilPainted([&] { queue->scrollToBottom(); }));
        checkShowsTheEnd(*queue, *window.queueModel());
    }
    figures.insert(u"queueRows"_s, window.queueModel()->rowCount()); // before a filter by account
    for (int row = 1; row <= repeats && row < accounts->count(); ++row)
        filter.append(msUntilPainted([&] { accounts->setCurrentRow(row); }));
    figures.insert(u"monthSwitchMs"_s, Timing::median(month));
    figures.insert(u"openQueueMs"_s, Timing::median(openQueue));
    figures.insert(u"scrollEndMs"_s, Timing::median(scroll));
    figures.insert(u"filterAccountMs"_s, Timing::median(filter));
    figures.insert(u"rssMb"_s, statusMegabytes("VmRSS:"));
    figures.insert(u"peakRssMb"_s, statusMegabytes("VmHWM:"));
    return figures;
}
} // namespace

namespace GuiFigures {

int runChild(const QString &databasePath)
{
    BenchWindow shown(databasePath);
    if (!QTest::qWaitForWindowExposed(&shown.window()))
        qFatal("bench: the main window was never shown");
    QCoreApplication::processEvents();
    const QHash<QString, double> figures = figuresOf(shown.window());
    QTextStream out(stdout);
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        out << it.key() << '\t' << it.value() << '\n';
    return 0;
}

QHash<QString, double> measure(const QString &program, const QString &databasePath)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program, {u"--child-gui"_s, databasePath});
    if (!child.waitForFinished(10 * 60 * 1000) || child.exitCode() != 0)
        qFatal("bench: the GUI figures for %s failed", qPrintable(databasePath));
    QHash<QString, double> figures;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 2)
            figures.insert(QString::fromUtf8(parts.at(0)), parts.at(1).toDouble());
    }
    return figures;
}

} // namespace GuiFigures
