#include "settingsdialog.h"

#include "ui_settingsdialog.h"

#include "settings/appsettings.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
void setBounds(QSpinBox *box, const Settings::IntSetting &setting)
{
    box->setRange(setting.minimum, setting.maximum);
}

// Each language in its own name, so that someone who cannot read the current one still finds theirs.
QString languageName(const QString &code)
{
    if (code == Settings::defaultOf(Settings::Language)) {
        const QString system = QLocale::system().nativeLanguageName();
        return system.isEmpty() ? SettingsDialog::tr("System language")
                                : SettingsDialog::tr("System language (%1)").arg(system);
    }
    const QLocale locale(code);
    // English's native name would be a country's ("American English"); its name in English is native.
    const QString name = locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                               : locale.nativeLanguageName();
    return name.left(1).toUpper() + name.mid(1);
}
} // namespace

SettingsDialog::SettingsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    setBounds(m_ui->lateLimit, Settings::LateLimitMinutes);
    setBounds(m_ui->requestTimeout, Settings::RequestTimeoutSeconds);
    for (const QString &code : Settings::Language.choices)
        m_ui->language->addItem(languageName(code), code);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::showDefaults);
    showStored();
}

SettingsDialog::~SettingsDialog() = default;

template <typename Read> void SettingsDialog::showValues(const Read &read)
{
    m_ui->lateLimit->setValue(read(Settings::LateLimitMinutes));
    m_ui->requestTimeout->setValue(read(Settings::RequestTimeoutSeconds));
    m_ui->notifications->setChecked(read(Settings::Notifications));
    m_ui->notifyPublished->setChecked(read(Settings::NotifyPublished));
    m_ui->notifyFailed->setChecked(read(Settings::NotifyFailed));
    m_ui->notifyVerifying->setChecked(read(Settings::NotifyVerifying));
    m_ui->notifyNeedsAttention->setChecked(read(Settings::NotifyNeedsAttention));
    m_ui->startMinimized->setChecked(read(Settings::StartMinimized));
    m_ui->language->setCurrentIndex(m_ui->language->findData(read(Settings::Language)));
}

void SettingsDialog::showStored()
{
    const AppSettings stored(m_settings);
    showValues([&stored](const auto &setting) { return stored.value(setting); });
}

void SettingsDialog::showDefaults()
{
    showValues([](const auto &setting) { return Settings::defaultOf(setting); });
}

void SettingsDialog::accept()
{
    AppSettings stored(m_settings);
    stored.setValue(Settings::LateLimitMinutes, m_ui->lateLimit->value());
    stored.setValue(Settings::RequestTimeoutSeconds, m_ui->requestTimeout->value());
    stored.setValue(Settings::Notifications, m_ui->notifications->isChecked());
    stored.setValue(Settings::NotifyPublished, m_ui->notifyPublished->isChecked());
    stored.setValue(Settings::NotifyFailed, m_ui->notifyFailed->isChecked());
    stored.setValue(Settings::NotifyVerifying, m_ui->notifyVerifying->isChecked());
    stored.setValue(Settings::NotifyNeedsAttention, m_ui->notifyNeedsAttention->isChecked());
    stored.setValue(Settings::StartMinimized, m_ui->startMinimized->isChecked());
    stored.setValue(Settings::Language, m_ui->language->currentData().toString());
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The settings could not be saved to %1. Check that its folder can be written to, "
                                "then try again.")
                                 .arg(m_settings.fileName()));
        return;
    }
    QDialog::accept();
}
