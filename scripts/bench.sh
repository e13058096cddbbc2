#!/usr/bin/env bash
# Set up what is missing, build the benchmarks (optimised), and print issue #6's figures, each next
# to its baseline from the same run, as the table in docs/PERFORMANCE.md.
#   ./scripts/bench.sh                       everything; the first run also generates the 1M-post database
#   ./scripts/bench.sh --only burst,scale    some parts: burst, punctuality, scale
#   ./scripts/bench.sh --quick               smaller figures, for a smoke run
# Measure on an otherwise idle machine: the figures are wall times.
set -euo pipefail
POSTSCHEDULER_PRESET=bench
POSTSCHEDULER_TARGET=postscheduler_bench
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
# Generated databases are cached beside the build, so that only the first run pays for them.
exec "$POSTSCHEDULER_BUILD/bench/postscheduler_bench" --data-dir "$POSTSCHEDULER_BUILD/bench-data" "$@"
