#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
# A libFuzzer campaign on the dataset readers: builds the targets with clang (tests/fuzz/build.sh) and runs
# fuzz_json_reader, fuzz_csv_reader and fuzz_validator one after the other, SECONDS in all (default 600),
# one core. Each starts from the seeds in tests/fuzz/corpus/<target>/ plus what earlier campaigns kept in
# build/fuzz/corpus/<target>/, and prints how many inputs it ran (libFuzzer's #N) and what it found.
#
#   tools/fuzz.sh [SECONDS]
#
# A crash leaves its input in build/fuzz/artifacts/<target>/ and the report in build/fuzz/<target>.log;
# replay one with build/fuzz/<target> FILE. Once the bug is fixed, copy the input into
# tests/fuzz/corpus/<target>/ (named for what it found) so that tst_fuzzcorpus keeps it fixed. Keep that
# corpus small (under 200 files and 2 MB): `build/fuzz/<target> -merge=1 NEW_DIR OLD_DIR` minimises one.
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
TOTAL=${1:-600}
OUT=$SRC/build/fuzz
TARGETS="fuzz_json_reader fuzz_csv_reader fuzz_validator"
"$SRC/tests/fuzz/build.sh" "$OUT"

share=$((TOTAL / 3))
found=0
printf '%-18s %8s %12s %10s %8s %8s %s\n' target seconds inputs exec/s corpus crashes log
for t in $TARGETS; do
  work=$OUT/corpus/$t
  artifacts=$OUT/artifacts/$t
  mkdir -p "$work" "$artifacts"
  cp "$SRC/tests/fuzz/corpus/$t/"* "$work/" 2>/dev/null || true
  status=0
  "$OUT/$t" -max_total_time="$share" -print_final_stats=1 -dict="$SRC/tests/fuzz/dataset.dict" \
    -artifact_prefix="$artifacts/" "$work" >"$OUT/$t.log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$OUT/$t.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$OUT/$t.log" | tail -1)
  crashes=$(find "$artifacts" -type f | wc -l)
  printf '%-18s %8s %12s %10s %8s %8s %s\n' "$t" "$share" "${runs:-?}" "${rate:-?}" "$(ls "$work" | wc -l)" \
    "$crashes" "$OUT/$t.log"
  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    found=1
    grep -m1 -A3 -E 'fuzz check failed|ERROR: AddressSanitizer|runtime error|ERROR: libFuzzer' "$OUT/$t.log" |
      sed 's/^/    /' || tail -3 "$OUT/$t.log" | sed 's/^/    /'
  fi
done
exit $found
