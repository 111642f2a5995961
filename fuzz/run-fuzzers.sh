#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer harnesses in their own clang-14 build tree and runs each for a while.
# Usage: fuzz/run-fuzzers.sh [seconds-per-harness (20)] [build-dir (build-fuzz)]
# Exit status: 0 nothing found; 1 a harness crashed (input saved under BUILD/fuzz-artifacts) or the build failed;
# 77 clang++-14, its libFuzzer runtime or ninja is missing (ctest reports the test as skipped).
# Environment: FUZZ_CMAKE_ARGS adds configure arguments (e.g. -DCMAKE_PREFIX_PATH=/opt/libtorch); ASAN_OPTIONS,
# UBSAN_OPTIONS as usual.
set -u -o pipefail

seconds=${1:-20}
build=${2:-build-fuzz}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(dirname "$here")
targets=(fuzz_idx fuzz_csv fuzz_config fuzz_isic_csv fuzz_image)

if ! command -v clang++-14 >/dev/null 2>&1; then
  echo "fuzz: clang++-14 not found, skipping"
  exit 77
fi
if [ ! -f "$(clang++-14 -print-runtime-dir)/libclang_rt.fuzzer-$(uname -m).a" ]; then
  echo "fuzz: libFuzzer runtime for clang-14 not found (Debian: libclang-rt-14-dev), skipping"
  exit 77
fi
if ! command -v ninja >/dev/null 2>&1; then
  echo "fuzz: ninja not found, skipping"
  exit 77
fi
case $seconds in
  '' | *[!0-9]*) echo "fuzz: seconds-per-harness must be a whole number, got '$seconds'" >&2; exit 1 ;;
esac

mkdir -p "$build" && build=$(cd "$build" && pwd) || exit 1
# build.ninja, not CMakeCache.txt: a configure that failed half-way leaves a cache but no build file.
if [ ! -f "$build/build.ninja" ]; then
  read -r -a extra <<<"${FUZZ_CMAKE_ARGS:-}"
  if ! CC=clang-14 CXX=clang++-14 cmake -S "$source_dir" -B "$build" -G Ninja -DACLWB_FUZZ=ON \
      -DACLWB_BUILD_GUI=OFF -DACLWB_BUILD_TESTS=OFF -DACLWB_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      ${extra[@]+"${extra[@]}"}; then
    echo "fuzz: configuring $build failed" >&2
    exit 1
  fi
fi
if ! cmake --build "$build" --target "${targets[@]}"; then
  echo "fuzz: building the harnesses failed" >&2
  exit 1
fi

max_len() {
  case $1 in
    fuzz_idx) echo 20000 ;;   # headers plus a few thousand pixels; larger only slows each run
    fuzz_image) echo 65536 ;; # room for a real small JPEG or PNG
    *) echo 4096 ;;           # text formats
  esac
}

artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts" "$build/fuzz-logs"
failed=()
for t in "${targets[@]}"; do
  # The working corpus lives in the build tree and grows run after run; the seeds in the repository are only read.
  work="$build/fuzz-corpus/$t"
  mkdir -p "$work"
  if [ -d "$here/corpus/$t" ]; then
    cp -f "$here/corpus/$t/"* "$work/" 2>/dev/null
  fi
  dict=()
  if [ -f "$here/dict/$t.dict" ]; then
    dict=("-dict=$here/dict/$t.dict")
  fi
  log="$build/fuzz-logs/$t.log"
  "$build/fuzz/$t" -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/$t-" ${dict[@]+"${dict[@]}"} "$work" >"$log" 2>&1
  rc=$? # libFuzzer's own exit code for a crash is 77 by default: never pass it on, ctest would call it a skip
  runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)
  if [ "$rc" -eq 0 ]; then
    echo "fuzz: $t: ${runs:-?} executions in ${seconds}s, no findings"
  else
    failed+=("$t")
    echo "fuzz: $t: FAILED (exit $rc) after ${runs:-?} executions; log $log"
    grep -E '^(fuzz: |==[0-9]+== ?ERROR|SUMMARY: |.*runtime error: )' "$log" | head -n 5 | sed 's/^/  /'
    grep -E 'Test unit written to' "$log" | sed 's/^/  /'
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in: ${failed[*]} (inputs in $artifacts; reproduce with $build/fuzz/<harness> <input>)"
  exit 1
fi
echo "fuzz: all ${#targets[@]} harnesses ran ${seconds}s each without findings"
