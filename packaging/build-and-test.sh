#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's test command: install missing packages, configure, build, and run every test suite.
# Usage: packaging/build-and-test.sh [build-dir]   (ACLWB_CMAKE_ARGS adds configure options)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
./packaging/install-deps.sh
# shellcheck disable=SC2086
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release ${ACLWB_CMAKE_ARGS:-}
cmake --build "$build" --parallel "$(nproc)"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900
