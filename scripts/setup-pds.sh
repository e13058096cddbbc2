#!/usr/bin/env bash
# Installs the local Bluesky PDS that the tests start (tests/pds, see start-pds.mjs).
# Idempotent: runs `npm ci` only when tests/pds/node_modules is missing or older than package-lock.json.
# better-sqlite3 compiles from source (about a minute), on one core so that the machine stays usable.
set -euo pipefail

pds_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/pds" && pwd)"
# npm writes this hidden lockfile last, so it marks an install that finished.
marker="$pds_dir/node_modules/.package-lock.json"

if [ -f "$marker" ] && [ ! "$pds_dir/package-lock.json" -nt "$marker" ]; then
    exit 0
fi

command -v npm >/dev/null || { echo "setup-pds: npm is missing (apt-get install nodejs npm)" >&2; exit 1; }
echo "setup-pds: installing the test PDS in $pds_dir (npm ci, about a minute)" >&2
cd "$pds_dir"
# JOBS is what node-gyp reads for its make -j; the prebuilt binary download fails fast offline.
JOBS=1 npm ci --no-audit --no-fund --loglevel=error >&2
touch "$marker"
