// SPDX-License-Identifier: MIT
#pragma once

#include "run/SweepPlan.h"

#include <string>
#include <vector>

namespace aclwb {

/// How the sweep's job array asks Slurm for resources.
struct SlurmOptions {
    int tasks = 0;           // array tasks sharing the grid (point k goes to task k % tasks); 0 = one per point
    int gpusPerTask = 0;     // > 0: --gres=gpu:N, the runs on "cuda", N points at a time, each on its own GPU
    int cpusPerTask = 4;     // shared out as the parallel runs' LibTorch threads
    std::string time = "04:00:00"; // any of Slurm's forms: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS
    std::string memory;      // --mem, e.g. "16G"; empty: the cluster's default
    std::string partition;   // empty: the cluster's default
    std::string jobName = "aclwb-sweep";
    /// Where the folder will be on the cluster (#SBATCH --chdir); empty: where it is written now.
    std::string clusterDir;
    /// Replaces the config's data_dir for the cluster (its nodes rarely see the data where this machine does).
    std::string dataDir;
};

/// What an export decided that the user must hear: the time limit in words, and every note (fewer tasks than asked,
/// path keys the nodes may not resolve).
struct SlurmExportReport {
    int tasks = 0;
    std::string timeLimit; // "4 minutes", "1 day 12 hours"
    std::vector<std::string> notes;
};

/// Seconds in a Slurm time limit, read as Slurm reads it ("04:00" is MM:SS, four minutes; "100:00:00" is 100 hours);
/// InputError for anything Slurm would not take.
long long slurmTimeSeconds(const std::string& time);
/// "4 minutes", "100 hours", "1 day 12 hours 30 minutes".
std::string describeSlurmTime(long long seconds);

/// Writes a self-contained folder that runs `plan` as a Slurm job array: config.json (the base), sweep.sbatch (an
/// `--array` job whose task i runs `aclwb-cli sweep --index i --count N`), submit.sh (submits it from wherever the
/// folder is), runs/sweep.json (so the results open as this sweep in the workbench), logs/.keep and README.txt.
/// Copy the folder to the cluster, run `./submit.sh`, and copy `runs/` back: the heat map reads it like a local
/// sweep. InputError for impossible options or an unwritable folder.
///
/// Nothing fails silently on the cluster: the script runs in its folder (--chdir, and it finds the folder itself
/// when started from elsewhere), its log folder cannot be missing, and it prints node, CLI version and data path
/// before any work (and stops with a message when the data folder is not there).
SlurmExportReport exportSlurmJob(const SweepPlan& plan, const std::string& folder, const SlurmOptions& options);

/// The sbatch script itself (tested with `bash -n` and by running two tasks locally).
/// `folder`: the job folder as the script should find it (clusterDir when set).
std::string slurmScript(const SweepPlan& plan, const SlurmOptions& options, const std::string& folder = ".");

} // namespace aclwb
