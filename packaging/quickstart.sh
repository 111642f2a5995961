#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's first command: install missing packages, build, and run the main job on the default data.
# The main job: the default experiment, AFCL on Fashion-MNIST T-shirt/top vs Shirt at 10:1, two-stage training.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
./packaging/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --parallel "$(nproc)" --target aclwb-cli
cli="$build/app/cli/aclwb-cli"
run="runs/quickstart-$(date +%Y%m%d-%H%M%S)"
"$cli" train --dataset fmnist --classes 0,6 --imbalance-ratio 10 --loss afcl --gamma 2 --eta 10 --out "$run"
echo "quickstart: results in $run (results.json, metrics.csv, embeddings.csv, model.pt)"
