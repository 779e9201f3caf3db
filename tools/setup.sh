#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
# The two set-up commands of README.md, on a fresh Debian 12 machine (root, or a user with sudo):
#   tools/setup.sh run    installs what is missing, builds, and starts the app
#   tools/setup.sh test   installs what is missing, builds, and runs every test (plain, then under ASan+UBSan)
# A second run installs nothing and rebuilds incrementally.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build git
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqcustomplot-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql postgresql-15 openssl libsimdjson-dev
  libpng-dev libgraphviz-dev fonts-wqy-microhei desktop-file-utils appstream clang libclang-rt-14-dev clang-format
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

case "${1:-}" in
  run)
    cmake --preset dev
    cmake --build --preset dev --target alliance-timeline
    exec ./build/dev/alliance-timeline "${@:2}"
    ;;
  test)
    cmake --workflow --preset dev
    cmake --workflow --preset asan
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
