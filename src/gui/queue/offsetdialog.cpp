#include "offsetdialog.h"

#include "ui_offsetdialog.h"

namespace {
constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
} // namespace

OffsetDialog::OffsetDialog(int postCount, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OffsetDialog>())
{
    m_ui->setupUi(this);
    m_ui->question->setText(postCount == 1 ? tr("Move the chosen post:") : tr("Move the %1 chosen posts:").arg(postCount));
    m_ui->directionCombo->addItem(tr("later by"), 1);
    m_ui->directionCombo->addItem(tr("earlier by"), -1);
    m_ui->unitCombo->addItem(tr("minutes"), minute);
    m_ui->unitCombo->addItem(tr("hours"), hour);
    m_ui->unitCombo->addItem(tr("days"), day);
    m_ui->unitCombo->addItem(tr("weeks"), 7 * day);
    m_ui->unitCombo->setCurrentIndex(2);
    m_ui->directionCombo->setAccessibleName(tr("Direction"));
    m_ui->amountSpin->setAccessibleName(tr("Amount"));
    m_ui->unitCombo->setAccessibleName(tr("Unit"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->amountSpin->setFocus();
}

OffsetDialog::~OffsetDialog() = default;

qint64 OffsetDialog::offsetSeconds() const
{
    return m_ui->directionCombo->currentData().toLongLong() * m_ui->amountSpin->value()
        * m_ui->unitCombo->currentData().toLongLong();
}
