#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine is missing, then configures and builds postscheduler.
# Sourced by run.sh, test.sh and bench.sh so that every command sets up the same way.
# POSTSCHEDULER_PRESET picks the CMake configure preset (dev by default; asan for the sanitizer build,
# bench for the benchmarks); POSTSCHEDULER_TARGET builds only that target.
set -euo pipefail

POSTSCHEDULER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POSTSCHEDULER_PRESET="${POSTSCHEDULER_PRESET:-dev}"
POSTSCHEDULER_BUILD="${POSTSCHEDULER_BUILD:-$POSTSCHEDULER_ROOT/build/$POSTSCHEDULER_PRESET}"

debian_packages=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-svg-dev
    qt6-qpa-plugins libgl1-mesa-dev libxkbcommon-dev
    gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth tzdata
    clang-14 libclang-rt-14-dev
)

missing_packages() {
    local pkg
    for pkg in "${debian_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || printf '%s\n' "$pkg"
    done
}

install_missing_packages() {
    local missing
    mapfile -t missing < <(missing_packages)
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
    # Paths relative to the checkout, so that another clone (a worktree, CI's) hits the same cache.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$POSTSCHEDULER_ROOT}"
    if [ ! -f "$POSTSCHEDULER_BUILD/build.ninja" ]; then
        cmake --preset "$POSTSCHEDULER_PRESET" -S "$POSTSCHEDULER_ROOT" -B "$POSTSCHEDULER_BUILD" >&2
    fi
    cmake --build "$POSTSCHEDULER_BUILD" ${POSTSCHEDULER_TARGET:+--target "$POSTSCHEDULER_TARGET"} >&2
}

install_missing_packages
configure_and_build
