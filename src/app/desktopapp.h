#pragma once

struct CommandContext;
class QSettings;

// No command: the desktop app. One per database (a second launch raises the first), publishing from
// its own engine thread, and on in the tray while its window is closed.
namespace DesktopApp {
int run(CommandContext &context, QSettings &settings);
} // namespace DesktopApp
