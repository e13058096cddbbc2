#!/usr/bin/env bash
# Set up what is missing, build, and run the whole test suite, less the full-size campaigns
# (label "campaign", run by campaign.sh; their short versions are part of this suite).
# The keychain tests need a session bus with an unlocked gnome-keyring: both are started here.
#   POSTSCHEDULER_PRESET=asan ./scripts/test.sh   the same suite under ASan and UBSan (build/asan)
# With no arguments, the fuzz targets run briefly first (scripts/fuzz.sh; POSTSCHEDULER_FUZZ_SECONDS=0 skips them).
set -euo pipefail
scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$scripts/setup.sh"
# The fuzz targets first, so that the suite's own summary is the last thing printed.
if [ $# -eq 0 ] && [ "${POSTSCHEDULER_FUZZ_SECONDS:-10}" != 0 ]; then
    bash "$scripts/fuzz.sh"
fi
# tst_bluesky runs a real PDS: install it (once) before the tests, which fail without it.
bash "$scripts/setup-pds.sh"
cd "$POSTSCHEDULER_BUILD"
export QT_QPA_PLATFORM=offscreen
# A keyring of its own for each run: an older login keyring with another password would stay locked.
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
dbus-run-session -- env XDG_DATA_HOME="$keyring_home" bash -c '
    printf %s postscheduler-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --output-on-failure --timeout 600 -LE "^campaign$" "$@"
' ctest "$@"
