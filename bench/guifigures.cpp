#include "guifigures.h"

#include "benchwindow.h"
#include "timing.h"

#include "calendar/calendarwidget.h"
#include "mainwindow.h"

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
        scroll.append(msUntilPainted([&] { queue->scrollToBottom(); }));
    }
    for (int row = 1; row <= repeats && row < accounts->count(); ++row)
        filter.append(msUntilPainted([&] { accounts->setCurrentRow(row); }));
    figures.insert(u"monthSwitchMs"_s, Timing::median(month));
    figures.insert(u"openQueueMs"_s, Timing::median(openQueue));
    figures.insert(u"scrollEndMs"_s, Timing::median(scroll));
    figures.insert(u"filterAccountMs"_s, Timing::median(filter));
    figures.insert(u"queueRows"_s, queue->model()->rowCount());
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
