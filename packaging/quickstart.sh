#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's first command: install missing packages, build, and run the main job on the default data.
# The main job: the default experiment, AFCL (gamma 2, eta 10) on Fashion-MNIST T-shirt/top vs Shirt at 10:1,
# two-stage training. With a display, it opens the workbench (aclwb) with that experiment started; without one
# (a server, CI, ssh), it runs the same experiment with aclwb-cli and says so.
# Usage: packaging/quickstart.sh [build-dir]   (ACLWB_QUICKSTART_CLI=1 forces the command-line run)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
./packaging/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${ACLWB_QUICKSTART_CLI:-}" ]; then
  cmake --build "$build" --parallel "$(nproc)" --target aclwb
  echo "quickstart: opening aclwb with the default experiment started (runs go to the workspace you choose)"
  config=$(mktemp --suffix=.json)
  cat >"$config" <<'JSON'
{ "dataset": "fmnist", "classes": [0, 6], "imbalance_ratio": 10, "loss": "afcl", "gamma": 2, "eta": 10,
  "linear_balanced": true, "snapshot_every": 1 }
JSON
  exec "$build/app/gui/aclwb" --config "$config" --start
fi
cmake --build "$build" --parallel "$(nproc)" --target aclwb-cli
echo "quickstart: no display (or ACLWB_QUICKSTART_CLI set): running the default experiment with aclwb-cli instead of the GUI"
cli="$build/app/cli/aclwb-cli"
run="runs/quickstart-$(date +%Y%m%d-%H%M%S)"
"$cli" train --dataset fmnist --classes 0,6 --imbalance-ratio 10 --loss afcl --gamma 2 --eta 10 --linear-balanced true \
  --snapshot-every 1 --out "$run"
echo "quickstart: results in $run (results.json, metrics.csv, steps.csv, snapshots/, embeddings.csv, model.pt);"
echo "quickstart: aclwb $run shows them in the workbench on a machine with a display"
