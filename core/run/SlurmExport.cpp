// SPDX-License-Identifier: MIT
#include "run/SlurmExport.h"

#include "io/AtomicFile.h"
#include "run/SweepFile.h"
#include "train/ConfigSchema.h"
#include "util/InputError.h"

#include <algorithm>
#include <filesystem>
#include <regex>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

/// The base config as the cluster runs it: on its GPU when asked for, with the task's CPUs as threads.
TrainConfig clusterConfig(const SweepPlan& plan, const SlurmOptions& o)
{
    TrainConfig c = plan.base();
    if (o.gpusPerTask > 0) {
        c.device = "cuda";
    }
    c.threads = o.cpusPerTask;
    return c;
}

int taskCount(const SweepPlan& plan, const SlurmOptions& o)
{
    const int points = static_cast<int>(plan.points().size());
    return o.tasks <= 0 ? points : std::min(o.tasks, points);
}

void check(const SlurmOptions& o)
{
    if (o.tasks < 0 || o.tasks > 100000) {
        throw InputError("invalid Slurm tasks = " + std::to_string(o.tasks) + ": must be in [0, 100000]");
    }
    if (o.gpusPerTask < 0 || o.gpusPerTask > 64) {
        throw InputError("invalid GPUs per task = " + std::to_string(o.gpusPerTask) + ": must be in [0, 64]");
    }
    if (o.cpusPerTask < 1 || o.cpusPerTask > 1024) {
        throw InputError("invalid CPUs per task = " + std::to_string(o.cpusPerTask) + ": must be in [1, 1024]");
    }
    if (!std::regex_match(o.time, std::regex("([0-9]+-)?[0-9]{1,2}(:[0-9]{2}){0,2}"))) {
        throw InputError("invalid Slurm time '" + o.time + "': expected [D-]HH:MM:SS");
    }
    const std::regex word("[A-Za-z0-9_.,-]*");
    if (!std::regex_match(o.partition, word) || !std::regex_match(o.jobName, word) || o.jobName.empty()) {
        throw InputError("invalid Slurm partition or job name: letters, digits, '_', '-', '.', ',' only");
    }
}

} // namespace

std::string slurmScript(const SweepPlan& plan, const SlurmOptions& o)
{
    check(o);
    const int tasks = taskCount(plan, o);
    // Every axis as --grid in the plan's order (seed included), so the cluster's points have the same names and
    // slices as here. Only characters that need no quoting in a shell word are let through.
    const std::regex safe("[A-Za-z0-9_.:/+=-]+");
    std::string grid;
    for (const SweepAxis& axis : plan.axes()) {
        std::string values;
        for (const std::string& v : axis.values) {
            if (!std::regex_match(v, safe)) {
                throw InputError("sweep value '" + v + "' of '" + axis.key
                                 + "' cannot go into a job script (letters, digits and _ . : / + = - only)");
            }
            values += (values.empty() ? "" : ",") + v;
        }
        grid += " --grid " + axis.key + "=" + values;
    }
    std::string s = "#!/bin/bash\n"
                    "# A job array for the ACL Workbench sweep in runs/sweep.json: "
        + std::to_string(plan.points().size()) + " runs shared between " + std::to_string(tasks)
        + " tasks (point k goes to task k % " + std::to_string(tasks)
        + ").\n"
          "# Submit from this folder: sbatch sweep.sbatch. A task that is resubmitted skips its finished runs and\n"
          "# resumes an interrupted one from its checkpoint. aclwb-cli must be on PATH (or set ACLWB_CLI).\n"
          "#SBATCH --job-name="
        + o.jobName + "\n#SBATCH --array=0-" + std::to_string(tasks - 1) + "\n#SBATCH --cpus-per-task="
        + std::to_string(o.cpusPerTask) + "\n#SBATCH --time=" + o.time + "\n#SBATCH --output=logs/%x-%A_%a.out\n";
    if (o.gpusPerTask > 0) {
        s += "#SBATCH --gres=gpu:" + std::to_string(o.gpusPerTask) + "\n";
    }
    if (!o.partition.empty()) {
        s += "#SBATCH --partition=" + o.partition + "\n";
    }
    s += "set -euo pipefail\n"
         "cd \"${SLURM_SUBMIT_DIR:-$(dirname \"$0\")}\"\n"
         "mkdir -p logs\n"
         ": \"${SLURM_ARRAY_TASK_ID:?run with sbatch, or set SLURM_ARRAY_TASK_ID to a task index}\"\n"
         "exec \"${ACLWB_CLI:-aclwb-cli}\" sweep --config config.json"
        + grid + " --out runs --index \"$SLURM_ARRAY_TASK_ID\" --count " + std::to_string(tasks)
        + " --jobs 1\n";
    return s;
}

void exportSlurmJob(const SweepPlan& plan, const std::string& folder, const SlurmOptions& options)
{
    const std::string script = slurmScript(plan, options);
    std::error_code ec;
    fs::create_directories(fs::path(folder) / "runs", ec);
    if (!fs::is_directory(fs::path(folder) / "runs", ec)) {
        throw InputError("cannot create " + (fs::path(folder) / "runs").string());
    }
    const TrainConfig config = clusterConfig(plan, options);
    // The plan as it will run (device and threads of the cluster), so runs/ opens as the same sweep. First: a folder
    // holding another sweep is refused before anything in it changes.
    writeSweepFile(SweepPlan(config, plan.axes()), (fs::path(folder) / "runs").string());
    const nlohmann::json j = config;
    writeFileAtomically((fs::path(folder) / "config.json").string(), j.dump(2) + "\n");
    // sbatch opens --output=logs/... before the script runs: the folder must exist already.
    fs::create_directories(fs::path(folder) / "logs", ec);
    writeFileAtomically((fs::path(folder) / "sweep.sbatch").string(), script);
    fs::permissions(fs::path(folder) / "sweep.sbatch", fs::perms::owner_exec | fs::perms::group_exec,
                    fs::perm_options::add, ec);
    const int tasks = taskCount(plan, options);
    writeFileAtomically((fs::path(folder) / "README.txt").string(),
                        "ACL Workbench sweep for Slurm: " + std::to_string(plan.points().size()) + " runs, "
                            + std::to_string(tasks)
                            + " array tasks.\n\n"
                              "1. Copy this folder to the cluster (aclwb-cli must be installed there, or set "
                              "ACLWB_CLI to its path).\n"
                              "2. cd into it and run: sbatch sweep.sbatch\n"
                              "3. Copy runs/ back into your workspace and open it in the workbench (Sweeps > Open "
                              "sweep): the heat map reads it like a local sweep.\n\n"
                              "Test one task locally first: SLURM_ARRAY_TASK_ID=0 bash sweep.sbatch\n");
}

} // namespace aclwb
