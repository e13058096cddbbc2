#include "startupbench.h"

#include "benchwindow.h"
#include "timing.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

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
} // namespace

namespace StartupBench {

int runChild(const QString &databasePath)
{
    FirstPaint firstPaint;
    qApp->installEventFilter(&firstPaint);
    if (databasePath.isEmpty()) {
        QWidget empty;
        empty.resize(1280, 800);
        empty.show();
        return QApplication::exec();
    }
    const BenchWindow shown(databasePath);
    return QApplication::exec();
}

Figures measure(const QString &program, const QString &databasePath, int runs)
{
    QList<double> mainWindow;
    QList<double> emptyWindow;
    for (int run = 0; run < runs; ++run) {
        emptyWindow.append(msToFirstPaint(program, {u"--child-empty"_s}));
        mainWindow.append(msToFirstPaint(program, {u"--child-window"_s, databasePath}));
    }
    return {Timing::median(mainWindow), Timing::median(emptyWindow)};
}

} // namespace StartupBench
