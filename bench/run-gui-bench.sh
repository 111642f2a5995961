#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The workbench's performance figures for docs/PERFORMANCE.md, measured side by side in one run on this machine:
# the default experiment trained inside aclwb (bench_gui: event-loop latency, images/s, launch, idle memory), then
# the same config with aclwb-cli train. Usage: bench/run-gui-bench.sh [build-dir]
set -euo pipefail
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ACLWB_WORKSPACE="$work/workspace" ACLWB_NO_DIALOGS=1 XDG_CONFIG_HOME="$work/config"
gui=$(QT_QPA_PLATFORM=offscreen "$build/bench/bench_gui" 2>/dev/null | tail -n 1)
echo "$gui" >"$work/gui.json"
python3 - "$work/gui.json" >"$work/config.json" <<'PY'
import json, sys
print(json.dumps(json.load(open(sys.argv[1]))["config"]))
PY
cli=$("$build/app/cli/aclwb-cli" train --config "$work/config.json" --out "$work/cli-run" 2>/dev/null | tail -n 1)
python3 - "$gui" "$cli" <<'PY'
import json, sys
gui, cli = json.loads(sys.argv[1]), json.loads(sys.argv[2])
lat = gui["event_loop_lateness_ms"]
print(f"launch to first paint: {gui['launch_to_first_paint_ms']:.0f} ms; idle memory {gui['idle_rss_mib']:.0f} MiB")
print(f"event loop while training ({gui['probe_samples']} probes of 10 ms): p50 {lat['p50']:.2f} ms late, "
      f"p99 {lat['p99']:.2f} ms, max {lat['max']:.2f} ms")
print(f"GUI thread CPU time over the whole session: {gui['gui_thread_cpu_seconds']:.1f} s for a {gui['run_seconds']:.1f} s run")
print(f"training throughput: GUI {gui['gui_images_per_second']:.0f} images/s, CLI {cli['images_per_second']:.0f} "
      f"images/s: ratio {gui['gui_images_per_second'] / cli['images_per_second']:.3f} ({gui['threads']} threads)")
PY
