#include "accountdialog.h"

#include "ui_accountdialog.h"

#include "fieldproblem.h"
#include "platformicon.h"
#include "publish/accountconnector.h"
#include "publish/platformregistry.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
using SignIn = PlatformRegistry::SignIn;

struct SignInTexts
{
    QString address;
    QString addressExample;
    QString secret;
    QString hint;
};

// What the form calls its fields depends only on how the platform signs in, so a new platform
// needs no change here.
SignInTexts textsFor(SignIn signIn)
{
    switch (signIn) {
    case SignIn::AccessToken:
        return {AccountDialog::tr("&Server:"), u"https://mastodon.social"_s, AccountDialog::tr("&Access token:"),
                AccountDialog::tr("Create a token in your server's settings under Development → New application, "
                                  "with the scopes read and write, and paste it here.")};
    case SignIn::HandleAndAppPassword:
        return {AccountDialog::tr("&Server:"), u"https://bsky.social"_s, AccountDialog::tr("App &password:"),
                AccountDialog::tr("Sign in with your handle and an app password (Settings → Privacy and security → "
                                  "App passwords), never your main password.")};
    case SignIn::OptionalSecret:
        return {AccountDialog::tr("&Address:"), u"https://example.com/hooks/posts"_s, AccountDialog::tr("&Secret:"),
                AccountDialog::tr("Each post is sent to this address as JSON. The secret, if any, is sent with it so "
                                  "that the receiver can trust it.")};
    }
    return {};
}
} // namespace

AccountDialog::AccountDialog(const Database &database, SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDialog>())
    , m_connector(new AccountConnector(database, secrets, this))
{
    m_ui->setupUi(this);
    for (QLabel *problem : problemLabels())
        FieldProblem::style(problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    for (const QString &name : PlatformRegistry::names())
        m_ui->platformCombo->addItem(PlatformIcon::of(name), PlatformRegistry::find(name)->displayName, name);
    m_ui->platformCombo->setCurrentIndex(m_ui->platformCombo->findData(u"mastodon"_s));
    connect(m_ui->platformCombo, &QComboBox::currentIndexChanged, this, &AccountDialog::showPlatform);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    showPlatform();
    m_ui->nameEdit->setFocus();
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::showPlatform()
{
    const PlatformRegistry::Platform *platform = PlatformRegistry::find(m_ui->platformCombo->currentData().toString());
    const SignInTexts texts = textsFor(platform->signIn);
    m_ui->addressLabel->setText(texts.address);
    m_ui->addressEdit->setPlaceholderText(texts.addressExample);
    m_ui->secretLabel->setText(texts.secret);
    m_ui->signInHint->setText(texts.hint);
    const bool handle = platform->signIn == SignIn::HandleAndAppPassword;
    m_ui->handleLabel->setVisible(handle);
    m_ui->handleEdit->setVisible(handle);
    clearProblems();
}

Account AccountDialog::enteredAccount() const
{
    Account account;
    account.platform = m_ui->platformCombo->currentData().toString();
    account.name = m_ui->nameEdit->text().trimmed();
    account.endpoint = QUrl::fromUserInput(m_ui->addressEdit->text().trimmed());
    QString handle = m_ui->handleEdit->text().trimmed();
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    if (m_ui->handleEdit->isVisibleTo(this) && !handle.isEmpty())
        account.settings.insert(u"handle"_s, handle);
    return account;
}

QList<QLabel *> AccountDialog::problemLabels() const
{
    return {m_ui->nameProblem, m_ui->addressProblem, m_ui->handleProblem, m_ui->secretProblem, m_ui->connectProblem};
}

void AccountDialog::clearProblems()
{
    for (QLabel *problem : problemLabels())
        FieldProblem::show(problem, {});
    m_ui->connectStatus->clear();
}

void AccountDialog::accept()
{
    if (m_busy)
        return;
    clearProblems();
    const Account account = enteredAccount();
    const QString secret = m_ui->secretEdit->text();
    if (const std::optional<AccountConnector::Problem> problem = m_connector->findProblem(account, secret)) {
        using Field = AccountConnector::Problem::Field;
        const QHash<Field, std::pair<QLabel *, QWidget *>> beside{
            {Field::Platform, {m_ui->nameProblem, m_ui->platformCombo}},
            {Field::Name, {m_ui->nameProblem, m_ui->nameEdit}},
            {Field::Address, {m_ui->addressProblem, m_ui->addressEdit}},
            {Field::Handle, {m_ui->handleProblem, m_ui->handleEdit}},
            {Field::Secret, {m_ui->secretProblem, m_ui->secretEdit}},
        };
        const auto [label, field] = beside.value(problem->field);
        FieldProblem::show(label, problem->message);
        field->setFocus();
        return;
    }
    setBusy(true);
    m_ui->connectStatus->setText(tr("Connecting to %1…").arg(account.endpoint.host()));
    m_connector->add(account, secret, [this](const Result<Account> &added) { finish(added); });
}

void AccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->platformCombo, m_ui->nameEdit, m_ui->addressEdit,
                                                           m_ui->handleEdit, m_ui->secretEdit,
                                                           m_ui->buttons->button(QDialogButtonBox::Ok)})
        field->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

// The platform answered (or could not be reached): its message is the one to show, as it says
// what to fix (the token, the address, the password).
void AccountDialog::finish(const Result<Account> &added)
{
    setBusy(false);
    m_ui->connectStatus->clear();
    if (!added) {
        FieldProblem::show(m_ui->connectProblem, added.error());
        return;
    }
    m_account = added.value();
    QDialog::accept();
}
