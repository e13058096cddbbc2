#include "desktopapp.h"

#include "commandcontext.h"
#include "mainwindow.h"
#include "publish/engine.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "singleinstance.h"
#include "storage/database.h"
#include "tray/traycontroller.h"
#include "util/clock.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)
};

// True when this launch is done: another instance on the same database took over (or would not answer).
bool handedToRunningInstance(const SingleInstance &instance, CommandContext &context, int *exitCode)
{
    switch (instance.askRunningInstanceToRaise()) {
    case SingleInstance::Answer::NoneRunning:
        return false;
    case SingleInstance::Answer::Raised:
        context.out
            << Text::tr("postscheduler is already running on %1; its window is now in front.").arg(context.databasePath)
            << Qt::endl;
        *exitCode = ExitOk;
        return true;
    case SingleInstance::Answer::NotAnswering:
        *exitCode = context.fail(ExitFailure,
                                 Text::tr("postscheduler is already running on %1 but does not answer. "
                                          "Wait a moment, or end it, then start again.")
                                     .arg(context.databasePath));
        return true;
    }
    return false;
}

// Applied to the running engine on OK; the language waits for the next start.
void showPreferences(QWidget *parent, QSettings &settings, Engine &engine, const EngineSettings &atStart)
{
    SettingsDialog dialog(settings, parent);
    if (dialog.exec() == QDialog::Accepted)
        engine.updateSettings(AppSettings(settings).applyTo(atStart));
}
} // namespace

namespace DesktopApp {

int run(CommandContext &context, QSettings &settings)
{
    SingleInstance instance(context.databasePath);
    if (int exitCode = ExitOk; handedToRunningInstance(instance, context, &exitCode))
        return exitCode;
    if (const Status listening = instance.listen(); !listening)
        qWarning("%s", qPrintable(listening.error())); // this instance still works; only raising it does not

    Database *database = context.database();
    if (!database) {
        QMessageBox::critical(nullptr, u"postscheduler"_s,
                              QCoreApplication::translate("main",
                                                          "Cannot open the database %1.\n\n"
                                                          "Choose another file with --database, or restore a backup.")
                                  .arg(context.databasePath));
        return ExitFailure;
    }

    MainWindow window(*database, Clock::system());
    EngineSettings engineSettings;
    engineSettings.databasePath = context.databasePath;
    std::unique_ptr<SecretStore> secrets = SecretStore::create(context.secretStoreKind);
    const QString secretsWarning = secrets->warning();
    // The window's own store, for the account dialog: the engine's lives in the engine's thread.
    const std::unique_ptr<SecretStore> windowSecrets = SecretStore::create(context.secretStoreKind);
    window.setSecretStore(windowSecrets.get());
    Engine engine(AppSettings(settings).applyTo(engineSettings), std::move(secrets), Clock::system());
    TrayController tray(window, *database, settings);
    window.setEngine(&engine);
    tray.setEngine(&engine);
    QObject::connect(&instance, &SingleInstance::raiseRequested, &tray, &TrayController::showWindow);
    QObject::connect(&window, &MainWindow::preferencesRequested, &window,
                     [&] { showPreferences(&window, settings, engine, engineSettings); });

    tray.showWindowAtStart();
    if (!secretsWarning.isEmpty())
        window.statusBar()->showMessage(secretsWarning);
    engine.start();
    const int result = QApplication::exec();
    engine.stop();
    return result;
}

} // namespace DesktopApp
