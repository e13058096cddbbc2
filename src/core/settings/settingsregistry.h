#pragma once

#include "publish/enginesettings.h"

#include <QStringList>

// Every setting the user can change, in one table: its key in QSettings, its type, its default and its
// bounds. Secrets never go here: tokens and passwords live in the secret store.
namespace Settings {

struct IntSetting {
    const char *key;
    int defaultValue;
    int minimum;
    int maximum;
};

struct BoolSetting {
    const char *key;
    bool defaultValue;
};

struct ChoiceSetting {
    const char *key;
    QStringList choices; // the first is the default
};

inline int defaultOf(const IntSetting &setting)
{
    return setting.defaultValue;
}

inline bool defaultOf(const BoolSetting &setting)
{
    return setting.defaultValue;
}

inline QString defaultOf(const ChoiceSetting &setting)
{
    return setting.choices.constFirst();
}

inline const IntSetting LateLimitMinutes { "publishing/lateLimitMinutes", EngineSettings().lateLimitMinutes, 1,
                                           7 * 24 * 60 };
inline const IntSetting RequestTimeoutSeconds { "publishing/requestTimeoutSeconds",
                                                EngineSettings().requestTimeoutMs / 1000, 5, 300 };

inline const BoolSetting Notifications { "notifications/enabled", true };
inline const BoolSetting NotifyPublished { "notifications/published", true };
inline const BoolSetting NotifyFailed { "notifications/failed", true };
inline const BoolSetting NotifyVerifying { "notifications/verifying", true };
inline const BoolSetting NotifyNeedsAttention { "notifications/needsAttention", true };

// In the tray where there is one, minimized otherwise.
inline const BoolSetting StartMinimized { "window/startMinimized", false };
// Read once at start: a translator cannot be swapped under open windows without retranslating them all.
inline const ChoiceSetting Language { "general/language",
                                      { QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de") } };

// Whether the user has been told once that closing the window leaves the app publishing in the tray.
inline const BoolSetting CloseHintShown { "tray/closeHintShown", false };

} // namespace Settings
