#pragma once

#include "settingsregistry.h"

class QSettings;

// Typed access to the registry's settings in one QSettings store. Reading never fails: a missing or
// unreadable value gives the default, and a number out of bounds is brought within them, so a
// hand-edited file cannot push the engine outside what the settings dialog allows.
class AppSettings final {
public:
    explicit AppSettings(QSettings &store);

    int value(const Settings::IntSetting &setting) const;
    bool value(const Settings::BoolSetting &setting) const;
    QString value(const Settings::ChoiceSetting &setting) const;

    void setValue(const Settings::IntSetting &setting, int value);
    void setValue(const Settings::BoolSetting &setting, bool value);
    // A value that is not one of the choices stores the default.
    void setValue(const Settings::ChoiceSetting &setting, const QString &value);

    // `settings` with the user's late limit and request timeout.
    EngineSettings applyTo(EngineSettings settings) const;

private:
    QSettings &m_store;
};
