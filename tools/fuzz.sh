#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
# A libFuzzer campaign on the dataset readers: builds the targets with clang (tests/fuzz/build.sh) and runs
# fuzz_json_reader, fuzz_csv_reader and fuzz_validator, SECONDS in all (default 600). Each starts from the
# seeds in tests/fuzz/corpus/<target>/ plus what earlier campaigns kept in build/fuzz/corpus/<target>/, and
# prints how many inputs it ran (libFuzzer's #N) and what it found.
#
#   tools/fuzz.sh [--side-by-side] [--max-len BYTES] [SECONDS]
#
# By default the targets run one after the other, SECONDS/3 each, on one core. With --side-by-side they run
# at the same time for SECONDS each, at nice 19, so that a long campaign uses whatever the machine leaves
# idle without slowing a build. --max-len caps the inputs' size (libFuzzer's -max_len; by default the
# largest seed, about 40 KB): small inputs run several times faster and still cross the readers' batch
# boundaries, which this build puts 64 bytes apart.
#
# A crash leaves its input in build/fuzz/artifacts/<target>/ and the report in build/fuzz/<target>.log;
# replay one with build/fuzz/<target> FILE (full ASan stacks:
# ASAN_OPTIONS=malloc_context_size=30). Once the bug is fixed, copy the input into
# tests/fuzz/corpus/<target>/ (named for what it found) so that tst_fuzzcorpus keeps it fixed. Keep that
# corpus small (under 200 files and 2 MB): `build/fuzz/<target> -merge=1 NEW_DIR OLD_DIR` minimises one.
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
SIDE=0
MAXLEN=""
usage() { echo "usage: $0 [--side-by-side] [--max-len BYTES] [SECONDS]" >&2; exit 2; }
TOTAL=600
while [ $# -gt 0 ]; do
  case "$1" in
    --side-by-side) SIDE=1; shift ;;
    --max-len) [ $# -ge 2 ] || usage; MAXLEN="-max_len=$2"; shift 2 ;;
    -*) usage ;;
    *) TOTAL=$1; shift ;;
  esac
done
case "$TOTAL" in '' | *[!0-9]*) usage ;; esac
OUT=$SRC/build/fuzz
TARGETS="fuzz_json_reader fuzz_csv_reader fuzz_validator"
"$SRC/tests/fuzz/build.sh" "$OUT"

if [ "$SIDE" -eq 1 ]; then share=$TOTAL; nice="nice -n 19"; else share=$((TOTAL / 3)); nice=""; fi
# ASan records each allocation's stack for its reports; that bookkeeping is about a tenth of a reader
# target's time (440 against 491 inputs a second for the CSV target, 40 s each, same seeds). A finding is
# replayed with the default options to see where its memory came from.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0}"
# A target's resident memory grows under ASan as it runs (about 2 GB after 670,000 CSV inputs; built
# without ASan, the same target stays at 34 MB: docs/FUZZING.md), and libFuzzer stops at 2 GB by default,
# reporting an out-of-memory finding that is not one. The limit is raised for the whole process; a single
# allocation over 2 GB still stops it.
LIMITS="-rss_limit_mb=6144 -malloc_limit_mb=2048"
run() { # target
  work=$OUT/corpus/$1
  mkdir -p "$work" "$OUT/artifacts/$1"
  cp "$SRC/tests/fuzz/corpus/$1/"* "$work/" 2>/dev/null || true
  # shellcheck disable=SC2086
  $nice "$OUT/$1" -max_total_time="$share" $MAXLEN $LIMITS -print_final_stats=1 \
    -dict="$SRC/tests/fuzz/dataset.dict" -artifact_prefix="$OUT/artifacts/$1/" "$work" >"$OUT/$1.log" 2>&1
}
# Each target's exit status, kept in a file so that the side-by-side runs can report theirs.
mkdir -p "$OUT/status"
if [ "$SIDE" -eq 1 ]; then
  pids=""
  for t in $TARGETS; do
    (status=0; run "$t" || status=$?; echo "$status" >"$OUT/status/$t") &
    pids="$pids $!"
  done
  for p in $pids; do wait "$p"; done
else
  for t in $TARGETS; do
    status=0
    run "$t" || status=$?
    echo "$status" >"$OUT/status/$t"
  done
fi

found=0
printf '%-18s %8s %12s %10s %8s %8s %s\n' target seconds inputs exec/s corpus crashes log
for t in $TARGETS; do
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$OUT/$t.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$OUT/$t.log" | tail -1)
  # libFuzzer also keeps inputs that took over 10 s (slow-unit-*): on a shared machine, or with the
  # fuzzers stopped (SIGSTOP) while a benchmark runs, that is the wall clock, not the input; replay one to
  # see. Findings are the other artifacts: crash-, leak-, timeout-, oom-.
  crashes=$(find "$OUT/artifacts/$t" -type f ! -name 'slow-unit-*' | wc -l)
  printf '%-18s %8s %12s %10s %8s %8s %s\n' "$t" "$share" "${runs:-?}" "${rate:-?}" "$(ls "$OUT/corpus/$t" | wc -l)" \
    "$crashes" "$OUT/$t.log"
  status=$(cat "$OUT/status/$t")
  if [ "$crashes" -ne 0 ] || [ "$status" -ne 0 ]; then
    found=1
    echo "    $t exited with status $status"
    grep -m1 -A3 -E 'fuzz check failed|ERROR: AddressSanitizer|runtime error|ERROR: libFuzzer' "$OUT/$t.log" |
      sed 's/^/    /' || tail -3 "$OUT/$t.log" | sed 's/^/    /'
  fi
done
exit $found
