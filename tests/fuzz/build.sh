#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
# Builds the libFuzzer targets with clang (the main build uses g++): fuzz_json_reader, fuzz_csv_reader and
# fuzz_validator, each the readers' sources from app/core plus the reference reader plus one target, with
# -fsanitize=fuzzer,address,undefined, against Debian's Qt (not instrumented: the readers are ours).
#
#   tests/fuzz/build.sh [OUTPUT_DIR]      (default build/fuzz; needs clang-14, qt6-base-dev, libsimdjson-dev)
#
# Arrays are cut into 64-byte batches here instead of 256 KB (AT_JSON_BATCH_BYTES), and every array's scan
# tries its two parts at once, not only from 16 MiB (AT_JSON_TWO_PARTS_BYTES), and CSV text of any size
# is cut into records on the worker thread, two records a chunk (AT_CSV_AHEAD_BYTES, AT_CSV_CHUNK_RECORDS),
# and tables of two ids or more are filled on two threads (AT_SLOTS_TWO_THREADS_FROM), so that inputs of a
# few hundred bytes go through the readers' batching and their second thread.
# Sources compile as many at a time as there are cores, each only when it or a header changed. ctest runs
# this as fuzz_build (dev preset), so that a source missing from the list below fails there. tools/fuzz.sh
# runs a campaign.
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$SRC/build/fuzz}
CXX=${CXX:-clang++-14}
mkdir -p "$OUT/obj"

COMMON="-std=c++20 -g -O1 -fPIC -fno-omit-frame-pointer -Wall -Wextra -Wpedantic -Werror -Wno-unused-command-line-argument
  -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_KEYWORDS -DQT_USE_QSTRINGBUILDER -DQT_NO_DEBUG
  -DAT_LIBFUZZER -DAT_JSON_BATCH_BYTES=64 -DAT_JSON_TWO_PARTS_BYTES=0 -DAT_CSV_AHEAD_BYTES=0 -DAT_CSV_CHUNK_RECORDS=2 -DAT_SLOTS_TWO_THREADS_FROM=2 -DAT_SOURCE_DIR=\"$SRC\"
  -I$SRC $(pkg-config --cflags Qt6Core)"
# Objects are instrumented for coverage and sanitizers; only the final link brings in libFuzzer's main.
SANITIZE_OBJ="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
SANITIZE_LINK="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
LIBS="$(pkg-config --libs Qt6Core) -lsimdjson"

CORE="app/core/dataset.cpp app/core/textpool.cpp app/core/fuzzydate.cpp app/core/vocabulary.cpp app/core/loaderror.cpp
  app/core/localtext.cpp app/core/import/datasetformat.cpp app/core/import/datasetbuilder.cpp
  app/core/import/textposition.cpp
  app/core/import/json/jsonreader.cpp app/core/import/json/jsonpieces.cpp app/core/import/json/jsonrecord.cpp
  app/core/import/json/jsonsyntax.cpp app/core/import/csv/csvparser.cpp app/core/import/csv/csvreader.cpp
  app/core/import/csv/csvrow.cpp app/core/import/csv/csvtables.cpp app/core/import/idindex.cpp
  app/core/import/prefault.cpp app/core/import/aheadworker.cpp app/core/import/csv/csvahead.cpp
  app/core/import/mergedatasets.cpp app/core/import/importlimit.cpp
  tests/import/reference/referencereader.cpp tests/import/reference/datasetdescription.cpp
  tests/fuzz/fuzzcheck.cpp"
TARGETS="fuzz_json_reader fuzz_csv_reader fuzz_validator"

# Compile what changed: an object older than its source, than any header here or than this script.
compile() { # source
  obj="$OUT/obj/$(echo "$1" | tr / _ | sed 's/\.cpp$/.o/')"
  if [ ! -f "$obj" ] || [ "$SRC/$1" -nt "$obj" ] || [ "$0" -nt "$obj" ] || [ -n "$(find "$SRC/app/core" "$SRC/tests/fuzz" "$SRC/tests/import/reference" -name '*.h' -newer "$obj" | head -1)" ]; then
    echo "compiling $1"
    rm -f "$obj" # a failed compile must not leave the old object to link
    # shellcheck disable=SC2086
    $CXX $COMMON $SANITIZE_OBJ -c "$SRC/$1" -o "$obj"
  fi
}
# As many compiles at a time as there are cores; each one's status is checked.
JOBS=$(nproc 2>/dev/null || echo 2)
pids=""
running=0
for f in $CORE $(for t in $TARGETS; do echo "tests/fuzz/$t.cpp"; done); do
  compile "$f" &
  pids="$pids $!"
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    for p in $pids; do wait "$p"; done
    pids=""
    running=0
  fi
done
for p in $pids; do wait "$p"; done

objects=""
for f in $CORE; do objects="$objects $OUT/obj/$(echo "$f" | tr / _ | sed 's/\.cpp$/.o/')"; done
for t in $TARGETS; do
  # shellcheck disable=SC2086
  $CXX $SANITIZE_LINK $objects "$OUT/obj/tests_fuzz_$t.o" $LIBS -o "$OUT/$t"
  echo "built $OUT/$t"
done
