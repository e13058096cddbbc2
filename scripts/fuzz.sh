#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan) in build/fuzz and runs them.
#   ./scripts/fuzz.sh            each target for POSTSCHEDULER_FUZZ_SECONDS (default 10) through ctest -L fuzz
#   ./scripts/fuzz.sh 1000000    each target for that many executions, one at a time, niced
# Targets start from their committed corpus in fuzz/corpus/<target>; new inputs go to build/fuzz only.
# A finding stops the run with the sanitizer's report and leaves the input in build/fuzz/findings.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/fuzz"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
seconds="${POSTSCHEDULER_FUZZ_SECONDS:-10}"

if [ ! -f "$build/build.ninja" ]; then
    cmake --preset fuzz -S "$root" -B "$build" -DPOSTSCHEDULER_FUZZ_SECONDS="$seconds" >&2
else
    cmake "$build" -DPOSTSCHEDULER_FUZZ_SECONDS="$seconds" >/dev/null
fi
cmake --build "$build" >&2

if [ $# -eq 0 ]; then
    exec ctest --test-dir "$build" -L fuzz --output-on-failure
fi

runs="$1"
mkdir -p "$build/findings"
for corpus in "$root"/fuzz/corpus/*/; do
    target="$(basename "$corpus")"
    scratch="$build/fuzz/corpus/$target"
    mkdir -p "$scratch"
    echo "fuzz_$target: $runs executions" >&2
    nice -n 5 "$build/fuzz/fuzz_$target" -runs="$runs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$target-" "$scratch" "$corpus" 2>&1 | grep -E '^(stat::number_of_executed_units|Done|==|SUMMARY|broken promise)' >&2
done
