#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Brings translations/*.ts up to date with the tr() strings of app/gui and widgets/ (new strings arrive unfinished;
# strings no longer in the code are dropped). Then translate the unfinished ones (Qt Linguist, or by hand);
# tests/gui/tst_translations fails while any is unfinished.
#   translations/update.sh [OUT_DIR]   (OUT_DIR: write updated copies there instead, leaving these files alone)
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-$(command -v /usr/lib/qt6/bin/lupdate || command -v lupdate6 || command -v lupdate)}
out=${1:-translations}
if [ "$out" != translations ]; then
  mkdir -p "$out"
  cp translations/*.ts "$out"/
fi
"$lupdate" -silent -no-obsolete -locations relative app/gui widgets -extensions cpp,h \
  -ts "$out/aclwb_de.ts" "$out/aclwb_id.ts"
"$lupdate" -silent -no-obsolete -locations relative -pluralonly app/gui widgets -extensions cpp,h \
  -ts "$out/aclwb_en.ts"
