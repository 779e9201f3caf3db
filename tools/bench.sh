#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
# Runs every benchmark program (bench_*) of a build and prints one table of the figures they printed:
# figure, value, the target of the issues (tests/bench/targets.tsv), pass or fail, and the ratio to the
# program's own baseline (a simple reference it measured in the same run, so that runs on noisy machines
# can be compared).
#
#   tools/bench.sh [--no-build] [BUILD_DIR]
#
# BUILD_DIR defaults to build/dev (configured with the dev preset when it does not exist yet). Unless
# --no-build is given, only the bench_* targets are built first, never the whole project. Every executable
# named bench_* under BUILD_DIR is run, wherever its CMakeLists.txt put it, with QT_QPA_PLATFORM=offscreen.
#   BENCH_FILTER=REGEX     run only the programs whose name matches
#   BENCH_ARGS_<program>   extra arguments for one program, e.g. BENCH_ARGS_bench_timeline="--frames 60"
#   BENCH_ALL=1            also list the ratios the programs print themselves (unit x; the table has its own)
# Each program's own output goes to standard error as it runs and to BUILD_DIR/bench-results/<program>.txt;
# the table goes to standard output.
#
# What a program prints that this script reads: lines `BENCH name=VALUE unit [key=value ...]`. Its baseline
# is its figure whose name contains "baseline" (else one ending in _fill_median, else one containing _bare_
# and ending in _median); every figure in the same kind of unit is also shown as a multiple of it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

build=1
dir=
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "bench.sh: unknown option $arg" >&2; exit 2 ;;
    *) dir=$arg ;;
  esac
done

if [ -z "$dir" ]; then
  dir=build/dev
  if [ "$build" = 1 ] && [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake --preset dev >/dev/null
  fi
fi
[ -d "$dir" ] || { echo "bench.sh: no build directory $dir" >&2; exit 1; }

if [ "$build" = 1 ]; then
  [ -f "$dir/CMakeCache.txt" ] || { echo "bench.sh: $dir is not a CMake build directory" >&2; exit 1; }
  cmake "$dir" >/dev/null # picks up benchmark sources added since the last configure
  mapfile -t targets < <(cmake --build "$dir" --target help 2>/dev/null |
    sed -n 's/^\(bench_[A-Za-z0-9_]*\):.*/\1/p' | grep -v '_autogen' | sort -u)
  if [ "${#targets[@]}" -gt 0 ]; then
    echo "building ${targets[*]}" >&2
    cmake --build "$dir" --target "${targets[@]}" >&2
  fi
fi

# Every bench_* executable under the build directory, once per name.
mapfile -t programs < <(find "$dir" -type f -name 'bench_*' -perm -u+x -not -path '*/CMakeFiles/*' \
  -not -name '*.*' | awk -F/ '!seen[$NF]++ { print $NF "\t" $0 }' | sort | cut -f2)
if [ -n "${BENCH_FILTER:-}" ]; then
  mapfile -t programs < <(printf '%s\n' "${programs[@]}" | awk -F/ -v re="$BENCH_FILTER" '$NF ~ re')
fi
[ "${#programs[@]}" -gt 0 ] && [ -n "${programs[0]}" ] || { echo "bench.sh: no bench_* programs in $dir" >&2; exit 1; }

results="$dir/bench-results"
mkdir -p "$results"
collected=$(mktemp)
trap 'rm -f "$collected"' EXIT
export QT_QPA_PLATFORM=offscreen
failed=()
for program in "${programs[@]}"; do
  name=$(basename "$program")
  extra_var="BENCH_ARGS_$name"
  read -r -a extra <<< "${!extra_var:-}"
  echo "== $name ${extra[*]:-}" >&2
  start=$(date +%s)
  if "$program" "${extra[@]}" > "$results/$name.txt" 2> "$results/$name.err"; then
    grep -v '^BENCH ' "$results/$name.txt" >&2 || true
  else
    echo "!! $name exited with status $? (see $results/$name.err)" >&2
    failed+=("$name")
  fi
  echo "   ($(( $(date +%s) - start )) s)" >&2
  grep '^BENCH ' "$results/$name.txt" | sed "s|^|$name\t|" >> "$collected" || true
done

echo
awk -F'\t' -v targets="tests/bench/targets.tsv" -v all="${BENCH_ALL:-0}" '
function kind(unit) {
  if (unit == "ns" || unit == "us" || unit == "ms" || unit == "s") return "time"
  if (unit == "B" || unit == "KiB" || unit == "MiB" || unit == "GiB" || unit == "KB" || unit == "MB") return "bytes"
  return unit
}
function base(value, unit) { # to ms or bytes
  if (unit == "ns") return value / 1e6
  if (unit == "us") return value / 1e3
  if (unit == "s") return value * 1e3
  if (unit == "KiB" || unit == "KB") return value * 1024
  if (unit == "MiB" || unit == "MB") return value * 1048576
  if (unit == "GiB") return value * 1073741824
  return value
}
function has(context, pair,    n, parts, i) {
  n = split(context, parts, " ")
  for (i = 1; i <= n; ++i) if (parts[i] == pair) return 1
  return 0
}
BEGIN {
  while ((getline line < targets) > 0) {
    if (line ~ /^#/ || line ~ /^[ \t]*$/) continue
    split(line, f, "\t")
    ++nt; tre[nt] = f[1]; twhere[nt] = f[2]; top[nt] = f[3]; tval[nt] = f[4]; tunit[nt] = f[5]; tissue[nt] = f[6]
  }
}
{
  # $1 program, $2 "BENCH name=VALUE unit key=value ..."
  n = split($2, w, " ")
  eq = index(w[2], "=")
  ++nl; prog[nl] = $1; name[nl] = substr(w[2], 1, eq - 1); value[nl] = substr(w[2], eq + 1) + 0
  unit[nl] = w[3]; context[nl] = ""
  for (i = 4; i <= n; ++i) context[nl] = context[nl] (i > 4 ? " " : "") w[i]
  # The program`s baseline: the best-ranked candidate, the first one of that rank.
  rank = name[nl] ~ /baseline/ ? 3 : name[nl] ~ /_fill_median$/ ? 2 : name[nl] ~ /_bare_.*_median$/ ? 1 : 0
  if (rank > brank[$1]) { brank[$1] = rank; bline[$1] = nl }
}
END {
  if (nl == 0) { print "no BENCH lines were printed"; exit }
  fmt = "%-44s %12s %-4s %14s %-6s %9s  %s\n"
  printf fmt, "figure", "value", "unit", "target", "result", "vs base", "context"
  printf fmt, "------", "-----", "----", "------", "------", "-------", "-------"
  last = ""
  for (l = 1; l <= nl; ++l) {
    if (unit[l] == "x" && all != 1) continue
    if (prog[l] != last) {
      b = bline[prog[l]]
      printf "%s%s", (last == "" ? "" : "\n"), "[" prog[l] "]"
      if (b) printf "  baseline: %s = %s %s", name[b], value[b], unit[b]
      printf "\n"
      last = prog[l]
    }
    target = "-"; result = "-"
    for (t = 1; t <= nt; ++t) {
      if (name[l] !~ ("^(" tre[t] ")$")) continue
      ok = 1
      if (twhere[t] != "-" && twhere[t] != "") {
        m = split(twhere[t], pairs, " ")
        for (k = 1; k <= m; ++k) if (!has(context[l], pairs[k])) ok = 0
      }
      if (!ok) continue
      if (kind(unit[l]) != kind(tunit[t])) { target = top[t] " " tval[t] tunit[t]; result = "unit?"; break }
      v = base(value[l], unit[l]); lim = base(tval[t], tunit[t])
      pass = top[t] == "<=" ? v <= lim : v >= lim
      target = top[t] " " tval[t] " " tunit[t]
      result = pass ? "pass" : "FAIL"
      ++checked; if (pass) ++met; else missed[++nmissed] = name[l] " = " value[l] " " unit[l] " (" target ", issue " tissue[t] ") " context[l]
      break
    }
    ratio = "-"
    b = bline[prog[l]]
    if (b && kind(unit[l]) == kind(unit[b]) && (kind(unit[l]) == "time" || kind(unit[l]) == "bytes") && value[b] > 0)
      ratio = sprintf("x%.1f", base(value[l], unit[l]) / base(value[b], unit[b]))
    printf fmt, name[l], value[l], unit[l], target, result, ratio, context[l]
  }
  printf "\ntargets: %d checked, %d met, %d missed\n", checked, met, checked - met
  for (i = 1; i <= nmissed; ++i) print "  missed: " missed[i]
}' "$collected"

if [ "${#failed[@]}" -gt 0 ]; then
  echo "programs that failed: ${failed[*]}" >&2
  exit 1
fi
