#include "appsettings.h"

#include <QSettings>

AppSettings::AppSettings(QSettings &store)
    : m_store(store)
{
}

int AppSettings::value(const Settings::IntSetting &setting) const
{
    bool ok = false;
    const int stored = m_store.value(QLatin1StringView(setting.key)).toInt(&ok);
    return ok ? qBound(setting.minimum, stored, setting.maximum) : Settings::defaultOf(setting);
}

bool AppSettings::value(const Settings::BoolSetting &setting) const
{
    const QVariant stored = m_store.value(QLatin1StringView(setting.key));
    return stored.canConvert<bool>() ? stored.toBool() : Settings::defaultOf(setting);
}

QString AppSettings::value(const Settings::ChoiceSetting &setting) const
{
    const QString stored = m_store.value(QLatin1StringView(setting.key)).toString();
    return setting.choices.contains(stored) ? stored : Settings::defaultOf(setting);
}

void AppSettings::setValue(const Settings::IntSetting &setting, int value)
{
    m_store.setValue(QLatin1StringView(setting.key), qBound(setting.minimum, value, setting.maximum));
}

void AppSettings::setValue(const Settings::BoolSetting &setting, bool value)
{
    m_store.setValue(QLatin1StringView(setting.key), value);
}

void AppSettings::setValue(const Settings::ChoiceSetting &setting, const QString &value)
{
    m_store.setValue(QLatin1StringView(setting.key),
                     setting.choices.contains(value) ? value : Settings::defaultOf(setting));
}

EngineSettings AppSettings::applyTo(EngineSettings settings) const
{
    settings.lateLimitMinutes = value(Settings::LateLimitMinutes);
    settings.requestTimeoutMs = value(Settings::RequestTimeoutSeconds) * 1000;
    return settings;
}
