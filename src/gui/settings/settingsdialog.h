#pragma once

#include <QDialog>

#include <memory>

class QSettings;

namespace Ui {
class SettingsDialog;
}

// The user's settings, all written together on OK and none on Cancel. The spin boxes take their
// bounds from the settings registry, so a value the app cannot use cannot be entered.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    void accept() override;

private:
    template <typename Read> void showValues(const Read &read);
    void showStored();
    void showDefaults();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QSettings &m_settings;
};
