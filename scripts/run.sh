#!/usr/bin/env bash
# Set up what is missing, build, and start postscheduler with the given arguments.
#   ./scripts/run.sh                      the desktop app
#   ./scripts/run.sh run --until-idle     the headless publisher (see README for every command)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec "$POSTSCHEDULER_BUILD/src/app/postscheduler" "$@"
