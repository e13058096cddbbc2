#!/usr/bin/env bash
# Set up what is missing, build, and run the whole test suite, less the full-size campaigns
# (label "campaign", run by campaign.sh; their short versions are part of this suite).
# The keychain tests need a session bus with an unlocked gnome-keyring: both are started here.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# tst_bluesky runs a real PDS: install it (once) before the tests, which fail without it.
bash "$(dirname "${BASH_SOURCE[0]}")/setup-pds.sh"
cd "$POSTSCHEDULER_BUILD"
export QT_QPA_PLATFORM=offscreen
# A keyring of its own for each run: an older login keyring with another password would stay locked.
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
dbus-run-session -- env XDG_DATA_HOME="$keyring_home" bash -c '
    printf %s postscheduler-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --output-on-failure --timeout 600 -LE "^campaign$" "$@"
' ctest "$@"
