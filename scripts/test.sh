#!/usr/bin/env bash
# Set up what is missing, build, and run the whole test suite.
# The keychain tests need a session bus with an unlocked gnome-keyring: both are started here.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$POSTSCHEDULER_BUILD"
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- bash -c '
    printf %s postscheduler-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --output-on-failure --timeout 600 "$@"
' ctest "$@"
