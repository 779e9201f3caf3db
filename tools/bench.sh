#!/usr/bin/env bash
# Runs every benchmark program (tests/bench/bench_*) of the dev build and prints one table of the figures
# they printed, next to the targets of the issues (tests/bench/targets.tsv).
#   tools/bench.sh            build (dev preset) and run them all
#   tools/bench.sh --no-build run what is built
# Each program prints lines `BENCH name=VALUE unit [key=value ...]`; this script only collects them.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  cmake --preset dev >/dev/null
  cmake --build --preset dev >/dev/null
fi
bench_dir=build/dev/tests/bench
[ -d "$bench_dir" ] || { echo "no benchmarks built in $bench_dir" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
export QT_QPA_PLATFORM=offscreen
for b in "$bench_dir"/bench_*; do
  [ -x "$b" ] && [ -f "$b" ] || continue
  echo "== $(basename "$b")" >&2
  "$b" 2>/dev/null | tee -a "$out" | grep -v '^BENCH ' >&2 || echo "!! $(basename "$b") failed" >&2
done
echo
printf '%-44s %12s %-6s %12s  %s\n' "figure" "measured" "unit" "target" "context"
printf '%-44s %12s %-6s %12s  %s\n' "------" "--------" "----" "------" "-------"
grep '^BENCH ' "$out" | while read -r _ pair unit rest; do
  name=${pair%%=*}
  value=${pair#*=}
  target=$(awk -F'\t' -v n="$name" '$1 == n { print $2 }' tests/bench/targets.tsv 2>/dev/null | head -n1)
  printf '%-44s %12s %-6s %12s  %s\n' "$name" "$value" "$unit" "${target:--}" "$rest"
done
