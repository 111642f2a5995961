// SPDX-License-Identifier: MIT
#include "SweepCommand.h"

#include "CliSupport.h"
#include "ConfigFlags.h"
#include "io/AtomicFile.h"
#include "run/SlurmExport.h"
#include "run/SweepFile.h"
#include "run/SweepPlan.h"
#include "train/ConfigSchema.h"
#include "train/TrainConfig.h"
#include "util/InputError.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace aclwb::cli {
namespace fs = std::filesystem;
namespace {

struct SweepSettings {
    std::string config;
    std::vector<std::string> grids;
    std::vector<std::string> seeds;
    std::string out;
    int jobs = 1;
    int index = 0;
    int count = 1;
    std::string slurm; // export a Slurm job array folder instead of running
    SlurmOptions slurmOptions;
};

/// Starts `aclwb-cli train --resume DIR` with output to DIR/train.log; returns the child's pid.
pid_t startRun(const std::string& dir)
{
    const std::string self = fs::read_symlink("/proc/self/exe").string();
    const std::string log = (fs::path(dir) / "train.log").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    std::vector<std::string> args = { self, "train", "--resume", dir };
    std::vector<char*> argv;
    for (std::string& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, self.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        throw std::runtime_error("cannot start " + self + " for " + dir);
    }
    return pid;
}

void runSweep(const SweepSettings& s)
{
    if (s.jobs < 1 || s.jobs > 256) {
        throw InputError("invalid parameter jobs = " + std::to_string(s.jobs) + ": must be in [1, 256]");
    }
    std::error_code ec;
    if (fs::exists(s.out, ec) && !fs::is_directory(s.out, ec)) {
        throw InputError("invalid --out " + s.out + ": it exists and is not a directory");
    }
    TrainConfig base;
    from_json(readJsonFileStrict(s.config), base);
    const SweepPlan plan(base, s.grids, s.seeds); // every point validated before any starts
    if (!s.slurm.empty()) {
        exportSlurmJob(plan, s.slurm, s.slurmOptions);
        printJson({ { "points", plan.points().size() },
                    { "folder", s.slurm },
                    { "script", (fs::path(s.slurm) / "sweep.sbatch").string() },
                    { "submit", "cd " + s.slurm + " && sbatch sweep.sbatch" } });
        return;
    }
    if (s.out.empty()) {
        throw InputError("--out is required (the sweep directory), unless --slurm exports a job folder");
    }
    const std::vector<size_t> mine = plan.slice(s.index, s.count);
    fs::create_directories(s.out, ec);
    if (!fs::is_directory(s.out, ec)) {
        throw InputError("cannot create sweep directory " + s.out);
    }
    writeSweepFile(plan, s.out); // the workbench opens the folder as this sweep; another sweep there is refused
    int failures = 0;
    int started = 0;
    std::map<pid_t, std::string> running;
    auto reap = [&]() {
        int status = 0;
        const pid_t pid = waitpid(-1, &status, 0);
        if (pid <= 0) {
            return;
        }
        const std::string dir = running[pid];
        running.erase(pid);
        const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        std::fprintf(stderr, "aclwb-cli: sweep: %s %s\n", dir.c_str(), ok ? "done" : "FAILED (see train.log)");
        if (!ok) {
            ++failures;
        }
    };
    for (size_t k : mine) {
        const std::string dir = plan.pointDir(s.out, k);
        if (plan.status(s.out, k) == RunStatus::Finished) {
            std::fprintf(stderr, "aclwb-cli: sweep: %s already finished, skipped\n", dir.c_str());
            continue;
        }
        plan.prepare(s.out, k);
        while (static_cast<int>(running.size()) >= s.jobs) {
            reap();
        }
        running[startRun(dir)] = dir;
        ++started;
    }
    while (!running.empty()) {
        reap();
    }
    writeFileAtomically((fs::path(s.out) / "sweep.csv").string(), plan.summaryCsv(s.out));
    printJson({ { "points", plan.points().size() },
                { "started", started },
                { "failed", failures },
                { "sweep_csv", (fs::path(s.out) / "sweep.csv").string() } });
    if (failures > 0) {
        throw InputError(std::to_string(failures) + " run(s) of the sweep failed; see their train.log");
    }
}

} // namespace

void registerSweepCommand(CLI::App& app)
{
    auto settings = std::make_shared<SweepSettings>();
    CLI::App* cmd = app.add_subcommand("sweep", "Train one run per grid point and collect sweep.csv");
    cmd->add_option("--config", settings->config, "Base run config (JSON)")->required();
    cmd->add_option("--grid", settings->grids, "key=v1,v2,... (repeatable), e.g. --grid gamma=0,1,2 --grid eta=0,10");
    cmd->add_option("--seeds", settings->seeds, "Seeds to repeat every point with, e.g. 1,2,3")->delimiter(',');
    cmd->add_option("--out", settings->out, "Sweep directory (one sub-directory per point)");
    cmd->add_option("--jobs", settings->jobs, "Runs at a time")->capture_default_str();
    cmd->add_option("--index", settings->index, "This slice's index (with --count; e.g. $SLURM_ARRAY_TASK_ID)")
        ->capture_default_str();
    cmd->add_option("--count", settings->count, "Number of slices the grid is shared between")->capture_default_str();
    cmd->add_option("--slurm", settings->slurm,
                    "Write a Slurm job-array folder for this sweep (config, sbatch script, runs/) instead of running it");
    cmd->add_option("--slurm-tasks", settings->slurmOptions.tasks, "Array tasks (0: one per run)")
        ->capture_default_str();
    cmd->add_option("--slurm-gpus", settings->slurmOptions.gpusPerTask, "GPUs per task (> 0: the runs use cuda)")
        ->capture_default_str();
    cmd->add_option("--slurm-cpus", settings->slurmOptions.cpusPerTask, "CPUs per task (the runs' threads)")
        ->capture_default_str();
    cmd->add_option("--slurm-time", settings->slurmOptions.time, "Time limit per task, [D-]HH:MM:SS")
        ->capture_default_str();
    cmd->add_option("--slurm-partition", settings->slurmOptions.partition, "Partition (default: the cluster's)");
    cmd->callback([settings] { runSweep(*settings); });
}

} // namespace aclwb::cli
