#include "composerdialog.h"

#include "fieldproblem.h"

#include "publish/platformregistry.h"
#include "publish/textrules.h"
#include "storage/accountstore.h"
#include "storage/poststore.h"
#include "util/clock.h"
#include "util/localtime.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;


ComposerDialog::ComposerDialog(const Database &database, Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
{
    setWindowTitle(tr("New post"));
    auto *form = new QFormLayout;

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"composerText"_s);
    m_text->setPlaceholderText(tr("What do you want to post?"));
    m_textProblem = FieldProblem::create(this);
    m_textProblem->setObjectName(u"textProblem"_s);
    // Characters used and allowed, per chosen account, as each platform counts them.
    m_counter = new QLabel(this);
    m_counter->setObjectName(u"characterCounter"_s);
    m_counter->setAlignment(Qt::AlignRight);
    m_counter->setAccessibleName(tr("Characters used per account"));
    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_text);
    textColumn->addWidget(m_counter);
    textColumn->addWidget(m_textProblem);
    auto *textLabel = new QLabel(tr("&Text:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, textColumn);

    auto *accountColumn = new QVBoxLayout;
    const Result<QList<Account>> accounts = AccountStore(m_database).all();
    if (accounts)
        m_accounts = accounts.value();
    for (const Account &account : std::as_const(m_accounts)) {
        const PlatformRegistry::Platform *platform = PlatformRegistry::find(account.platform);
        auto *box = new QCheckBox(u"%1 (%2)"_s.arg(account.name, platform ? platform->displayName : account.platform), this);
        accountColumn->addWidget(box);
        m_accountBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, &ComposerDialog::validate);
    }
    if (m_accounts.isEmpty())
        accountColumn->addWidget(new QLabel(tr("No accounts yet: add one with \"postscheduler account add\"."), this));
    m_accountProblem = FieldProblem::create(this);
    m_accountProblem->setObjectName(u"accountProblem"_s);
    accountColumn->addWidget(m_accountProblem);
    form->addRow(tr("Accounts:"), accountColumn);

    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(u"composerWhen"_s);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    // The next full hour, in local time.
    const QDateTime local = m_clock.nowUtc().toLocalTime().addSecs(3600);
    m_when->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), 0)));
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_when);
    const QString zoneId = QString::fromUtf8(zone.id());
    const QString zoneName = zone.displayName(m_clock.nowUtc(), QTimeZone::ShortName);
    auto *zoneLabel = new QLabel(zoneId.endsWith(zoneName) ? zoneId : u"%1 (%2)"_s.arg(zoneId, zoneName), this);
    zoneLabel->setToolTip(tr("The time is read in this time zone."));
    whenRow->addWidget(zoneLabel);
    whenRow->addStretch();
    auto *whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_when);
    form->addRow(whenLabel, whenRow);

    m_saveProblem = FieldProblem::create(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *schedule = m_buttons->addButton(tr("&Schedule"), QDialogButtonBox::AcceptRole);
    schedule->setObjectName(u"scheduleButton"_s);
    schedule->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ComposerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ComposerDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ComposerDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveProblem);
    layout->addWidget(m_buttons);
    resize(520, 360);
    validate();
}

// Problems are shown beside their fields as the user types; Schedule stays off until there are none.
bool ComposerDialog::validate()
{
    const QString text = m_text->toPlainText();
    QList<Account> chosen;
    for (qsizetype i = 0; i < m_accountBoxes.size(); ++i) {
        if (m_accountBoxes.at(i)->isChecked())
            chosen.append(m_accounts.at(i));
    }

    QString textProblem;
    QString accountProblem;
    if (chosen.isEmpty())
        accountProblem = tr("Choose at least one account.");
    QStringList counts;
    for (const Account &account : std::as_const(chosen)) {
        if (const Status fits = checkTextFits(text, account); !fits && textProblem.isEmpty())
            textProblem = fits.error();
        const TextUsage usage = textUsage(text, account);
        if (usage.limit > 0)
            counts.append(tr("%1: %2/%3").arg(account.name).arg(usage.length).arg(usage.limit));
    }
    m_counter->setText(counts.join(u" · "_s));
    const bool empty = text.trimmed().isEmpty();
    FieldProblem::show(m_textProblem, textProblem);
    // An empty text is not worth a red line while the user has not typed yet.
    FieldProblem::show(m_accountProblem, m_text->document()->isModified() || !empty ? accountProblem : QString());
    const bool valid = !empty && textProblem.isEmpty() && accountProblem.isEmpty();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(valid);
    }
    return valid;
}

void ComposerDialog::accept()
{
    if (!validate())
        return;
    QList<qint64> accountIds;
    for (qsizetype i = 0; i < m_accountBoxes.size(); ++i) {
        if (m_accountBoxes.at(i)->isChecked())
            accountIds.append(m_accounts.at(i).id);
    }
    const QDateTime wall = m_when->dateTime();
    const QDateTime at = LocalTime::toUtc(wall.date(), wall.time(), QTimeZone::systemTimeZone());
    Post post;
    post.text = m_text->toPlainText();
    post.scheduledAt = at;
    const Result<qint64> created = PostStore(m_database).create(post, accountIds);
    if (!created) {
        FieldProblem::show(m_saveProblem, created.error());
        return;
    }
    m_postId = created.value();
    QDialog::accept();
}
