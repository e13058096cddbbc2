#include "composerdialog.h"

#include "ui_composerdialog.h"

#include "attachmentstrip.h"
#include "attachmenttile.h"
#include "composercheck.h"
#include "droppedfiles.h"
#include "fieldproblem.h"
#include "publish/platformregistry.h"
#include "storage/accountstore.h"
#include "storage/poststore.h"
#include "undo/postactions.h"
#include "util/clock.h"
#include "util/localtime.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QStandardPaths>
#include <QStyle>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QString platformName(const Account &account)
{
    const PlatformRegistry::Platform *platform = PlatformRegistry::find(account.platform);
    return platform ? platform->displayName : account.platform;
}
} // namespace

ComposerDialog::ComposerDialog(const Database &database, Clock &clock, PostActions &actions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ComposerDialog>())
    , m_database(database)
    , m_clock(clock)
    , m_actions(actions)
{
    m_ui->setupUi(this);
    colourLabels();
    m_ui->accountNote->hide();
    m_ui->composerText->viewport()->installEventFilter(this); // files dropped on the text are ours

    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QString zoneId = QString::fromUtf8(zone.id());
    const QString zoneName = zone.displayName(m_clock.nowUtc(), QTimeZone::ShortName);
    m_ui->zoneLabel->setText(zoneId.endsWith(zoneName) ? zoneId : u"%1 (%2)"_s.arg(zoneId, zoneName));
    setScheduledAt(LocalTime::nextWholeHour(m_clock.nowUtc(), zone));

    connect(m_ui->attachments, &AttachmentStrip::changed, this, [this] {
        showMediaArea();
        updateTabOrder();
        validate();
    });
    m_ui->mediaArea->hide();

    connect(m_ui->composerText, &QPlainTextEdit::textChanged, this, [this] {
        m_touched = true;
        validate();
    });
    connect(m_ui->composerWhen, &QDateTimeEdit::dateTimeChanged, this, &ComposerDialog::validate);
    connect(m_ui->addImagesButton, &QPushButton::clicked, this, &ComposerDialog::addImages);
    connect(m_ui->saveDraftButton, &QPushButton::clicked, this, [this] { finish(Intent::SaveDraft); });
    connect(m_ui->postNowButton, &QPushButton::clicked, this, [this] { finish(Intent::PostNow); });
    connect(m_ui->scheduleButton, &QPushButton::clicked, this, [this] { finish(Intent::Schedule); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ComposerDialog::reject);

    const Result<QList<Account>> accounts = AccountStore(m_database).all();
    if (accounts)
        m_accounts = accounts.value();
    else
        FieldProblem::show(m_ui->saveProblem, accounts.error());
    showAccounts({});
    m_ui->composerText->setFocus();
    validate();
}

Result<std::unique_ptr<ComposerDialog>> ComposerDialog::forEdit(const Database &database, Clock &clock,
                                                                PostActions &actions, qint64 postId, QWidget *parent)
{
    using Opened = Result<std::unique_ptr<ComposerDialog>>;
    const PostStore posts(database);
    const Result<Post> post = posts.byId(postId);
    if (!post)
        return Opened::failure(post.error());
    const Result<DeliveryState> state = posts.unsentState(postId);
    if (!state)
        return Opened::failure(state.error());
    const Result<QList<qint64>> accountIds = posts.accountIds(postId);
    if (!accountIds)
        return Opened::failure(accountIds.error());
    if (accountIds->isEmpty())
        return Opened::failure(tr("This post is cancelled for every account, so there is nothing left to edit."));

    auto dialog = std::make_unique<ComposerDialog>(database, clock, actions, parent);
    dialog->setWindowTitle(state.value() == DeliveryState::Draft ? tr("Edit draft") : tr("Edit post"));
    dialog->m_original = post.value();
    dialog->m_originalState = state.value();
    dialog->m_ui->composerText->setPlainText(post->text);
    dialog->m_ui->attachments->setAttachments(post->media);
    dialog->setScheduledAt(post->scheduledAt);
    dialog->showAccounts(accountIds.value());
    dialog->validate();
    return dialog;
}

ComposerDialog::~ComposerDialog() = default;

void ComposerDialog::setScheduledAt(const QDateTime &at)
{
    const QDateTime local = at.toTimeZone(QTimeZone::systemTimeZone());
    m_ui->composerWhen->setDateTime(QDateTime(local.date(), local.time()));
}

// Room for one row of tiles and a scroll bar, no more; nothing while there are no images.
void ComposerDialog::showMediaArea()
{
    int height = 0;
    for (const AttachmentTile *tile : m_ui->attachments->tiles())
        height = std::max(height, tile->sizeHint().height());
    m_ui->mediaArea->setFixedHeight(height + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2);
    m_ui->mediaArea->setVisible(height > 0);
}

// One check box per account; an existing post shows only its own, fixed: its deliveries exist already.
void ComposerDialog::showAccounts(const QList<qint64> &chosen)
{
    const bool fixed = isEditing();
    qDeleteAll(m_accountBoxes);
    m_accountBoxes.clear();
    int row = 0;
    for (const Account &account : std::as_const(m_accounts)) {
        auto *box = new QCheckBox(u"%1 (%2)"_s.arg(account.name, platformName(account)), this);
        box->setChecked(chosen.contains(account.id));
        box->setEnabled(!fixed);
        box->setVisible(!fixed || chosen.contains(account.id));
        m_ui->accountColumn->insertWidget(row++, box);
        m_accountBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            m_touched = true;
            validate();
        });
    }
    if (m_accounts.isEmpty())
        m_ui->accountNote->setText(tr("No accounts yet: add one with \"postscheduler account add\"."));
    else if (fixed)
        m_ui->accountNote->setText(tr("A saved post keeps its accounts. To post it elsewhere too, copy it: "
                                      "Ctrl-drag it in the calendar."));
    m_ui->accountNote->setVisible(m_accounts.isEmpty() || fixed);
    updateTabOrder();
}

void ComposerDialog::addImages()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add images"), pictures,
                                                            tr("Images (*.jpg *.jpeg *.png *.gif *.webp)"));
    addImageFiles(paths);
}

void ComposerDialog::addFiles(const QStringList &paths)
{
    QStringList images;
    QStringList problems;
    for (const QString &path : paths) {
        if (!DroppedFiles::isText(path)) {
            images.append(path);
            continue;
        }
        const Result<QString> text = DroppedFiles::readText(path);
        if (text)
            appendText(text.value());
        else
            problems.append(text.error());
    }
    addImageFiles(images);
    if (!problems.isEmpty()) {
        m_fileProblem = (QStringList{m_fileProblem} + problems).join(u'\n').trimmed();
        validate();
    }
}

void ComposerDialog::addImageFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        if (const Status added = m_ui->attachments->add(path); !added)
            problems.append(added.error());
    }
    m_fileProblem = problems.join(u'\n');
    m_touched = m_touched || !paths.isEmpty();
    validate();
}

// Added where the user can undo it (Ctrl+Z), after what is there already.
void ComposerDialog::appendText(const QString &text)
{
    QTextCursor cursor(m_ui->composerText->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_ui->composerText->document()->isEmpty() ? text : u"\n\n"_s + text);
}

void ComposerDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (DroppedFiles::localFiles(event->mimeData()).isEmpty())
        return event->ignore();
    event->acceptProposedAction();
}

void ComposerDialog::dropEvent(QDropEvent *event)
{
    const QStringList files = DroppedFiles::localFiles(event->mimeData());
    if (files.isEmpty())
        return event->ignore();
    event->acceptProposedAction();
    addFiles(files);
}

// The text field would insert a dropped file's path as text; the file itself is meant.
bool ComposerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!DroppedFiles::localFiles(drop->mimeData()).isEmpty()) {
            if (event->type() == QEvent::Drop)
                dropEvent(drop);
            else
                drop->acceptProposedAction();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ComposerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        colourLabels();
        validate(); // shows again the problems that styling hid
    }
    QDialog::changeEvent(event);
}

// Problems in the red that reads on the palette, light or dark; the drop hint subdued.
void ComposerDialog::colourLabels()
{
    QPalette hint = m_ui->mediaHint->palette();
    hint.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_ui->mediaHint->setPalette(hint);
    for (QLabel *label : {m_ui->textProblem, m_ui->mediaProblem, m_ui->accountProblem, m_ui->whenProblem,
                          m_ui->saveProblem})
        FieldProblem::style(label);
}

QList<Account> ComposerDialog::chosenAccounts() const
{
    QList<Account> chosen;
    for (qsizetype i = 0; i < m_accountBoxes.size(); ++i) {
        if (m_accountBoxes.at(i)->isChecked())
            chosen.append(m_accounts.at(i));
    }
    return chosen;
}

QDateTime ComposerDialog::scheduledAt() const
{
    const QDateTime wall = m_ui->composerWhen->dateTime();
    return LocalTime::toUtc(wall.date(), wall.time(), QTimeZone::systemTimeZone());
}

// Problems are shown beside their fields as the user works; each button is on while it can succeed.
void ComposerDialog::validate()
{
    const ComposerCheck check = checkComposer({m_ui->composerText->toPlainText(), m_ui->attachments->attachments(),
                                               chosenAccounts(), scheduledAt(), m_clock.nowUtc(), m_fileProblem,
                                               m_touched});
    FieldProblem::show(m_ui->textProblem, check.text);
    FieldProblem::show(m_ui->mediaProblem, check.media);
    FieldProblem::show(m_ui->accountProblem, check.accounts);
    FieldProblem::show(m_ui->whenProblem, check.when);
    m_ui->characterCounter->setText(check.characterCounts);
    m_ui->mediaCounter->setText(check.mediaCounts);
    m_ui->saveDraftButton->setEnabled(check.contentOk); // a draft needs no time yet
    m_ui->postNowButton->setEnabled(check.contentOk);
    m_ui->scheduleButton->setEnabled(check.canSchedule());
}

// Tiles and account boxes are made after the form, so Tab would reach them last without this.
void ComposerDialog::updateTabOrder()
{
    QWidgetList chain{m_ui->composerText, m_ui->addImagesButton};
    chain += m_ui->attachments->focusChain();
    for (QCheckBox *box : std::as_const(m_accountBoxes))
        chain.append(box);
    chain << m_ui->composerWhen << m_ui->scheduleButton << m_ui->postNowButton << m_ui->saveDraftButton
          << m_ui->cancelButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void ComposerDialog::accept()
{
    finish(Intent::Schedule);
}

// Checked again as the button is pressed: the clock has moved, a file may have gone.
void ComposerDialog::finish(Intent intent)
{
    validate();
    const bool allowed = intent == Intent::Schedule ? m_ui->scheduleButton->isEnabled()
                                                    : m_ui->saveDraftButton->isEnabled();
    if (!allowed)
        return;
    m_edited = m_original;
    m_edited.text = m_ui->composerText->toPlainText();
    m_edited.media = m_ui->attachments->attachments();
    m_edited.scheduledAt = intent == Intent::PostNow ? m_clock.nowUtc() : scheduledAt();
    m_editedState = intent == Intent::SaveDraft ? DeliveryState::Draft : DeliveryState::Scheduled;
    if (!isEditing()) {
        QList<qint64> accountIds;
        for (const Account &account : chosenAccounts())
            accountIds.append(account.id);
        const Result<QList<qint64>> created = m_actions.create({{m_edited, accountIds, m_editedState}}, tr("New post"));
        if (!created) {
            FieldProblem::show(m_ui->saveProblem, created.error());
            return;
        }
        m_postId = created.value().constFirst();
        m_edited.id = m_postId;
    }
    QDialog::accept();
}
