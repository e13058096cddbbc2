#!/usr/bin/env bash
# Set up what is missing, build, and run the full-size reliability campaigns (ctest label
# "campaign"; the quick suite of test.sh runs each of them at a short size). They take a while:
# see docs/RELIABILITY.md. Extra arguments go to ctest, for example -R campaign_crash.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
bash "$(dirname "${BASH_SOURCE[0]}")/setup-pds.sh"
cd "$POSTSCHEDULER_BUILD"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -L '^campaign$' "$@"
