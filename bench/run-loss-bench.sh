#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the loss benchmarks side by side in one go and prints the table kept in docs/PERFORMANCE.md:
# two matrix products (the floor), our fused loss, our tensor-op path, and PyTorch-Python, same threads.
# Usage: bench/run-loss-bench.sh [build-dir] [threads]
set -euo pipefail
build=${1:-build}
threads=${2:-$(nproc)}
out=$(mktemp -d)
# Same OpenMP wait policy for both sides (aclwb programs set it themselves; see docs/PERFORMANCE.md).
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
ACLWB_THREADS=$threads "$build/bench/bench_loss" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_format=json >"$out/cpp.json"
/usr/bin/python3 "$(dirname "$0")/loss_pytorch.py" --threads "$threads" >"$out/py.json"
/usr/bin/python3 - "$out/cpp.json" "$out/py.json" <<'PY'
import json, sys
cpp = json.load(open(sys.argv[1])); py = json.load(open(sys.argv[2]))
med = {}
for b in cpp["benchmarks"]:
    if b.get("aggregate_name") == "median":
        name, n = b["run_name"].split("/")[:2]
        med[(name, int(n))] = b["real_time"]
print(f"threads: {cpp['context'].get('torch_threads')}, host: {cpp['context'].get('host_name')}, "
      f"CPUs: {cpp['context'].get('num_cpus')}, PyTorch-Python {py[0]['torch']} threads {py[0]['threads']}")
print("| N | two matmuls (ms) | AFCL fused (ms) | ratio | AFCL tensor ops (ms) | PyTorch-Python (ms) | PyTorch / fused |")
print("|---|---|---|---|---|---|---|")
for r in py:
    n = r["n"]; mm = med[("BM_TwoMatmuls", n)]; fu = med[("BM_AfclForwardBackward", n)]
    to = med[("BM_AfclTensorOpsForwardBackward", n)]; p = r["forward_backward_ms"]
    print(f"| {n} | {mm:.2f} | {fu:.2f} | {fu/mm:.2f} | {to:.2f} | {p:.2f} | {p/fu:.2f} |")
PY
rm -rf "$out"
