// SPDX-License-Identifier: MIT
#pragma once

#include "run/SweepPlan.h"

#include <string>

namespace aclwb {

/// How the sweep's job array asks Slurm for resources.
struct SlurmOptions {
    int tasks = 0;           // array tasks sharing the grid (point k goes to task k % tasks); 0 = one per point
    int gpusPerTask = 0;     // > 0: --gres=gpu:N and the runs on "cuda"
    int cpusPerTask = 4;     // also the runs' LibTorch threads
    std::string time = "04:00:00";
    std::string partition;   // empty: the cluster's default
    std::string jobName = "aclwb-sweep";
};

/// Writes a self-contained folder that runs `plan` as a Slurm job array: config.json (the base), sweep.sbatch (an
/// `--array` job whose task i runs `aclwb-cli sweep --index i --count N`), runs/sweep.json (so the results open as
/// this sweep in the workbench) and README.txt. Copy the folder to the cluster, `sbatch sweep.sbatch`, and copy
/// `runs/` back: the heat map reads it like a local sweep. InputError for impossible options or an unwritable folder.
void exportSlurmJob(const SweepPlan& plan, const std::string& folder, const SlurmOptions& options);

/// The sbatch script itself (tested with `bash -n` and by running two tasks locally).
std::string slurmScript(const SweepPlan& plan, const SlurmOptions& options);

} // namespace aclwb
