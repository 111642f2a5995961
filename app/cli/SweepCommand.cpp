// SPDX-License-Identifier: MIT
#include "SweepCommand.h"

#include "ArgumentChecks.h"
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
#include <cstdlib>
#include <cstring>
#include <ctime>
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
    int jobs = 0; // 0: one, or one per GPU with --gpus
    std::string gpus; // "0,1" or "auto" (CUDA_VISIBLE_DEVICES, as Slurm sets it): one point per GPU at a time
    int index = 0;
    int count = 1;
    std::string slurm; // export a Slurm job array folder instead of running
    SlurmOptions slurmOptions;
};

/// The GPUs the points are pinned to, one per parallel point; empty without --gpus.
std::vector<std::string> gpuSlots(const std::string& gpus)
{
    std::string list = gpus;
    if (gpus == "auto") {
        const char* visible = std::getenv("CUDA_VISIBLE_DEVICES");
        if (visible == nullptr || *visible == '\0') {
            throw InputError("--gpus auto: CUDA_VISIBLE_DEVICES is not set (Slurm sets it for jobs that ask for "
                             "--gres=gpu); name the GPUs instead, e.g. --gpus 0,1");
        }
        list = visible;
    }
    std::vector<std::string> slots;
    std::stringstream in(list);
    for (std::string id; std::getline(in, id, ',');) {
        if (id.empty() || id.find_first_not_of("0123456789abcdefABCDEF-GPUMIgpumi") != std::string::npos) {
            throw InputError("invalid --gpus '" + gpus + "': expected GPU indices or UUIDs separated by commas");
        }
        if (std::find(slots.begin(), slots.end(), id) != slots.end()) {
            throw InputError("invalid --gpus '" + gpus + "': GPU " + id + " is listed twice");
        }
        slots.push_back(id);
    }
    if (!gpus.empty() && slots.empty()) {
        throw InputError("invalid --gpus '" + gpus + "': no GPU named");
    }
    return slots;
}

/// Starts `aclwb-cli train --resume DIR --log DIR/train.log` (and, with `gpu`, only that GPU visible to it); returns
/// the child's pid. The child opens its log only once it holds the folder, so a point another process took after we
/// looked is refused without a byte written into it; until then its output goes to our stderr (the task's log).
pid_t startRun(const std::string& dir, const std::string& gpu)
{
    const std::string self = fs::read_symlink("/proc/self/exe").string();
    const std::string log = (fs::path(dir) / "train.log").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO); // our stdout carries only our JSON
    std::vector<std::string> args = { self, "train", "--resume", dir, "--log", log };
    std::vector<char*> argv;
    for (std::string& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    std::vector<std::string> env;
    for (char** e = environ; *e != nullptr; ++e) {
        if (gpu.empty() || std::strncmp(*e, "CUDA_VISIBLE_DEVICES=", 21) != 0) {
            env.emplace_back(*e);
        }
    }
    if (!gpu.empty()) {
        env.push_back("CUDA_VISIBLE_DEVICES=" + gpu);
    }
    std::vector<char*> envp;
    for (std::string& e : env) {
        envp.push_back(e.data());
    }
    envp.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, self.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        throw std::runtime_error("cannot start " + self + " for " + dir);
    }
    return pid;
}

/// A point being trained by one of our children.
struct Child {
    std::string dir;
    std::string gpu;
    bool resumed = false;
};

void runSweep(const SweepSettings& s)
{
    const std::vector<std::string> gpus = gpuSlots(s.gpus);
    const int jobs = s.jobs != 0 ? s.jobs : std::max<int>(1, static_cast<int>(gpus.size()));
    if (jobs < 1 || jobs > 256) {
        throw InputError("invalid parameter jobs = " + std::to_string(jobs) + ": must be in [1, 256]");
    }
    if (!gpus.empty() && jobs > static_cast<int>(gpus.size())) {
        throw InputError("--jobs " + std::to_string(jobs) + " with " + std::to_string(gpus.size())
                         + " GPU(s) in --gpus: each parallel run gets its own GPU, so at most "
                         + std::to_string(gpus.size()) + " at a time");
    }
    std::error_code ec;
    if (fs::exists(s.out, ec) && !fs::is_directory(s.out, ec)) {
        throw InputError("invalid --out " + s.out + ": it exists and is not a directory");
    }
    TrainConfig base;
    from_json(readJsonFileStrict(s.config), base);
    const SweepPlan plan(base, s.grids, s.seeds); // every point validated before any starts
    if (!s.slurm.empty()) {
        const SlurmExportReport report = exportSlurmJob(plan, s.slurm, s.slurmOptions);
        for (const std::string& note : report.notes) {
            std::fprintf(stderr, "aclwb-cli: sweep: %s\n", note.c_str());
        }
        printJson({ { "points", plan.points().size() },
                    { "tasks", report.tasks },
                    { "time_limit", report.timeLimit },
                    { "notes", report.notes },
                    { "folder", s.slurm },
                    { "script", (fs::path(s.slurm) / "sweep.sbatch").string() },
                    { "submit", (fs::path(s.slurm) / "submit.sh").string() } });
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
    int skippedInUse = 0;
    std::map<pid_t, Child> running;
    std::vector<std::string> freeGpus(gpus.rbegin(), gpus.rend());
    auto reap = [&]() {
        int status = 0;
        const pid_t pid = waitpid(-1, &status, 0);
        if (pid <= 0) {
            return;
        }
        const Child child = running[pid];
        running.erase(pid);
        if (!child.gpu.empty()) {
            freeGpus.push_back(child.gpu);
        }
        const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        const char* what = code == 0 ? (child.resumed ? "resumed from its checkpoint and finished" : "finished")
            : code == kExitFolderInUse ? "skipped: another process took it first"
            : code == kExitDiverged    ? "FAILED: training diverged (see train.log)"
            : code == kExitCancelled   ? "cancelled (resumable)"
                                       : "FAILED (see train.log)";
        std::fprintf(stderr, "aclwb-cli: sweep: %s %s\n", child.dir.c_str(), what);
        if (code == kExitFolderInUse) {
            ++skippedInUse;
        } else if (code != 0) {
            ++failures;
        }
    };
    for (size_t k : mine) {
        const std::string dir = plan.pointDir(s.out, k);
        const std::optional<RunListing> listing = plan.inspect(s.out, k);
        if (listing && listing->status == RunStatus::Finished) {
            std::fprintf(stderr, "aclwb-cli: sweep: %s already finished, skipped\n", dir.c_str());
            continue;
        }
        if (listing && listing->status == RunStatus::Running) {
            // Another process (a second submission, the workbench) trains it: one writer per run folder.
            std::fprintf(stderr, "aclwb-cli: sweep: %s is in use (%s), skipped\n", dir.c_str(), listing->reason.c_str());
            ++skippedInUse;
            continue;
        }
        try {
            plan.prepare(s.out, k);
        } catch (const InputError& e) {
            std::fprintf(stderr, "aclwb-cli: sweep: %s FAILED: %s\n", dir.c_str(), e.what());
            ++failures;
            continue;
        }
        while (static_cast<int>(running.size()) >= jobs) {
            reap();
        }
        Child child;
        child.dir = dir;
        child.resumed = fs::exists(fs::path(dir) / "checkpoint.pt", ec);
        if (!freeGpus.empty()) {
            child.gpu = freeGpus.back();
            freeGpus.pop_back();
        }
        const pid_t pid = startRun(dir, child.gpu);
        std::fprintf(stderr, "aclwb-cli: sweep: %s started%s%s\n", dir.c_str(), child.resumed ? " (resuming)" : "",
                     child.gpu.empty() ? "" : (" on GPU " + child.gpu).c_str());
        running[pid] = child;
        ++started;
    }
    while (!running.empty()) {
        reap();
    }
    writeFileAtomically((fs::path(s.out) / "sweep.csv").string(), plan.summaryCsv(s.out));
    printJson({ { "points", plan.points().size() },
                { "started", started },
                { "failed", failures },
                { "skipped_in_use", skippedInUse },
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
    addNumberOption(*cmd, "--jobs", settings->jobs, "Runs at a time (default 1, or one per GPU with --gpus)", 0, 256);
    cmd->add_option("--gpus", settings->gpus,
                    "Pin each parallel run to its own GPU: indices (0,1) or auto (CUDA_VISIBLE_DEVICES, as Slurm sets "
                    "it); each run sees only its GPU");
    addNumberOption(*cmd, "--index", settings->index, "This slice's index (with --count; e.g. $SLURM_ARRAY_TASK_ID)", 0,
                    1000000);
    addNumberOption(*cmd, "--count", settings->count, "Number of slices the grid is shared between", 1, 1000000);
    cmd->add_option("--slurm", settings->slurm,
                    "Write a Slurm job-array folder for this sweep (config, sbatch script, runs/) instead of running it");
    addNumberOption(*cmd, "--slurm-tasks", settings->slurmOptions.tasks, "Array tasks (0: one per run)", 0, 100000);
    addNumberOption(*cmd, "--slurm-gpus", settings->slurmOptions.gpusPerTask,
                    "GPUs per task (> 0: the runs use cuda, as many at a time as GPUs, each on its own)", 0, 64);
    addNumberOption(*cmd, "--slurm-cpus", settings->slurmOptions.cpusPerTask,
                    "CPUs per task (shared out as the parallel runs' threads)", 1, 1024);
    cmd->add_option("--slurm-time", settings->slurmOptions.time,
                    "Time limit per task in Slurm's forms: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS")
        ->capture_default_str();
    cmd->add_option("--slurm-mem", settings->slurmOptions.memory, "Memory per task (#SBATCH --mem), e.g. 16G");
    cmd->add_option("--slurm-data-dir", settings->slurmOptions.dataDir,
                    "data_dir as the cluster's nodes see it (replaces the config's)");
    cmd->add_option("--slurm-chdir", settings->slurmOptions.clusterDir,
                    "Where the job folder will be on the cluster (#SBATCH --chdir; default: where it is written)");
    cmd->add_option("--slurm-partition", settings->slurmOptions.partition, "Partition (default: the cluster's)");
    cmd->callback([settings] { runSweep(*settings); });
}

} // namespace aclwb::cli
