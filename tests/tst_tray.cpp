// Running in the background: the tray's offscreen fallback (the window stays, the status bar carries
// the notifications), the notifications' coalescing and text, pausing the engine and giving it new
// settings, one desktop app per database (with the real binary), and the settings with their dialog.
#include "darkpalette.h"
#include "detail/deliverydetailpane.h"
#include "enginefixture.h"
#include "mainwindow.h"
#include "pauseaction.h"
#include "platforms/builtinplatforms.h"
#include "publish/engine.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "singleinstance.h"
#include "storage/database.h"
#include "tray/notificationbatch.h"
#include "tray/traycontroller.h"
#include "util/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocalServer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int ProcessTimeoutMs = 30'000;

Delivery delivery(qint64 id, DeliveryState state, const QString &text, const QString &reason = {})
{
    Delivery d;
    d.id = id;
    d.state = state;
    d.text = text;
    d.accountName = u"work-mastodon"_s;
    d.reason = reason;
    return d;
}
} // namespace

class TestTray : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void settingsHaveDefaults();
    void settingsRoundTrip();
    void settingsOutsideTheirBoundsAreBroughtBack_data();
    void settingsOutsideTheirBoundsAreBroughtBack();
    void dialogBoundsComeFromTheRegistry();
    void dialogSavesEverythingOnOkAndNothingOnCancel();
    void dialogRestoresDefaults();
    void dialogScreenshots();

    void oneDeliveryIsToldByName();
    void aBurstIsToldOnce();
    void mixedBurstLeadsWithTheMostUrgent();
    void eachDeliveryCountsOnceInItsLastState();
    void longTextIsCutBetweenCharacters();

    void withoutTrayTheWindowStaysOnClose();
    void withoutTrayTheStatusBarCarriesNotifications();
    void aTrayThatComesLaterIsTaken();
    void notificationsFollowTheSettings();
    void openDeliveryShowsIt();
    void pauseActionsFollowTheEngine();
    void runningEngineTakesNewSettings();

    void serverNameIsPerDatabase();
    void secondLaunchRaisesTheFirst();
    void staleSocketDoesNotBlockStart();

    void quitClosesTheWindowForGood();

private:
    qint64 scheduleOne(const QString &text, const QDateTime &at); // the one delivery's id
    QStringList desktopArguments() const;
    QProcessEnvironment childEnvironment() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<EngineFixture> m_fixture;
    qint64 m_account = 0;
};

void TestTray::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // nothing a test does reaches the user's own settings
    registerBuiltinPlatforms();
    QVERIFY(m_dir.isValid());
}

void TestTray::init()
{
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_fixture = std::make_unique<EngineFixture>();
    // A closed port: nothing is ever delivered, which these tests do not need.
    m_account = m_fixture->addAccount(u"webhook"_s, u"team-webhook"_s, QUrl(u"http://127.0.0.1:9/hook"_s));
}

void TestTray::cleanup()
{
    m_fixture.reset();
    m_settings.reset();
}

qint64 TestTray::scheduleOne(const QString &text, const QDateTime &at)
{
    return m_fixture->deliveriesOfPost(m_fixture->schedule(text, { m_account }, at)).constFirst().id;
}

void TestTray::settingsHaveDefaults()
{
    const AppSettings settings(*m_settings);
    QCOMPARE(settings.value(Settings::LateLimitMinutes), 60);
    QCOMPARE(settings.value(Settings::RequestTimeoutSeconds), 30);
    QVERIFY(settings.value(Settings::Notifications));
    QVERIFY(settings.value(Settings::NotifyNeedsAttention));
    QVERIFY(!settings.value(Settings::StartMinimized));
    QCOMPARE(settings.value(Settings::Language), u"system"_s);
    const EngineSettings engine = settings.applyTo({});
    QCOMPARE(engine.lateLimitMinutes, EngineSettings().lateLimitMinutes);
    QCOMPARE(engine.requestTimeoutMs, EngineSettings().requestTimeoutMs);
}

void TestTray::settingsRoundTrip()
{
    {
        AppSettings settings(*m_settings);
        settings.setValue(Settings::LateLimitMinutes, 15);
        settings.setValue(Settings::RequestTimeoutSeconds, 90);
        settings.setValue(Settings::NotifyPublished, false);
        settings.setValue(Settings::StartMinimized, true);
        settings.setValue(Settings::Language, u"de"_s);
        m_settings->sync();
    }
    QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
    const AppSettings settings(reopened);
    QCOMPARE(settings.value(Settings::LateLimitMinutes), 15);
    QCOMPARE(settings.value(Settings::RequestTimeoutSeconds), 90);
    QVERIFY(!settings.value(Settings::NotifyPublished));
    QVERIFY(settings.value(Settings::NotifyFailed));
    QVERIFY(settings.value(Settings::StartMinimized));
    QCOMPARE(settings.value(Settings::Language), u"de"_s);
    const EngineSettings engine = settings.applyTo({});
    QCOMPARE(engine.lateLimitMinutes, 15);
    QCOMPARE(engine.requestTimeoutMs, 90'000);
}

void TestTray::settingsOutsideTheirBoundsAreBroughtBack_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("lateLimit");
    QTest::newRow("zero") << u"0"_s << Settings::LateLimitMinutes.minimum;
    QTest::newRow("negative") << u"-5"_s << Settings::LateLimitMinutes.minimum;
    QTest::newRow("a year") << u"525600"_s << Settings::LateLimitMinutes.maximum;
    QTest::newRow("not a number") << u"soon"_s << Settings::LateLimitMinutes.defaultValue;
    QTest::newRow("within") << u"30"_s << 30;
}

// A hand-edited settings file cannot take the engine where the dialog would not let it go.
void TestTray::settingsOutsideTheirBoundsAreBroughtBack()
{
    QFETCH(QString, stored);
    QFETCH(int, lateLimit);
    m_settings->setValue(QLatin1StringView(Settings::LateLimitMinutes.key), stored);
    m_settings->setValue(QLatin1StringView(Settings::Language.key), u"klingon"_s);
    AppSettings settings(*m_settings);
    QCOMPARE(settings.value(Settings::LateLimitMinutes), lateLimit);
    QCOMPARE(settings.value(Settings::Language), u"system"_s);
    settings.setValue(Settings::RequestTimeoutSeconds, 100'000);
    QCOMPARE(m_settings->value(QLatin1StringView(Settings::RequestTimeoutSeconds.key)).toInt(),
             Settings::RequestTimeoutSeconds.maximum);
}

void TestTray::dialogBoundsComeFromTheRegistry()
{
    SettingsDialog dialog(*m_settings);
    auto *lateLimit = dialog.findChild<QSpinBox *>(u"lateLimit"_s);
    auto *timeout = dialog.findChild<QSpinBox *>(u"requestTimeout"_s);
    QCOMPARE(lateLimit->minimum(), Settings::LateLimitMinutes.minimum);
    QCOMPARE(lateLimit->maximum(), Settings::LateLimitMinutes.maximum);
    QCOMPARE(timeout->minimum(), Settings::RequestTimeoutSeconds.minimum);
    QCOMPARE(timeout->maximum(), Settings::RequestTimeoutSeconds.maximum);
    lateLimit->setValue(0);
    QCOMPARE(lateLimit->value(), Settings::LateLimitMinutes.minimum);
    auto *language = dialog.findChild<QComboBox *>(u"language"_s);
    QCOMPARE(language->count(), int(Settings::Language.choices.size()));
    QCOMPARE(language->itemText(2), u"Deutsch"_s);
    QCOMPARE(language->itemText(1), u"English"_s);
}

void TestTray::dialogSavesEverythingOnOkAndNothingOnCancel()
{
    {
        SettingsDialog dialog(*m_settings);
        dialog.findChild<QSpinBox *>(u"lateLimit"_s)->setValue(5);
        dialog.findChild<QCheckBox *>(u"startMinimized"_s)->setChecked(true);
        dialog.reject();
    }
    QVERIFY(m_settings->allKeys().isEmpty());

    SettingsDialog dialog(*m_settings);
    dialog.findChild<QSpinBox *>(u"lateLimit"_s)->setValue(5);
    dialog.findChild<QSpinBox *>(u"requestTimeout"_s)->setValue(45);
    dialog.findChild<QGroupBox *>(u"notifications"_s)->setChecked(false);
    dialog.findChild<QCheckBox *>(u"notifyPublished"_s)->setChecked(false);
    dialog.findChild<QCheckBox *>(u"startMinimized"_s)->setChecked(true);
    auto *language = dialog.findChild<QComboBox *>(u"language"_s);
    language->setCurrentIndex(language->findData(u"de"_s));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
    const AppSettings settings(reopened);
    QCOMPARE(settings.value(Settings::LateLimitMinutes), 5);
    QCOMPARE(settings.value(Settings::RequestTimeoutSeconds), 45);
    QVERIFY(!settings.value(Settings::Notifications));
    QVERIFY(!settings.value(Settings::NotifyPublished));
    QVERIFY(settings.value(Settings::NotifyFailed));
    QVERIFY(settings.value(Settings::StartMinimized));
    QCOMPARE(settings.value(Settings::Language), u"de"_s);
    // Only the registry's keys: nothing else (and never a secret) is written there.
    const QStringList registry { QLatin1StringView(Settings::LateLimitMinutes.key),
                                 QLatin1StringView(Settings::RequestTimeoutSeconds.key),
                                 QLatin1StringView(Settings::Notifications.key),
                                 QLatin1StringView(Settings::NotifyPublished.key),
                                 QLatin1StringView(Settings::NotifyFailed.key),
                                 QLatin1StringView(Settings::NotifyVerifying.key),
                                 QLatin1StringView(Settings::NotifyNeedsAttention.key),
                                 QLatin1StringView(Settings::StartMinimized.key),
                                 QLatin1StringView(Settings::Language.key) };
    for (const QString &key : reopened.allKeys())
        QVERIFY2(registry.contains(key), qPrintable(key));
}

void TestTray::dialogRestoresDefaults()
{
    AppSettings(*m_settings).setValue(Settings::LateLimitMinutes, 3);
    SettingsDialog dialog(*m_settings);
    auto *lateLimit = dialog.findChild<QSpinBox *>(u"lateLimit"_s);
    QCOMPARE(lateLimit->value(), 3);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(lateLimit->value(), Settings::LateLimitMinutes.defaultValue);
    QCOMPARE(AppSettings(*m_settings).value(Settings::LateLimitMinutes), 3); // until OK
}

void TestTray::dialogScreenshots()
{
    const QPalette light = QApplication::palette();
    SettingsDialog dialog(*m_settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString lightFile = QCoreApplication::applicationDirPath() + u"/settings-light.png"_s;
    QVERIFY(dialog.grab().save(lightFile));

    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    const QString darkFile = QCoreApplication::applicationDirPath() + u"/settings-dark.png"_s;
    QVERIFY(dialog.grab().save(darkFile));
    QApplication::setPalette(light);
    qInfo("screenshots: %s %s", qPrintable(lightFile), qPrintable(darkFile));
}

void TestTray::oneDeliveryIsToldByName()
{
    NotificationBatch batch;
    batch.add(delivery(7, DeliveryState::Failed, u"Hello world"_s, u"the server refused: text too long"_s));
    const TrayNotification n = batch.take();
    QCOMPARE(n.title, u"Post failed"_s);
    QCOMPARE(n.message, u"“Hello world” on work-mastodon\nthe server refused: text too long"_s);
    QCOMPARE(n.deliveryId, qint64(7));
    QCOMPARE(n.state, DeliveryState::Failed);
    QVERIFY(batch.isEmpty());

    batch.add(delivery(8, DeliveryState::Verifying, u"Hi"_s));
    QCOMPARE(batch.take().title, u"Post possibly sent — verifying"_s);
}

void TestTray::aBurstIsToldOnce()
{
    NotificationBatch batch;
    for (int i = 1; i <= 12; ++i)
        batch.add(delivery(i, DeliveryState::Published, u"Post %1"_s.arg(i)));
    const TrayNotification n = batch.take();
    QCOMPARE(n.title, u"12 posts published"_s);
    QCOMPARE(n.message,
             u"“Post 1” on work-mastodon\n“Post 2” on work-mastodon\n“Post 3” on work-mastodon\nand 9 more"_s);
    QCOMPARE(n.deliveryId, qint64(1));
}

void TestTray::mixedBurstLeadsWithTheMostUrgent()
{
    NotificationBatch batch;
    batch.add(delivery(1, DeliveryState::Published, u"a"_s));
    batch.add(delivery(2, DeliveryState::Published, u"b"_s));
    batch.add(delivery(3, DeliveryState::Verifying, u"c"_s));
    batch.add(delivery(4, DeliveryState::NeedsAttention, u"d"_s));
    const TrayNotification n = batch.take();
    QCOMPARE(n.title, u"1 post needs your attention"_s);
    QCOMPARE(n.message, u"“d” on work-mastodon\n1 post possibly sent — verifying\n2 posts published"_s);
    QCOMPARE(n.deliveryId, qint64(4)); // clicking opens what needs the user
    QCOMPARE(n.state, DeliveryState::NeedsAttention);
}

void TestTray::eachDeliveryCountsOnceInItsLastState()
{
    NotificationBatch batch;
    batch.add(delivery(1, DeliveryState::Verifying, u"a"_s));
    batch.add(delivery(2, DeliveryState::Verifying, u"b"_s));
    batch.add(delivery(1, DeliveryState::Published, u"a"_s)); // found by the lookup
    batch.forget(2); // proven absent: sent again, nothing to say yet
    const TrayNotification n = batch.take();
    QCOMPARE(n.title, u"Post published"_s);
    QCOMPARE(n.message, u"“a” on work-mastodon"_s);
    QCOMPARE(n.deliveryId, qint64(1));
}

void TestTray::longTextIsCutBetweenCharacters()
{
    // 39 letters, then a thumbs-up with a skin tone (four UTF-16 units, one character) across the cut.
    const QString text = QString(39, u'x') + u"👍🏽 and more"_s;
    NotificationBatch batch;
    batch.add(delivery(1, DeliveryState::Published, text));
    QCOMPARE(batch.take().message, u"“%1…” on work-mastodon"_s.arg(QString(39, u'x')));
}

void TestTray::withoutTrayTheWindowStaysOnClose()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen: exactly the desktop without a tray
    MainWindow window(m_fixture->database(), Clock::system());
    TrayController tray(window, m_fixture->database(), *m_settings);
    QVERIFY(!tray.hasTray());
    tray.showWindowAtStart();
    QVERIFY(window.isVisible());

    QVERIFY(!window.close()); // the title bar's close button
    QVERIFY(window.isVisible());
    QVERIFY(window.isMinimized());
    QVERIFY(window.statusBar()->currentMessage().contains(u"Still publishing"_s));
    QVERIFY(QApplication::quitOnLastWindowClosed());

    tray.showWindow(); // a second launch asked for it
    QVERIFY(!window.isMinimized());
}

void TestTray::withoutTrayTheStatusBarCarriesNotifications()
{
    const qint64 first = scheduleOne(u"Morning news"_s, QDateTime::currentDateTimeUtc());
    const qint64 second = scheduleOne(u"Evening news"_s, QDateTime::currentDateTimeUtc());
    std::unique_ptr<Engine> engine = m_fixture->makeEngine(); // never started: the test speaks for it
    MainWindow window(m_fixture->database(), Clock::system());
    TrayController tray(window, m_fixture->database(), *m_settings);
    tray.setEngine(engine.get());
    tray.showWindowAtStart();

    Q_EMIT engine->deliveriesChanged({{first, DeliveryState::Published}});
    Q_EMIT engine->deliveriesChanged({{second, DeliveryState::Published}});
    QTRY_COMPARE(window.statusBar()->currentMessage(),
                 u"2 posts published: “Morning news” on team-webhook; “Evening news” on team-webhook"_s);
}

// A session's panel often starts after the programs the session starts: the tray that comes later is
// taken, and from then on closing the window hides it there.
void TestTray::aTrayThatComesLaterIsTaken()
{
    // The tray sets it for the whole application; the other tests expect a desktop without one.
    const auto restore = qScopeGuard([] { QApplication::setQuitOnLastWindowClosed(true); });
    bool trayAvailable = false;
    MainWindow window(m_fixture->database(), Clock::system());
    TrayController tray(window, m_fixture->database(), *m_settings, nullptr, [&] { return trayAvailable; });
    tray.showWindowAtStart();
    QVERIFY(!tray.hasTray());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QVERIFY(!window.close()); // without a tray: minimized, with a word in the status bar
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());

    trayAvailable = true;
    QTRY_VERIFY_WITH_TIMEOUT(tray.hasTray(), 2 * TrayController::TrayProbeMs);
    QCOMPARE(tray.findChildren<QSystemTrayIcon *>().size(), 1);
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QVERIFY(window.statusBar()->currentMessage().isEmpty()); // "choose File → Quit" no longer holds alone
    tray.showWindow();
    QVERIFY(window.close()); // hidden in the tray now, not minimized
    QVERIFY(!window.isVisible());
}

void TestTray::notificationsFollowTheSettings()
{
    const qint64 published = scheduleOne(u"Quiet one"_s, QDateTime::currentDateTimeUtc());
    const qint64 failed = scheduleOne(u"Loud one"_s, QDateTime::currentDateTimeUtc());
    AppSettings(*m_settings).setValue(Settings::NotifyPublished, false);
    std::unique_ptr<Engine> engine = m_fixture->makeEngine();
    MainWindow window(m_fixture->database(), Clock::system());
    TrayController tray(window, m_fixture->database(), *m_settings);
    tray.setEngine(engine.get());

    Q_EMIT engine->deliveriesChanged({{published, DeliveryState::Published}});
    Q_EMIT engine->deliveriesChanged({{failed, DeliveryState::Failed}});
    QTRY_COMPARE(window.statusBar()->currentMessage(), u"Post failed: “Loud one” on team-webhook"_s);

    // All notifications off: the failure is not collected, so the next message (after they are back
    // on) tells only what came later.
    AppSettings(*m_settings).setValue(Settings::Notifications, false);
    Q_EMIT engine->deliveriesChanged({{failed, DeliveryState::Failed}});
    AppSettings(*m_settings).setValue(Settings::Notifications, true);
    Q_EMIT engine->deliveriesChanged({{published, DeliveryState::NeedsAttention}});
    QTRY_COMPARE(window.statusBar()->currentMessage(), u"Post needs your attention: “Quiet one” on team-webhook"_s);
}

void TestTray::openDeliveryShowsIt()
{
    const qint64 id = scheduleOne(u"Open me"_s, QDateTime::currentDateTimeUtc().addDays(1));
    MainWindow window(m_fixture->database(), Clock::system());
    window.show();
    window.openDelivery(id);
    QCOMPARE(window.detailPane()->deliveryId(), id);
}

void TestTray::pauseActionsFollowTheEngine()
{
    std::unique_ptr<Engine> engine = m_fixture->makeEngine();
    MainWindow window(m_fixture->database(), Clock::system());
    TrayController tray(window, m_fixture->database(), *m_settings);
    auto *menuPause = window.findChild<PauseAction *>();
    auto *trayPause = tray.findChild<PauseAction *>();
    QVERIFY(menuPause && trayPause);
    QVERIFY(!menuPause->isEnabled()); // no engine yet
    window.setEngine(engine.get());
    tray.setEngine(engine.get());
    QVERIFY(menuPause->isEnabled());
    QCOMPARE(menuPause->text(), u"&Pause publishing"_s);

    QSignalSpy paused(engine.get(), &Engine::pausedChanged);
    menuPause->trigger();
    QVERIFY(engine->isPaused());
    QCOMPARE(paused.count(), 1);
    QCOMPARE(menuPause->text(), u"&Resume publishing"_s);
    QCOMPARE(trayPause->text(), u"&Resume publishing"_s); // the tray's menu agrees
    const QList<QLabel *> statusLabels = window.statusBar()->findChildren<QLabel *>();
    QVERIFY(std::any_of(statusLabels.cbegin(), statusLabels.cend(),
                        [](const QLabel *label) { return label->text() == u"Publishing paused"_s; }));

    trayPause->trigger();
    QVERIFY(!engine->isPaused());
    QCOMPARE(paused.count(), 2);
    QCOMPARE(menuPause->text(), u"&Pause publishing"_s);

    Q_EMIT engine->fatalError(u"another publisher holds the database"_s);
    QVERIFY(!menuPause->isEnabled());
    QVERIFY(!trayPause->isEnabled());
}

// A post half an hour late goes out under the default late limit (60 minutes); after the user set
// 10 minutes in the running app, it waits for the user instead.
void TestTray::runningEngineTakesNewSettings()
{
    std::unique_ptr<Engine> engine = m_fixture->makeEngine();
    QSignalSpy started(engine.get(), &Engine::started);
    QSignalSpy idle(engine.get(), &Engine::idle);
    engine->start();
    QTRY_COMPARE(started.count(), 1);

    EngineSettings settings = EngineFixture::testSettings(m_fixture->databasePath());
    settings.lateLimitMinutes = 10;
    engine->setPaused(true);
    engine->updateSettings(settings);
    engine->setPaused(false); // wakes it: a pump after the new settings, which then reports idle
    idle.clear();
    QTRY_VERIFY(idle.count() >= 2); // the second idle comes from a pass that began after the update
    const qint64 late = scheduleOne(u"Missed"_s, QDateTime::currentDateTimeUtc().addSecs(-30 * 60));
    engine->wake();
    QTRY_COMPARE(m_fixture->delivery(late).state, DeliveryState::NeedsAttention);
    QVERIFY2(m_fixture->delivery(late).reason.contains(u"more than 10 minutes"_s),
             qPrintable(m_fixture->delivery(late).reason));
    engine->stop();
}

void TestTray::serverNameIsPerDatabase()
{
    const QString a = m_dir.filePath(u"a.sqlite"_s);
    QVERIFY(QDir(m_dir.path()).mkpath(u"sub"_s));
    QVERIFY(QFile::link(m_dir.path(), m_dir.filePath(u"link"_s)));
    QCOMPARE(SingleInstance::serverNameFor(m_dir.filePath(u"sub/../a.sqlite"_s)), SingleInstance::serverNameFor(a));
    QCOMPARE(SingleInstance::serverNameFor(m_dir.filePath(u"link/a.sqlite"_s)), SingleInstance::serverNameFor(a));
    QVERIFY(SingleInstance::serverNameFor(m_dir.filePath(u"b.sqlite"_s)) != SingleInstance::serverNameFor(a));
    QFile::remove(m_dir.filePath(u"link"_s));
}

QStringList TestTray::desktopArguments() const
{
    return { u"--database"_s, m_fixture->databasePath(), u"--secret-store"_s, u"file"_s };
}

// The real binary, offscreen, with settings and data of its own.
QProcessEnvironment TestTray::childEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    return environment;
}

void TestTray::secondLaunchRaisesTheFirst()
{
    SingleInstance first(m_fixture->databasePath());
    QVERIFY(first.listen());
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);

    QProcess second;
    second.setProcessEnvironment(childEnvironment());
    QSignalSpy finished(&second, &QProcess::finished);
    second.start(QStringLiteral(POSTSCHEDULER_BINARY), desktopArguments());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, ProcessTimeoutMs); // the event loop runs: `first` answers
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(raised.count(), 1);
    const QString out = QString::fromUtf8(second.readAllStandardOutput());
    QVERIFY2(out.contains(u"already running"_s) && out.count(u'\n') == 1, qPrintable(out));
}

void TestTray::staleSocketDoesNotBlockStart()
{
    QProcess crashed;
    crashed.setProcessEnvironment(childEnvironment());
    crashed.start(QStringLiteral(POSTSCHEDULER_BINARY), desktopArguments());
    QVERIFY(crashed.waitForStarted());
    const SingleInstance probe(m_fixture->databasePath());
    QTRY_COMPARE_WITH_TIMEOUT(probe.askRunningInstanceToRaise(200), SingleInstance::Answer::Raised, ProcessTimeoutMs);
    crashed.kill(); // no chance to remove its socket
    QVERIFY(crashed.waitForFinished());

    SingleInstance next(m_fixture->databasePath());
    QCOMPARE(next.askRunningInstanceToRaise(), SingleInstance::Answer::NoneRunning);
    const Status listening = next.listen();
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
}

// Ctrl+Q and the tray's Quit: the window closes for real instead of waiting minimized.
void TestTray::quitClosesTheWindowForGood()
{
    MainWindow window(m_fixture->database(), Clock::system());
    TrayController tray(window, m_fixture->database(), *m_settings);
    tray.showWindowAtStart();
    QSignalSpy quitting(&window, &MainWindow::quitRequested);
    window.findChild<QAction *>(u"actionQuit"_s)->trigger();
    QCOMPARE(quitting.count(), 1);
    QVERIFY(window.close()); // what the quit does to every window: accepted, not minimized
    QVERIFY(!window.isVisible());
    QVERIFY(!window.isMinimized());
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
