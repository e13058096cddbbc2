#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class OffsetDialog;
}

// Asks how far to move the chosen posts: later or earlier by a number of minutes, hours, days or weeks.
class OffsetDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OffsetDialog(int postCount, QWidget *parent = nullptr);
    ~OffsetDialog() override;
    Q_DISABLE_COPY_MOVE(OffsetDialog)

    // Negative: earlier.
    qint64 offsetSeconds() const;

private:
    std::unique_ptr<Ui::OffsetDialog> m_ui;
};
