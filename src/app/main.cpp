#include "commandcontext.h"
#include "commandline.h"
#include "mainwindow.h"
#include "platforms/builtinplatforms.h"
#include "publish/engine.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStatusBar>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
// The system locale's translation, built into the binary (translations/*.ts).
void installTranslation(QTranslator &translator)
{
    if (translator.load(QLocale(), u"postscheduler"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
}

// No command: the desktop app, publishing from its own engine thread while the window reads the database.
int runDesktop(int &argc, char **argv, const QStringList &arguments)
{
    CommandContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Schedules posts and publishes each exactly once."_s);
    if (const int done = context.parse(parser, arguments); done >= 0)
        return done;

    QApplication app(argc, argv);
    QTranslator translator;
    installTranslation(translator);
    QApplication::setApplicationDisplayName(u"postscheduler"_s);
    Database *database = context.database();
    if (!database) {
        QMessageBox::critical(nullptr, u"postscheduler"_s,
                              QCoreApplication::translate("main", "Cannot open the database %1.\n\n"
                                                                  "Choose another file with --database, or restore a backup.")
                                  .arg(context.databasePath));
        return ExitFailure;
    }

    MainWindow window(*database, Clock::system());
    EngineSettings settings;
    settings.databasePath = context.databasePath;
    std::unique_ptr<SecretStore> secrets = SecretStore::create(context.secretStoreKind);
    const QString secretsWarning = secrets->warning();
    // The window's own store, for the account dialog: the engine's lives in the engine's thread.
    const std::unique_ptr<SecretStore> windowSecrets = SecretStore::create(context.secretStoreKind);
    window.setSecretStore(windowSecrets.get());
    Engine engine(settings, std::move(secrets), Clock::system());
    window.setEngine(&engine);
    window.show();
    if (!secretsWarning.isEmpty())
        window.statusBar()->showMessage(secretsWarning);
    engine.start();
    const int result = QApplication::exec();
    engine.stop();
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"postscheduler"_s);
    QCoreApplication::setApplicationName(u"postscheduler"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTSCHEDULER_VERSION));
    registerBuiltinPlatforms();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!CommandLine::hasCommand(arguments))
        return runDesktop(argc, argv, arguments);

    QCoreApplication app(argc, argv);
    QTranslator translator;
    installTranslation(translator);
    return CommandLine::run(QCoreApplication::arguments());
}
