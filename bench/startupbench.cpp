#include "startupbench.h"

#include "benchwindow.h"
#include "timing.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QProcess>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Says "painted" after the first paint pass anywhere in the application has finished.
class FirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                QTextStream(stdout) << "painted" << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

double msToFirstPaint(const QString &program, const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(program, arguments);
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(60'000))
            qFatal("bench: %s %s never painted", qPrintable(program), qPrintable(arguments.join(u' ')));
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    child.waitForFinished();
    return ms;
}
// Installs the first-paint watch, then builds and shows the window `show` returns, and runs the
// event loop until the watch ends it.
template<typename Show>
int runUntilPainted(Show show)
{
    FirstPaint firstPaint;
    qApp->installEventFilter(&firstPaint);
    const auto window = show();
    return QApplication::exec();
}

template<typename Window>
std::unique_ptr<Window> shown(std::unique_ptr<Window> window)
{
    window->resize(BenchWindow::size());
    window->show();
    return window;
}
} // namespace

namespace StartupBench {

int runMainWindowChild(const QString &databasePath)
{
    return runUntilPainted([&] { return std::make_unique<BenchWindow>(databasePath); });
}

int runEmptyChild()
{
    return runUntilPainted([] { return shown(std::make_unique<QWidget>()); });
}

int runFloorChild()
{
    return runUntilPainted([] {
        auto floor = std::make_unique<QMainWindow>();
        floor->menuBar()->addMenu(u"&File"_s);
        floor->setCentralWidget(new QLabel(u"postscheduler"_s));
        return shown(std::move(floor));
    });
}

Figures measure(const QString &program, const QStringList &childArguments, int runs)
{
    QList<double> window;
    QList<double> emptyWindow;
    for (int run = 0; run < runs; ++run) {
        emptyWindow.append(msToFirstPaint(program, {u"--child-empty"_s}));
        window.append(msToFirstPaint(program, childArguments));
    }
    return {Timing::median(window), Timing::median(emptyWindow)};
}

} // namespace StartupBench
