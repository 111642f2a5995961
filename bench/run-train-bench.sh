#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Stage-1 training throughput, side by side in one run: aclwb-cli bench-train against the same step in
# PyTorch-Python (cnn-small + head + AFCL, Adam, batch 256, 1 x 28 x 28), same threads.
# Usage: bench/run-train-bench.sh [build-dir] [threads] [steps]
set -euo pipefail
build=${1:-build}
threads=${2:-$(nproc)}
steps=${3:-20}
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
# aclwb-cli keeps freed memory in its heap (mallopt, see util/MemoryTuning.h); Python gets the same glibc setting
# through GLIBC_TUNABLES so the comparison stays like for like. "python-default" shows Python without it.
tunables="glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824"
default_py=$(/usr/bin/python3 "$(dirname "$0")/train_pytorch.py" --batch-size 256 --steps "$steps" --threads "$threads")
echo "python-default (no malloc tuning): $default_py"
# Three alternating rounds; the table reports the median round of each side (the VM's speed drifts).
cpp=()
py=()
for round in 1 2 3; do
  cpp+=("$("$build/app/cli/aclwb-cli" bench-train --batch-size 256 --steps "$steps" --threads "$threads")")
  py+=("$(GLIBC_TUNABLES=$tunables /usr/bin/python3 "$(dirname "$0")/train_pytorch.py" --batch-size 256 --steps "$steps" --threads "$threads")")
done
/usr/bin/python3 - "${cpp[@]}" "${py[@]}" <<'PY'
import json, sys
runs = [json.loads(a) for a in sys.argv[1:]]
med = lambda rs: sorted(rs, key=lambda r: r["images_per_s"])[len(rs) // 2]
c = med(runs[:3]); p = med(runs[3:])
print("rounds (images/s): C++ " + ", ".join(f"{r['images_per_s']:.0f}" for r in runs[:3])
      + "; Python " + ", ".join(f"{r['images_per_s']:.0f}" for r in runs[3:]))
print(f"threads {c['threads']} (C++) / {p['threads']} (PyTorch {p['torch']})")
print("| implementation | step (ms) | images/s |")
print("|---|---|---|")
print(f"| aclwb (C++, fused AFCL) | {c['step_ms']:.1f} | {c['images_per_s']:.0f} |")
print(f"| PyTorch-Python (same model, AFCL as plain ops, same malloc setting) | {p['step_ms']:.1f} | {p['images_per_s']:.0f} |")
print(f"| ratio C++ / Python | | {c['images_per_s'] / p['images_per_s']:.2f}x |")
PY
