// The composer over a real database: each field's problem beside it, media limits per platform, alt
// text, the three buttons, edit mode for the undo stack (writes nothing), PostStore::update, files
// dropped on the calendar, and screenshots (light and dark) to look at.
#include "calendar/calendarmodel.h"
#include "calendar/calendarwidget.h"
#include "calendar/monthview.h"
#include "calendar/weekview.h"
#include "composer/attachmentstrip.h"
#include "composer/attachmenttile.h"
#include "composer/composerdialog.h"
#include "darkpalette.h"
#include "platforms/builtinplatforms.h"
#include "publish/mediarules.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/deliverystore.h"
#include "storage/poststore.h"
#include "freshdatabase.h"
#include "testclock.h"
#include "undo/postactions.h"
#include "util/localtime.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void eachFieldExplainsItsProblem();
    void textIsCheckedPerAccount();
    void mediaLimitsPerPlatform_data();
    void mediaLimitsPerPlatform();
    void composerExplainsMediaLimitsBesideTheImages();
    void unusableFilesAreExplained();
    void tilesAreReachedWithTheKeyboard();
    void altTextIsSaved();
    void saveDraftNeedsNoFutureTime();
    void postNowIsScheduledAtTheClocksNow();
    void editReturnsTheEditedPostAndWritesNothing();
    void scheduleCompletesADraft();
    void updateIsRefusedOnceSending();
    void cancelledPostIsNotEdited();
    void droppedTextFileBecomesTheText();
    void calendarDropOpensTheComposerAtTheSlot();
    void screenshots();

private:
    ComposerDialog *open(QWidget *parent = nullptr);
    QCheckBox *box(const ComposerDialog &dialog, const QString &account) const;
    QString image(const QString &name, const QColor &from, const QColor &to, qint64 padTo = 0) const;
    QString file(const QString &name, const QByteArray &bytes) const;
    QList<Delivery> deliveriesOf(qint64 postId) const;
    static void setText(ComposerDialog &dialog, const QString &text);
    static QPushButton *button(const ComposerDialog &dialog, const QString &name);
    static QLabel *label(const ComposerDialog &dialog, const QString &name);
    static QWidget *nextTabStop(QWidget *widget);
    static bool thumbnailsShown(const ComposerDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PostActions> m_actions; // what the composer writes new posts through
    const QTimeZone m_zone{"Europe/Berlin"};
    TestClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(9, 20), Qt::UTC)}; // a Tuesday, 10:20 in Berlin
    qint64 m_work = 0;
    qint64 m_bluesky = 0;
    qint64 m_hook = 0;
};

void TestComposer::initTestCase()
{
    registerBuiltinPlatforms();
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // weeks start on Monday
}

void TestComposer::init()
{
    Result<std::unique_ptr<Database>> opened = openFreshDatabase(m_dir);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    const AccountStore accounts(*m_database);
    m_work = accounts.add({0, u"work-mastodon"_s, u"mastodon"_s, QUrl(u"https://mastodon.social"_s), {}}).value();
    m_bluesky = accounts.add({0, u"me-bluesky"_s, u"bluesky"_s, QUrl(u"https://bsky.social"_s), {}}).value();
    m_hook = accounts.add({0, u"team-webhook"_s, u"webhook"_s, QUrl(u"https://hooks.example.com/p"_s), {}}).value();
    QVERIFY(m_work && m_bluesky && m_hook);
    m_actions = std::make_unique<PostActions>(*m_database, m_clock);
}

void TestComposer::cleanup()
{
    m_actions.reset();
    m_database.reset();
}

ComposerDialog *TestComposer::open(QWidget *parent)
{
    auto *dialog = new ComposerDialog(*m_database, m_clock, *m_actions, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QCheckBox *TestComposer::box(const ComposerDialog &dialog, const QString &account) const
{
    for (QCheckBox *candidate : dialog.findChildren<QCheckBox *>()) {
        if (candidate->text().startsWith(account + u' '))
            return candidate;
    }
    return nullptr;
}

// A small picture (a gradient with a sun), padded with trailing bytes that readers ignore when a test
// needs a large file.
QString TestComposer::image(const QString &name, const QColor &from, const QColor &to, qint64 padTo) const
{
    QImage picture(320, 200, QImage::Format_RGB32);
    QPainter painter(&picture);
    QLinearGradient sky(0, 0, 0, 200);
    sky.setColorAt(0, from);
    sky.setColorAt(1, to);
    painter.fillRect(picture.rect(), sky);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(255, 230, 120));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPoint(220, 90), 36, 36);
    painter.setBrush(QColor(40, 60, 50));
    painter.drawRect(0, 150, 320, 50);
    painter.end();
    const QString path = m_dir.filePath(name);
    if (!picture.save(path))
        qFatal("cannot write %s", qPrintable(path));
    if (padTo > 0) {
        QFile padded(path);
        if (!padded.open(QIODevice::Append) || !padded.write(QByteArray(padTo - padded.size(), '\0')))
            qFatal("cannot pad %s", qPrintable(path));
    }
    return path;
}

QString TestComposer::file(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<Delivery> TestComposer::deliveriesOf(qint64 postId) const
{
    QList<Delivery> found;
    const Result<QList<Delivery>> all = DeliveryStore(*m_database).list({});
    for (const Delivery &delivery : all.value()) {
        if (delivery.postId == postId)
            found.append(delivery);
    }
    return found;
}

void TestComposer::setText(ComposerDialog &dialog, const QString &text)
{
    dialog.findChild<QPlainTextEdit *>(u"composerText"_s)->setPlainText(text);
}

QPushButton *TestComposer::button(const ComposerDialog &dialog, const QString &name)
{
    return dialog.findChild<QPushButton *>(name);
}

QLabel *TestComposer::label(const ComposerDialog &dialog, const QString &name)
{
    return dialog.findChild<QLabel *>(name);
}

// Thumbnails are decoded in the background.
bool TestComposer::thumbnailsShown(const ComposerDialog &dialog)
{
    const QList<AttachmentTile *> tiles = dialog.findChild<AttachmentStrip *>()->tiles();
    return std::none_of(tiles.begin(), tiles.end(), [](const AttachmentTile *tile) { return tile->isLoading(); });
}

// Where Tab goes from `widget`, as QWidget::focusNextPrevChild finds it.
QWidget *TestComposer::nextTabStop(QWidget *widget)
{
    QWidget *next = widget->nextInFocusChain();
    while (next != widget && !(next->focusPolicy() & Qt::TabFocus && next->isVisibleTo(widget->window())
                               && next->isEnabled()))
        next = next->nextInFocusChain();
    return next;
}

void TestComposer::eachFieldExplainsItsProblem()
{
    QPointer<ComposerDialog> dialog = open();
    QLabel *textProblem = label(*dialog, u"textProblem"_s);
    QLabel *accountProblem = label(*dialog, u"accountProblem"_s);
    QLabel *whenProblem = label(*dialog, u"whenProblem"_s);
    QPushButton *schedule = button(*dialog, u"scheduleButton"_s);
    QPushButton *postNow = button(*dialog, u"postNowButton"_s);
    QPushButton *draft = button(*dialog, u"saveDraftButton"_s);

    // Nothing typed yet: nothing red, nothing to press.
    QVERIFY(textProblem->isHidden() && accountProblem->isHidden() && whenProblem->isHidden());
    QVERIFY(!schedule->isEnabled() && !postNow->isEnabled() && !draft->isEnabled());
    QVERIFY(schedule->isDefault());

    setText(*dialog, u"Hello"_s);
    QCOMPARE(accountProblem->text(), u"Choose at least one account."_s);
    QVERIFY(accountProblem->isVisible());
    box(*dialog, u"work-mastodon"_s)->setChecked(true);
    QVERIFY(accountProblem->isHidden());
    QVERIFY(schedule->isEnabled() && postNow->isEnabled() && draft->isEnabled());

    setText(*dialog, u"   "_s);
    QCOMPARE(textProblem->text(), u"Write something, or add an image."_s);
    QVERIFY(!schedule->isEnabled() && !postNow->isEnabled() && !draft->isEnabled());
    setText(*dialog, u"Hello again"_s);

    // A time already past: only Schedule needs a future time.
    auto *when = dialog->findChild<QDateTimeEdit *>(u"composerWhen"_s);
    when->setDateTime(QDateTime(QDate(2026, 12, 1), QTime(8, 0)));
    QVERIFY(whenProblem->isVisible());
    QVERIFY(whenProblem->text().contains(u"has passed"_s));
    QVERIFY(!schedule->isEnabled());
    QVERIFY(postNow->isEnabled() && draft->isEnabled());
    QTest::mouseClick(schedule, Qt::LeftButton); // refused: nothing saved
    QVERIFY(dialog->isVisible());
    QCOMPARE(DeliveryStore(*m_database).list({}).value().size(), 0);

    const QDateTime wall(QDate(2026, 12, 24), QTime(18, 30));
    when->setDateTime(wall);
    QVERIFY(whenProblem->isHidden());
    QTest::mouseClick(schedule, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const Result<Post> post = PostStore(*m_database).byId(dialog->postId());
    QVERIFY(post.ok());
    QCOMPARE(post->text, u"Hello again"_s);
    QCOMPARE(post->scheduledAt, LocalTime::toUtc(wall.date(), wall.time(), QTimeZone::systemTimeZone()));
    QCOMPARE(deliveriesOf(dialog->postId()).size(), 1);
    QCOMPARE(deliveriesOf(dialog->postId()).constFirst().state, DeliveryState::Scheduled);
    dialog->close();
}

void TestComposer::textIsCheckedPerAccount()
{
    QVERIFY(AccountStore(*m_database).setSettings(m_work, QJsonObject{{u"max_characters"_s, 20}}));
    QPointer<ComposerDialog> dialog = open();
    QCOMPARE(box(*dialog, u"work-mastodon"_s)->text(), u"work-mastodon (Mastodon)"_s);
    setText(*dialog, u"Twenty-one characters"_s);
    box(*dialog, u"team-webhook"_s)->setChecked(true);
    QVERIFY(button(*dialog, u"scheduleButton"_s)->isEnabled());
    box(*dialog, u"work-mastodon"_s)->setChecked(true);
    QVERIFY(!button(*dialog, u"scheduleButton"_s)->isEnabled());
    QCOMPARE(label(*dialog, u"textProblem"_s)->text(), u"The text has 21 characters; work-mastodon allows 20."_s);
    QCOMPARE(label(*dialog, u"characterCounter"_s)->text(), u"team-webhook: 21/100000 · work-mastodon: 21/20"_s);
    setText(*dialog, u"Short enough"_s);
    QVERIFY(label(*dialog, u"textProblem"_s)->isHidden());
    QVERIFY(button(*dialog, u"scheduleButton"_s)->isEnabled());
    dialog->close();
}

void TestComposer::mediaLimitsPerPlatform_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<int>("images");
    QTest::addColumn<qint64>("bytes"); // of the last image; 0: small
    QTest::addColumn<QString>("problem");

    QTest::newRow("bluesky: 4 images") << u"bluesky"_s << 4 << qint64(0) << QString();
    QTest::newRow("bluesky: 5 images") << u"bluesky"_s << 5 << qint64(0)
                                       << u"acct takes up to 4 images per post; remove 1."_s;
    QTest::newRow("bluesky: 2,000,000 bytes") << u"bluesky"_s << 1 << qint64(2'000'000) << QString();
    QTest::newRow("bluesky: 2,000,001 bytes") << u"bluesky"_s << 1 << qint64(2'000'001)
                                              << u"big.png has 2,000,001 bytes; acct takes files up to 2,000,000 bytes. Use a smaller image."_s;
    QTest::newRow("mastodon: 4 images") << u"mastodon"_s << 4 << qint64(0) << QString();
    QTest::newRow("mastodon: 6 images") << u"mastodon"_s << 6 << qint64(0)
                                        << u"acct takes up to 4 images per post; remove 2."_s;
    QTest::newRow("mastodon: large file") << u"mastodon"_s << 1 << qint64(3'000'000) << QString();
    QTest::newRow("webhook: 6 large images") << u"webhook"_s << 6 << qint64(3'000'000) << QString();
}

void TestComposer::mediaLimitsPerPlatform()
{
    QFETCH(QString, platform);
    QFETCH(int, images);
    QFETCH(qint64, bytes);
    QFETCH(QString, problem);
    QList<MediaAttachment> media;
    for (int i = 1; i < images; ++i)
        media.append({image(u"small%1.png"_s.arg(i), Qt::blue, Qt::white), {}});
    media.append({image(bytes ? u"big.png"_s : u"last.png"_s, Qt::red, Qt::white, bytes), {}});
    const Account account{1, u"acct"_s, platform, QUrl(u"https://example.com"_s), {}};
    const Status fits = checkMediaFits(media, account);
    QCOMPARE(fits.ok(), problem.isEmpty());
    QCOMPARE(fits.error(), problem);
}

void TestComposer::composerExplainsMediaLimitsBesideTheImages()
{
    QPointer<ComposerDialog> dialog = open();
    setText(*dialog, u"Five pictures"_s);
    QStringList five;
    for (int i = 0; i < 5; ++i)
        five.append(image(u"p%1.png"_s.arg(i), Qt::darkGreen, Qt::yellow));
    dialog->addFiles(five);
    QCOMPARE(dialog->findChild<AttachmentStrip *>()->tiles().size(), 5);
    box(*dialog, u"team-webhook"_s)->setChecked(true);
    QLabel *problem = label(*dialog, u"mediaProblem"_s);
    QVERIFY(problem->isHidden()); // a webhook takes any number
    box(*dialog, u"me-bluesky"_s)->setChecked(true);
    QCOMPARE(problem->text(), u"me-bluesky takes up to 4 images per post; remove 1."_s);
    QVERIFY(problem->isVisible());
    QVERIFY(!button(*dialog, u"saveDraftButton"_s)->isEnabled());
    QCOMPARE(label(*dialog, u"mediaCounter"_s)->text(), u"me-bluesky: 5/4 images, up to 2 MB each"_s);
    QTest::mouseClick(dialog->findChild<AttachmentStrip *>()->tiles().constLast()->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog->findChild<AttachmentStrip *>()->tiles().size(), 4);
    QVERIFY(problem->isHidden());
    QVERIFY(button(*dialog, u"scheduleButton"_s)->isEnabled());
    dialog->close();
}

void TestComposer::unusableFilesAreExplained()
{
    QPointer<ComposerDialog> dialog = open();
    const QString fake = file(u"fake.png"_s, "this is no picture");
    const QString pdf = file(u"report.pdf"_s, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    dialog->addFiles({fake, pdf, m_dir.filePath(u"gone.png"_s), image(u"fine.png"_s, Qt::gray, Qt::white)});
    QCOMPARE(dialog->findChild<AttachmentStrip *>()->tiles().size(), 1);
    QCOMPARE(label(*dialog, u"mediaProblem"_s)->text(),
             u"fake.png is not a JPEG, PNG, GIF or WebP image, so it cannot be attached.\n"
             u"report.pdf is not a JPEG, PNG, GIF or WebP image, so it cannot be attached.\n"
             u"gone.png cannot be read."_s);
    // The same file twice is one attachment.
    dialog->addFiles({m_dir.filePath(u"fine.png"_s)});
    QCOMPARE(label(*dialog, u"mediaProblem"_s)->text(), u"fine.png is attached already."_s);
    QCOMPARE(dialog->findChild<AttachmentStrip *>()->tiles().size(), 1);
    dialog->close();
}

void TestComposer::tilesAreReachedWithTheKeyboard()
{
    QPointer<ComposerDialog> dialog = open();
    dialog->addFiles({image(u"a.png"_s, Qt::blue, Qt::white), image(u"b.png"_s, Qt::red, Qt::white)});
    QCoreApplication::processEvents(); // the layout shows the new tiles
    const QList<AttachmentTile *> tiles = dialog->findChild<AttachmentStrip *>()->tiles();
    QCOMPARE(tiles.size(), 2);
    QCOMPARE(tiles.at(0)->accessibleName(), u"Image a.png"_s);
    QCOMPARE(tiles.at(0)->altTextEdit()->accessibleName(), u"Alt text for a.png"_s);
    QCOMPARE(tiles.at(1)->removeButton()->accessibleName(), u"Remove b.png"_s);
    // Tab: text, Add images…, each tile's alt text and remove button, then the accounts.
    QWidget *add = button(*dialog, u"addImagesButton"_s);
    QCOMPARE(nextTabStop(dialog->findChild<QPlainTextEdit *>(u"composerText"_s)), add);
    QCOMPARE(nextTabStop(add), tiles.at(0)->altTextEdit());
    QCOMPARE(nextTabStop(tiles.at(0)->altTextEdit()), tiles.at(0)->removeButton());
    QCOMPARE(nextTabStop(tiles.at(0)->removeButton()), tiles.at(1)->altTextEdit());
    QCOMPARE(nextTabStop(tiles.at(1)->removeButton()), box(*dialog, u"me-bluesky"_s));
    // Space on a remove button removes its image.
    tiles.at(0)->removeButton()->setFocus();
    QTest::keyClick(tiles.at(0)->removeButton(), Qt::Key_Space);
    QTRY_COMPARE(dialog->findChild<AttachmentStrip *>()->tiles().size(), 1);
    dialog->close();
}

void TestComposer::altTextIsSaved()
{
    QPointer<ComposerDialog> dialog = open();
    setText(*dialog, u"Two views of the harbour"_s);
    dialog->addFiles({image(u"dawn.png"_s, Qt::darkBlue, Qt::magenta), image(u"dusk.png"_s, Qt::darkRed, Qt::yellow)});
    const QList<AttachmentTile *> tiles = dialog->findChild<AttachmentStrip *>()->tiles();
    QTest::keyClicks(tiles.at(0)->altTextEdit(), u"The harbour at dawn, boats still moored"_s);
    tiles.at(1)->altTextEdit()->setText(u"  The same harbour at dusk  "_s);
    box(*dialog, u"me-bluesky"_s)->setChecked(true);
    QTest::mouseClick(button(*dialog, u"scheduleButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const Post post = PostStore(*m_database).byId(dialog->postId()).value();
    QCOMPARE(post.media.size(), 2);
    QCOMPARE(post.media.at(0).path, m_dir.filePath(u"dawn.png"_s));
    QCOMPARE(post.media.at(0).altText, u"The harbour at dawn, boats still moored"_s);
    QCOMPARE(post.media.at(1).altText, u"The same harbour at dusk"_s);
    dialog->close();
}

void TestComposer::saveDraftNeedsNoFutureTime()
{
    QPointer<ComposerDialog> dialog = open();
    setText(*dialog, u"Someday"_s);
    box(*dialog, u"work-mastodon"_s)->setChecked(true);
    box(*dialog, u"team-webhook"_s)->setChecked(true);
    dialog->findChild<QDateTimeEdit *>(u"composerWhen"_s)->setDateTime(QDateTime(QDate(2026, 1, 1), QTime(0, 0)));
    QTest::mouseClick(button(*dialog, u"saveDraftButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->editedState(), DeliveryState::Draft);
    const QList<Delivery> deliveries = deliveriesOf(dialog->postId());
    QCOMPARE(deliveries.size(), 2);
    for (const Delivery &delivery : deliveries)
        QCOMPARE(delivery.state, DeliveryState::Draft);
    dialog->close();
}

void TestComposer::postNowIsScheduledAtTheClocksNow()
{
    QPointer<ComposerDialog> dialog = open();
    setText(*dialog, u"Right away"_s);
    box(*dialog, u"me-bluesky"_s)->setChecked(true);
    QTest::mouseClick(button(*dialog, u"postNowButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(PostStore(*m_database).byId(dialog->postId())->scheduledAt, m_clock.nowUtc());
    const QList<Delivery> deliveries = deliveriesOf(dialog->postId());
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.constFirst().state, DeliveryState::Scheduled);
    QCOMPARE(deliveries.constFirst().nextAttemptAt, m_clock.nowUtc());
    dialog->close();
}

void TestComposer::editReturnsTheEditedPostAndWritesNothing()
{
    const QString dawn = image(u"dawn.png"_s, Qt::darkBlue, Qt::magenta);
    const QDateTime at = m_clock.nowUtc().addDays(2);
    const qint64 postId =
        PostStore(*m_database).create({0, u"Before"_s, at, {{dawn, u"old alt"_s}}}, {m_work, m_hook}).value();

    Result<std::unique_ptr<ComposerDialog>> opened = ComposerDialog::forEdit(*m_database, m_clock, *m_actions, postId);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    ComposerDialog &dialog = *opened.value();
    dialog.show();
    QVERIFY(dialog.isEditing());
    QCOMPARE(dialog.windowTitle(), u"Edit post"_s);
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"composerText"_s)->toPlainText(), u"Before"_s);
    const QList<AttachmentTile *> tiles = dialog.findChild<AttachmentStrip *>()->tiles();
    QCOMPARE(tiles.size(), 1);
    QCOMPARE(tiles.at(0)->altTextEdit()->text(), u"old alt"_s);
    // Its accounts are shown, fixed; the others are not offered.
    QVERIFY(box(dialog, u"work-mastodon"_s)->isChecked() && !box(dialog, u"work-mastodon"_s)->isEnabled());
    QVERIFY(box(dialog, u"team-webhook"_s)->isChecked());
    QVERIFY(box(dialog, u"me-bluesky"_s)->isHidden());
    QVERIFY(label(dialog, u"accountNote"_s)->isVisible());

    setText(dialog, u"After"_s);
    tiles.at(0)->altTextEdit()->setText(u"new alt"_s);
    const QDateTime wall(QDate(2026, 12, 20), QTime(7, 45));
    dialog.findChild<QDateTimeEdit *>(u"composerWhen"_s)->setDateTime(wall);
    QTest::mouseClick(button(dialog, u"scheduleButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Nothing written...
    const Post stored = PostStore(*m_database).byId(postId).value();
    QCOMPARE(stored.text, u"Before"_s);
    QCOMPARE(stored.scheduledAt, at);
    QCOMPARE(stored.media.constFirst().altText, u"old alt"_s);
    // ...but both versions handed over, for the undo stack's command.
    const Post edited = dialog.editedPost();
    QCOMPARE(edited.id, postId);
    QCOMPARE(edited.text, u"After"_s);
    QCOMPARE(edited.scheduledAt, LocalTime::toUtc(wall.date(), wall.time(), QTimeZone::systemTimeZone()));
    QCOMPARE(edited.media.size(), 1);
    QCOMPARE(edited.media.constFirst().altText, u"new alt"_s);
    QCOMPARE(dialog.editedState(), DeliveryState::Scheduled);
    QCOMPARE(dialog.originalPost().text, u"Before"_s);
    QCOMPARE(dialog.originalState(), DeliveryState::Scheduled);

    // What the command does: redo writes the edit, undo the original.
    const PostStore posts(*m_database);
    QVERIFY(posts.update(edited, dialog.editedState()).ok());
    QCOMPARE(posts.byId(postId)->text, u"After"_s);
    QCOMPARE(posts.byId(postId)->media.constFirst().altText, u"new alt"_s);
    for (const Delivery &delivery : deliveriesOf(postId))
        QCOMPARE(delivery.nextAttemptAt, edited.scheduledAt);
    QVERIFY(posts.update(dialog.originalPost(), dialog.originalState()).ok());
    QCOMPARE(posts.byId(postId)->text, u"Before"_s);
    QCOMPARE(posts.byId(postId)->scheduledAt, at);
    for (const Delivery &delivery : deliveriesOf(postId))
        QCOMPARE(delivery.nextAttemptAt, at);
}

void TestComposer::scheduleCompletesADraft()
{
    const qint64 postId = PostStore(*m_database)
                              .create({0, u"Half done"_s, m_clock.nowUtc().addDays(-1), {}}, {m_bluesky}, DeliveryState::Draft)
                              .value();
    Result<std::unique_ptr<ComposerDialog>> opened = ComposerDialog::forEdit(*m_database, m_clock, *m_actions, postId);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    ComposerDialog &dialog = *opened.value();
    dialog.show();
    QCOMPARE(dialog.windowTitle(), u"Edit draft"_s);
    QCOMPARE(dialog.originalState(), DeliveryState::Draft);
    // Its old time has passed: explained, and Schedule waits for a new one.
    QVERIFY(label(dialog, u"whenProblem"_s)->isVisible());
    QVERIFY(!button(dialog, u"scheduleButton"_s)->isEnabled());
    dialog.setScheduledAt(m_clock.nowUtc().addDays(1));
    QTest::mouseClick(button(dialog, u"scheduleButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.editedState(), DeliveryState::Scheduled);
    QCOMPARE(deliveriesOf(postId).constFirst().state, DeliveryState::Draft); // still nothing written

    const PostStore posts(*m_database);
    QVERIFY(posts.update(dialog.editedPost(), dialog.editedState()).ok());
    const Delivery scheduled = deliveriesOf(postId).constFirst();
    QCOMPARE(scheduled.state, DeliveryState::Scheduled);
    QCOMPARE(scheduled.nextAttemptAt, m_clock.nowUtc().addDays(1));
    // Nothing was sent or decided: the log stays empty, so the post can still be deleted.
    QVERIFY(DeliveryStore(*m_database).attempts(scheduled.id).value().isEmpty());
    QCOMPARE(posts.unsentState(postId).value(), DeliveryState::Scheduled);
    // Undo puts the draft back.
    QVERIFY(posts.update(dialog.originalPost(), dialog.originalState()).ok());
    QCOMPARE(deliveriesOf(postId).constFirst().state, DeliveryState::Draft);
}

void TestComposer::updateIsRefusedOnceSending()
{
    const PostStore posts(*m_database);
    const qint64 postId = posts.create({0, u"Going out"_s, m_clock.nowUtc(), {}}, {m_work, m_hook}).value();
    const Delivery first = deliveriesOf(postId).constFirst();
    QVERIFY(DeliveryStore(*m_database).beginSend(first.id, u"key"_s, {}, m_clock.nowUtc()).ok());

    Post changed = posts.byId(postId).value();
    changed.text = u"Too late"_s;
    changed.media = {{image(u"late.png"_s, Qt::black, Qt::white), {}}};
    const Status updated = posts.update(changed, DeliveryState::Draft);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error(),
             u"This post has already been sent to at least one account, so it can no longer be changed."_s);
    const Post stored = posts.byId(postId).value();
    QCOMPARE(stored.text, u"Going out"_s);
    QVERIFY(stored.media.isEmpty());
    QCOMPARE(deliveriesOf(postId).at(1).state, DeliveryState::Scheduled);
    // And the composer will not open it for editing.
    const Result<std::unique_ptr<ComposerDialog>> opened = ComposerDialog::forEdit(*m_database, m_clock, *m_actions, postId);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(), updated.error());
}

void TestComposer::cancelledPostIsNotEdited()
{
    const qint64 postId = PostStore(*m_database).create({0, u"Never mind"_s, m_clock.nowUtc().addDays(1), {}}, {m_work}).value();
    QVERIFY(DeliveryStore(*m_database)
                .change(deliveriesOf(postId).constFirst().id, DeliveryState::Cancelled, u"cancelled by the user"_s,
                        m_clock.nowUtc()));
    const Result<std::unique_ptr<ComposerDialog>> opened = ComposerDialog::forEdit(*m_database, m_clock, *m_actions, postId);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(), u"This post is cancelled for every account, so there is nothing left to edit."_s);
}

void TestComposer::droppedTextFileBecomesTheText()
{
    QPointer<ComposerDialog> dialog = open();
    const QString note = file(u"note.txt"_s, "Launch day!\nEverything you need to know.\n");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(note), QUrl::fromLocalFile(image(u"banner.png"_s, Qt::darkCyan, Qt::white)),
                  QUrl(u"https://example.com/remote.png"_s)});
    // Onto the text field, where Qt would otherwise insert the paths as text.
    QWidget *textArea = dialog->findChild<QPlainTextEdit *>(u"composerText"_s)->viewport();
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(textArea, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(textArea, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"composerText"_s)->toPlainText(),
             u"Launch day!\nEverything you need to know."_s);
    QCOMPARE(dialog->findChild<AttachmentStrip *>()->tiles().size(), 1);
    dialog->close();
}

void TestComposer::calendarDropOpensTheComposerAtTheSlot()
{
    CalendarWidget calendar(*m_database, m_clock, *m_actions);
    calendar.model()->setTimeZone(m_zone);
    calendar.resize(1000, 700);
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    QSignalSpy requests(&calendar, &CalendarWidget::composeRequested);
    const QString note = file(u"note.txt"_s, "Winter sale starts now");
    const QString banner = image(u"banner.png"_s, Qt::darkCyan, Qt::white);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(note), QUrl::fromLocalFile(banner)});

    const auto dropOn = [&data](CalendarView *view, const CalendarView::Slot &slot) {
        (void)view->grab(); // lays the days out
        const QPoint at = view->slotRect(slot).center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        static_cast<QObject *>(view)->event(&enter);
        QDropEvent drop(at, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        static_cast<QObject *>(view)->event(&drop);
        return enter.isAccepted() && drop.isAccepted() && drop.dropAction() == Qt::CopyAction;
    };
    // A later day: 09:00 there. Today: the next whole hour. An hour of the week view: that hour.
    QVERIFY(dropOn(calendar.monthView(), {QDate(2026, 12, 17), {}}));
    QVERIFY(dropOn(calendar.monthView(), {QDate(2026, 12, 8), {}}));
    calendar.setMode(CalendarWidget::Mode::Week);
    QVERIFY(dropOn(calendar.weekView(), {QDate(2026, 12, 10), 15}));
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).at(0).toDateTime(), QDateTime(QDate(2026, 12, 17), QTime(9, 0), m_zone));
    QCOMPARE(requests.at(1).at(0).toDateTime(), QDateTime(QDate(2026, 12, 8), QTime(11, 0), m_zone)); // now 10:20
    QCOMPARE(requests.at(2).at(0).toDateTime(), QDateTime(QDate(2026, 12, 10), QTime(15, 0), m_zone));
    QCOMPARE(requests.at(2).at(1).toStringList(), (QStringList{note, banner}));

    // What the main window does with it: a composer there, with the file's text and the image.
    QPointer<ComposerDialog> dialog = open();
    dialog->setScheduledAt(requests.at(2).at(0).toDateTime());
    dialog->addFiles(requests.at(2).at(1).toStringList());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"composerText"_s)->toPlainText(), u"Winter sale starts now"_s);
    QCOMPARE(dialog->findChild<AttachmentStrip *>()->attachments().constFirst().path, banner);
    box(*dialog, u"work-mastodon"_s)->setChecked(true);
    QTest::mouseClick(button(*dialog, u"scheduleButton"_s), Qt::LeftButton);
    QCOMPARE(PostStore(*m_database).byId(dialog->postId())->scheduledAt, requests.at(2).at(0).toDateTime());
    dialog->close();
}

void TestComposer::screenshots()
{
    // Two photos and a text too long for Bluesky's 300 characters but fine for Mastodon's 500.
    QStringList photos{image(u"harbour-dawn.png"_s, QColor(40, 70, 140), QColor(250, 170, 120)),
                       image(u"harbour-dusk.png"_s, QColor(90, 30, 90), QColor(250, 120, 60))};
    const QString text = u"Photo of the week: the harbour at dawn and at dusk, from the same spot on the old pier. "
                         u"The fishing boats leave around five, so the morning picture shows them still moored; "
                         u"by the evening they are back and the light comes from the other side of the bay. "
                         u"Both taken with the same lens, no filters. More at https://example.com/photos/harbour"_s;
    const auto shoot = [&](const QString &name) {
        QPointer<ComposerDialog> dialog = open();
        setText(*dialog, text);
        dialog->addFiles(photos);
        const QList<AttachmentTile *> tiles = dialog->findChild<AttachmentStrip *>()->tiles();
        tiles.at(0)->altTextEdit()->setText(u"Boats moored in a calm harbour at sunrise"_s);
        box(*dialog, u"work-mastodon"_s)->setChecked(true);
        box(*dialog, u"me-bluesky"_s)->setChecked(true);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY(thumbnailsShown(*dialog));
        QCoreApplication::processEvents(); // lays the new tiles out, as the event loop would
        const QString path = QCoreApplication::applicationDirPath() + u'/' + name;
        QVERIFY(dialog->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
        QVERIFY(!button(*dialog, u"scheduleButton"_s)->isEnabled());
        dialog->close();
    };
    shoot(u"composer.png"_s);

    // The same in a dark palette, as a dark desktop theme gives it.
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    shoot(u"composer-dark.png"_s);
    QApplication::setPalette(light);

    // Editing a draft whose second image has been moved away since, in a window as small as a laptop's.
    const QList<MediaAttachment> media{{photos.at(0), u"Boats moored in a calm harbour at sunrise"_s},
                                       {m_dir.filePath(u"moved-away.jpg"_s), {}}};
    const qint64 draft = PostStore(*m_database)
                             .create({0, u"Half-written: the harbour series"_s, m_clock.nowUtc().addDays(1), media},
                                     {m_work, m_bluesky}, DeliveryState::Draft)
                             .value();
    Result<std::unique_ptr<ComposerDialog>> opened = ComposerDialog::forEdit(*m_database, m_clock, *m_actions, draft);
    QVERIFY(opened.ok());
    ComposerDialog &edit = *opened.value();
    edit.resize(600, 520);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTRY_VERIFY(thumbnailsShown(edit));
    QCoreApplication::processEvents();
    QVERIFY(label(edit, u"mediaProblem"_s)->text().contains(u"moved-away.jpg"_s));
    QVERIFY(edit.grab().save(QCoreApplication::applicationDirPath() + u"/composer-edit.png"_s));
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
