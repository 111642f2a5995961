#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Slurm export on a real Slurm (ctest: slurm_export, label cli; skipped with exit 77 when sbatch is not on PATH or
# no partition answers). packaging/slurm-single-node.sh sets one up on a Debian 12 machine.
# Checks what only a scheduler shows: a job submitted from another directory writes its logs into the job folder
# and trains every point; a second submission while the first runs puts no second writer into any run folder.
# Usage: tests/packaging/test-slurm.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: test-slurm.sh BUILD_DIR}" && pwd)
cli="$build/app/cli/aclwb-cli"
if ! command -v sbatch >/dev/null 2>&1 || ! sinfo -h >/dev/null 2>&1; then
  echo "test-slurm.sh: no working Slurm here (sbatch/sinfo); skipped"
  exit 77
fi
work=$(mktemp -d /tmp/aclwb-slurm.XXXXXX)
trap 'scancel --name=aclwb-test >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
mkdir -p "$work/data" "$work/elsewhere"
python3 - "$work/data" <<'EOF'
import gzip, struct, sys, random
d = sys.argv[1]
random.seed(1)
for split, n in (("train", 400), ("t10k", 100)):
    labels = [i % 10 for i in range(n)]
    with gzip.open(f"{d}/{split}-images-idx3-ubyte.gz", "wb") as f:
        f.write(struct.pack(">IIII", 2051, n, 28, 28))
        for y in labels:
            f.write(bytes(min(255, y * 25 + random.randint(0, 20)) for _ in range(784)))
    with gzip.open(f"{d}/{split}-labels-idx1-ubyte.gz", "wb") as f:
        f.write(struct.pack(">II", 2049, n))
        f.write(bytes(labels))
EOF
cat >"$work/base.json" <<EOF
{"data_dir": "$work/data", "classes": [0, 6], "imbalance_ratio": 4, "loss": "afcl", "gamma": 1, "eta": 2,
 "epochs_contrastive": 2, "epochs_linear": 1, "batch_size": 16, "threads": 1}
EOF
"$cli" sweep --config "$work/base.json" --grid gamma=0,1 --slurm "$work/job" --slurm-tasks 2 --slurm-cpus 1 \
  --slurm-time 10 >/dev/null
cd "$work/elsewhere"
# Submitted twice from elsewhere, the second while the first runs: each point has one writer.
ACLWB_CLI="$cli" sbatch --export=ALL --job-name=aclwb-test --wait "$work/job/sweep.sbatch" >/dev/null &
first=$!
sleep 3
ACLWB_CLI="$cli" sbatch --export=ALL --job-name=aclwb-test --wait "$work/job/sweep.sbatch" >/dev/null || true
wait "$first"
for point in gamma=0 gamma=1; do
  test -f "$work/job/runs/$point/results.json" || { echo "FAIL: $point did not finish"; exit 1; }
done
ls "$work/job/logs/"aclwb-test-*.out >/dev/null || { echo "FAIL: no task log in the job folder's logs/"; exit 1; }
grep -q "aclwb: task 0 of job" "$work/job/logs/"aclwb-test-*_0.out || { echo "FAIL: no pre-flight line"; exit 1; }
test -z "$(ls -A "$work/elsewhere")" || { echo "FAIL: files written where sbatch was called"; exit 1; }
if grep -l "training diverged\|Traceback" "$work/job/runs/"*/train.log; then exit 1; fi
# Two submissions, one writer per point: each point trained exactly once (one attempt header in its train.log), and
# the second submission's tasks skipped what the first held or had finished instead of failing.
for point in gamma=0 gamma=1; do
  attempts=$(grep -c "=== aclwb-cli train: attempt started" "$work/job/runs/$point/train.log")
  [ "$attempts" = 1 ] || { echo "FAIL: $point has $attempts attempts in its train.log"; exit 1; }
done
if grep -l "FAILED" "$work/job/logs/"*.out; then echo "FAIL: a task failed"; exit 1; fi
grep -lq "is in use\|already finished, skipped" "$work/job/logs/"*.out || { echo "FAIL: no task said it skipped"; exit 1; }
echo "test-slurm.sh: 2 passed, 0 failed"
