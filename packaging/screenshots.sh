#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates docs/images/*.png (the main screens of aclwb: setup, loss, during training, curves, results) by
# driving the real main window through the default experiment, offscreen. With --all it also renders the other
# looks we check by eye (1920x1080, the dark palette, scale 2) into build/screenshots/.
# Usage: packaging/screenshots.sh [--all] [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
all=0
if [ "${1:-}" = "--all" ]; then
  all=1
  shift
fi
build=${1:-build}
tool="$build/app/gui/aclwb-screenshots"
if [ ! -x "$tool" ]; then
  echo "screenshots.sh: $tool not found: build the GUI first (cmake --build $build --target aclwb-screenshots)" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen ACLWB_WORKSPACE="$work/workspace" ACLWB_NO_DIALOGS=1 XDG_CONFIG_HOME="$work/config"
"$tool" --out docs/images --size 1280x800
if [ "$all" = 1 ]; then
  "$tool" --out "$build/screenshots" --size 1920x1080 --prefix 1920-
  "$tool" --out "$build/screenshots" --size 1280x800 --dark --prefix dark-
  QT_SCALE_FACTOR=2 "$tool" --out "$build/screenshots" --size 1280x800 --prefix scale2-
  echo "screenshots.sh: the other looks are in $build/screenshots/"
fi
