#include "commandcontext.h"
#include "commandline.h"
#include "desktopapp.h"
#include "platforms/builtinplatforms.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
// The translation the user chose in the settings (the system locale's by default), built into the
// binary (translations/*.ts). English is the source language: no file, no translator.
void installTranslation(QTranslator &translator, QSettings &settings)
{
    const QString language = AppSettings(settings).value(Settings::Language);
    const QLocale locale = language == Settings::defaultOf(Settings::Language) ? QLocale() : QLocale(language);
    if (translator.load(locale, u"postscheduler"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
}

int runDesktop(int &argc, char **argv, const QStringList &arguments)
{
    CommandContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Schedules posts and publishes each exactly once."_s);
    if (const int done = context.parse(parser, arguments); done >= 0)
        return done;

    QApplication app(argc, argv);
    QSettings settings;
    QTranslator translator;
    installTranslation(translator, settings);
    QApplication::setApplicationDisplayName(u"postscheduler"_s);
    return DesktopApp::run(context, settings);
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
    QSettings settings;
    QTranslator translator;
    installTranslation(translator, settings);
    return CommandLine::run(QCoreApplication::arguments());
}
