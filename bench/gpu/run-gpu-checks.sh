#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The GPU checks, as one script for a machine with a CUDA PyTorch (no Debian packages): build with
# packaging/build-gpu-server.sh, check the loss and its gradient on CUDA against the CPU, time the loss and training
# steps on both, train the default experiment on both, and run one sweep of the study on the GPU.
#
#   ACLWB_HEADERS=DIR ACLWB_DATA_DIR=FMNIST_DIR bench/gpu/run-gpu-checks.sh OUT_DIR
#
# Everything it measures goes to OUT_DIR (log.txt, gpu-checks.json, gpu-timing.json for docs/RESULTS.md).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2
out=${1:?usage: run-gpu-checks.sh OUT_DIR}
mkdir -p "$out"
exec > >(tee "$out/log.txt") 2>&1
step() { echo; echo "=== $* ($(date +%T))"; }

step "machine"
nvidia-smi -L
python3 -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda)'
nproc
find / -path '*nlohmann/json.hpp' -not -path '/proc/*' 2>/dev/null | head -5

step "build"
start=$(date +%s)
packaging/build-gpu-server.sh build-gpu > "$out/build.txt" 2>&1 || { tail -60 "$out/build.txt"; exit 1; }
echo "build: $(( $(date +%s) - start )) s"; tail -3 "$out/build.txt"
cli=build-gpu/app/cli/aclwb-cli
work=$(mktemp -d)

step "loss and gradient: CUDA against CPU (float64 and float32)"
python3 - "$work" <<'PY'
import numpy as np, sys
rng = np.random.default_rng(7)
x = rng.standard_normal((512, 64)); y = rng.integers(0, 4, 512)
np.savetxt(f"{sys.argv[1]}/f.csv", x, delimiter=","); np.savetxt(f"{sys.argv[1]}/l.csv", y, fmt="%d")
PY
for dtype in float64 float32; do
  for dev in cpu cuda; do
    timeout 60 $cli loss --features "$work/f.csv" --labels "$work/l.csv" --gamma 2 --eta 10 --dtype $dtype --device $dev \
      --grad-out "$work/g-$dev-$dtype.csv" > "$work/loss-$dev-$dtype.json" || echo "loss on $dev failed"
  done
  python3 - "$work" $dtype <<'PY'
import json, sys, numpy as np
w, d = sys.argv[1], sys.argv[2]
a = json.load(open(f"{w}/loss-cpu-{d}.json")); b = json.load(open(f"{w}/loss-cuda-{d}.json"))
ga = np.loadtxt(f"{w}/g-cpu-{d}.csv", delimiter=","); gb = np.loadtxt(f"{w}/g-cuda-{d}.csv", delimiter=",")
print(d, "loss cpu", a["loss"], "cuda", b["loss"], "rel diff", abs(a["loss"] - b["loss"]) / abs(a["loss"]),
      "grad max abs diff", float(np.abs(ga - gb).max()), "grad max", float(np.abs(ga).max()))
PY
done

step "bench-loss"
for n in 1024 4096; do
  timeout 60 $cli bench-loss --n $n --device cuda
  timeout 60 $cli bench-loss --n $n --device cpu --threads 16
done

step "bench-train"
for enc in cnn-small resnet18; do
  timeout 60 $cli bench-train --encoder $enc --device cuda --steps 30
  timeout 60 $cli bench-train --encoder $enc --device cpu --threads 16 --steps 5
done

step "default experiment, CUDA and CPU"
for dev in cuda cpu; do
  TIMEFORMAT="$dev: wall %R s"
  time (timeout 120 $cli train --device $dev --threads 16 --out "$work/default-$dev" 2>&1 | tail -4)
done

step "study sweep on the GPU"
python3 bench/study/run-study.py --build build-gpu --runs "$work/study" --device cuda --jobs "${ACLWB_GPU_JOBS:-8}" \
  --sweeps "${ACLWB_GPU_SWEEPS:-ce-0-6,norm-0-6}" --no-report --gpu-timing "$out/gpu-timing.json"
echo "done $(date +%T)"
