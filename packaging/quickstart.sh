#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's first command: install missing packages, build, and run the main job on the default data.
# For now the main job builds the default experiment (Fashion-MNIST, T-shirt vs Shirt at 100:1), evaluates the AFCL
# loss family on a demo batch and times it; it grows into full training as the project does.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
./packaging/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --parallel "$(nproc)" --target aclwb-cli
cli="$build/app/cli/aclwb-cli"
"$cli" data --dataset fmnist --classes 0,6 --imbalance-ratio 100
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
# A demo batch: 64 embeddings of 8 dimensions, a 56:8 imbalanced binary labelling.
/usr/bin/env awk 'BEGIN { srand(1); for (i = 0; i < 64; i++) { c = (i < 56) ? 0 : 1;
  printf "%f", c + rand(); for (k = 1; k < 8; k++) printf ",%f", (k == c + 1 ? 1 : 0) + rand() - 0.5; printf "\n";
  print c > "/dev/stderr" } }' >"$demo/features.csv" 2>"$demo/labels.csv"
for variant in "0 0" "2 0" "0 10" "2 10"; do
  set -- $variant
  "$cli" loss --features "$demo/features.csv" --labels "$demo/labels.csv" --gamma "$1" --eta "$2"
done
"$cli" bench-loss --n 1024 --dim 128 --classes 10
