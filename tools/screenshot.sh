#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
# Redraws the pictures README.md shows, with the command lines README.md gives for them, so that they
# show what the program draws today. tst_readme fails when a picture no longer matches its command.
# Usage: tools/screenshot.sh [BUILD_DIR]   (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
binary=$build/alliance-timeline
[[ -x $binary ]] || { echo "screenshot.sh: $binary is not built" >&2; exit 1; }
# Every line of README.md of the form "    alliance-timeline ... --out docs/images/NAME.png ..." after a
# line that says "made with" (and the blank line a Markdown code block needs).
grep -A2 -i 'made with' README.md | grep -E '^    alliance-timeline .*docs/images/' | while read -r line; do
    read -r -a args <<<"${line#alliance-timeline }"
    echo "+ $binary ${args[*]}"
    QT_QPA_PLATFORM=offscreen "$binary" "${args[@]}"
done
