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

/// Characters that need no quoting in a shell word (and in an #SBATCH line).
const std::regex& shellSafe()
{
    static const std::regex safe("[A-Za-z0-9_.:/+=,-]+");
    return safe;
}

/// `text` as one shell word in single quotes (a ' inside becomes '\''), whatever it holds.
std::string shellQuote(const std::string& text)
{
    std::string quoted = "'";
    for (char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

/// Points running at once in one task: one per GPU, else one.
int parallelPoints(const SlurmOptions& o)
{
    return std::max(1, o.gpusPerTask);
}

/// The base config as the cluster runs it: on its GPUs when asked for, the task's CPUs shared between its parallel
/// points, and the data where the nodes see it.
TrainConfig clusterConfig(const SweepPlan& plan, const SlurmOptions& o)
{
    TrainConfig c = plan.base();
    if (o.gpusPerTask > 0) {
        c.device = "cuda";
    }
    c.threads = std::max(1, o.cpusPerTask / parallelPoints(o));
    if (!o.dataDir.empty()) {
        c.dataDir = o.dataDir;
    }
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
    slurmTimeSeconds(o.time);
    if (!o.memory.empty() && !std::regex_match(o.memory, std::regex("[1-9][0-9]*[KMGT]?"))) {
        throw InputError("invalid Slurm memory '" + o.memory + "': expected a number with an optional unit K, M, G "
                         "or T (megabytes without one), e.g. 16G");
    }
    const std::regex word("[A-Za-z0-9_.,-]*");
    if (!std::regex_match(o.partition, word) || !std::regex_match(o.jobName, word) || o.jobName.empty()) {
        throw InputError("invalid Slurm partition or job name: letters, digits, '_', '-', '.', ',' only");
    }
    if (!o.clusterDir.empty() && (!std::regex_match(o.clusterDir, shellSafe()) || o.clusterDir.front() != '/')) {
        throw InputError("invalid cluster folder '" + o.clusterDir
                         + "': an absolute path of letters, digits and _ . : / + = - only");
    }
    if (!o.dataDir.empty() && !std::regex_match(o.dataDir, shellSafe())) {
        throw InputError("invalid --slurm-data-dir '" + o.dataDir + "': letters, digits and _ . : / + = - only");
    }
}

long long number(const std::string& digits)
{
    if (digits.size() > 9) {
        throw InputError("invalid Slurm time: '" + digits + "' is too large");
    }
    return std::stoll(digits);
}

/// Notes on the config's paths: a relative one resolves against the job folder on the nodes, an absolute one must
/// exist there.
std::vector<std::string> pathNotes(const TrainConfig& c, const SlurmOptions& o)
{
    std::vector<std::string> notes;
    const std::pair<const char*, std::string> keys[] = { { "data_dir", c.dataDir }, { "cache_dir", c.cacheDir } };
    for (const auto& [key, value] : keys) {
        if (value.empty()) {
            continue;
        }
        if (fs::path(value).is_relative()) {
            notes.push_back(std::string(key) + " '" + value + "' is relative: on the nodes it is read from the job "
                            "folder, where it is probably missing; give an absolute path"
                            + (std::string(key) == "data_dir" ? " (--slurm-data-dir DIR rewrites it)" : ""));
        } else {
            notes.push_back(std::string(key) + " '" + value + "' must exist on every node"
                            + (std::string(key) == "data_dir" && o.dataDir.empty()
                                   ? " (--slurm-data-dir DIR rewrites it for the cluster)"
                                   : ""));
        }
    }
    return notes;
}

} // namespace

long long slurmTimeSeconds(const std::string& time)
{
    // Slurm's forms: minutes, minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes,
    // days-hours:minutes:seconds.
    std::smatch m;
    const std::string expected = "expected one of Slurm's forms MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS";
    long long seconds = 0;
    if (std::regex_match(time, m, std::regex("([0-9]+)-([0-9]+)(?::([0-9]+))?(?::([0-9]+))?"))) {
        const long long h = number(m[2]), min = m[3].matched ? number(m[3]) : 0, s = m[4].matched ? number(m[4]) : 0;
        if (h > 23 || min > 59 || s > 59) {
            throw InputError("invalid Slurm time '" + time + "': hours < 24, minutes and seconds < 60 after a day count");
        }
        seconds = number(m[1]) * 86400 + h * 3600 + min * 60 + s;
    } else if (std::regex_match(time, m, std::regex("([0-9]+):([0-9]+):([0-9]+)"))) {
        if (number(m[2]) > 59 || number(m[3]) > 59) {
            throw InputError("invalid Slurm time '" + time + "': minutes and seconds must be < 60 in HH:MM:SS");
        }
        seconds = number(m[1]) * 3600 + number(m[2]) * 60 + number(m[3]);
    } else if (std::regex_match(time, m, std::regex("([0-9]+):([0-9]+)"))) {
        if (number(m[2]) > 59) {
            throw InputError("invalid Slurm time '" + time + "': Slurm reads two fields as MM:SS, and seconds must be "
                             "< 60 (write HH:MM:00 for hours)");
        }
        seconds = number(m[1]) * 60 + number(m[2]);
    } else if (std::regex_match(time, m, std::regex("[0-9]+"))) {
        seconds = number(m[0]) * 60;
    } else {
        throw InputError("invalid Slurm time '" + time + "': " + expected);
    }
    if (seconds <= 0) {
        throw InputError("invalid Slurm time '" + time + "': the limit must be longer than 0");
    }
    return seconds;
}

std::string describeSlurmTime(long long seconds)
{
    std::string text;
    auto part = [&](long long n, const char* unit) {
        if (n > 0) {
            text += (text.empty() ? "" : " ") + std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
        }
    };
    // Days only where Slurm's own form used them would be nicer, but one reading for every form is clearer.
    part(seconds / 86400, "day");
    part((seconds / 3600) % 24, "hour");
    part((seconds / 60) % 60, "minute");
    part(seconds % 60, "second");
    return text;
}

std::string slurmScript(const SweepPlan& plan, const SlurmOptions& o, const std::string& folder)
{
    check(o);
    const int tasks = taskCount(plan, o);
    // Every axis as --grid in the plan's order (seed included), so the cluster's points have the same names and
    // slices as here. Only characters that need no quoting in a shell word are let through.
    std::string grid;
    for (const SweepAxis& axis : plan.axes()) {
        std::string values;
        for (const std::string& v : axis.values) {
            if (!std::regex_match(v, shellSafe()) || v.find(',') != std::string::npos) {
                throw InputError("sweep value '" + v + "' of '" + axis.key
                                 + "' cannot go into a job script (letters, digits and _ . : / + = - only)");
            }
            values += (values.empty() ? "" : ",") + v;
        }
        grid += " --grid " + axis.key + "=" + values;
    }
    const std::string job = o.clusterDir.empty() ? folder : o.clusterDir;
    if (!std::regex_match(job, shellSafe())) {
        throw InputError("the job folder '" + job + "' cannot go into a job script (letters, digits and _ . : / + = "
                         "- only); name the folder on the cluster with --slurm-chdir DIR");
    }
    const TrainConfig config = clusterConfig(plan, o);
    const int parallel = parallelPoints(o);
    std::string s = "#!/bin/bash\n"
                    "# A job array for the ACL Workbench sweep in runs/sweep.json: "
        + std::to_string(plan.points().size()) + " runs shared between " + std::to_string(tasks)
        + " tasks (point k goes to task k % " + std::to_string(tasks) + "), " + std::to_string(parallel)
        + " at a time in each task" + (o.gpusPerTask > 0 ? ", each on its own GPU" : "")
        + ".\n"
          "# Submit with ./submit.sh (from anywhere), or sbatch --chdir=THIS_FOLDER sweep.sbatch. A resubmitted task\n"
          "# skips its finished runs, leaves runs another process holds alone, and resumes an interrupted one from its\n"
          "# checkpoint. aclwb-cli must be on PATH (or set ACLWB_CLI). Time limit per task: "
        + describeSlurmTime(slurmTimeSeconds(o.time)) + ".\n#SBATCH --job-name=" + o.jobName
        + "\n#SBATCH --array=0-" + std::to_string(tasks - 1) + "\n#SBATCH --cpus-per-task="
        + std::to_string(o.cpusPerTask) + "\n#SBATCH --time=" + o.time + "\n";
    if (fs::path(job).is_absolute()) {
        s += "#SBATCH --chdir=" + job + "\n";
    }
    // Relative to --chdir: logs/ is part of the folder (logs/.keep), so the path cannot be missing.
    s += "#SBATCH --output=logs/%x-%A_%a.out\n";
    if (o.gpusPerTask > 0) {
        s += "#SBATCH --gres=gpu:" + std::to_string(o.gpusPerTask) + "\n";
    }
    if (!o.memory.empty()) {
        s += "#SBATCH --mem=" + o.memory + "\n";
    }
    if (!o.partition.empty()) {
        s += "#SBATCH --partition=" + o.partition + "\n";
    }
    s += "set -euo pipefail\n"
         "# Find the job folder: where Slurm started us (--chdir), where it was exported, or beside this script.\n"
         "if [ ! -f config.json ]; then\n"
         "  for dir in "
        + shellQuote(job)
        + " \"${SLURM_SUBMIT_DIR:-.}\" \"$(dirname \"$0\")\"; do\n"
          "    if [ -f \"$dir/config.json\" ]; then cd \"$dir\"; break; fi\n"
          "  done\n"
          "fi\n"
          "if [ ! -f config.json ] || [ ! -f runs/sweep.json ]; then\n"
          "  echo \"aclwb: $PWD is not the sweep's job folder (no config.json and runs/sweep.json): submit with "
          "./submit.sh, or sbatch --chdir=JOB_FOLDER sweep.sbatch\" >&2\n"
          "  exit 2\n"
          "fi\n"
          "mkdir -p logs\n"
          ": \"${SLURM_ARRAY_TASK_ID:?run with sbatch, or set SLURM_ARRAY_TASK_ID to a task index}\"\n"
          "cli=\"${ACLWB_CLI:-aclwb-cli}\"\n"
          "if ! command -v \"$cli\" >/dev/null 2>&1; then\n"
          "  echo \"aclwb: $cli is not installed on $(hostname): install aclwb-cli or set ACLWB_CLI\" >&2\n"
          "  exit 2\n"
          "fi\n";
    // The data path comes from the user's config: quoted as one word, never inside double quotes.
    s += "data=" + shellQuote(config.dataDir.empty() ? "the dataset's default" : config.dataDir) + "\n";
    s += "echo \"aclwb: task $SLURM_ARRAY_TASK_ID of job ${SLURM_ARRAY_JOB_ID:-local} on $(hostname) in $PWD; "
         "$(\"$cli\" --version); data $data; GPUs ${CUDA_VISIBLE_DEVICES:-none}\"\n";
    if (!config.dataDir.empty()) {
        s += "if [ ! -e \"$data\" ]; then\n  echo \"aclwb: the data folder $data does not exist on $(hostname) (export "
             "with --slurm-data-dir DIR to name where the nodes see it)\" >&2\n  exit 2\nfi\n";
    }
    s += "exec \"$cli\" sweep --config config.json" + grid + " --out runs --index \"$SLURM_ARRAY_TASK_ID\" --count "
        + std::to_string(tasks) + " --jobs " + std::to_string(parallel) + (o.gpusPerTask > 0 ? " --gpus auto" : "")
        + "\n";
    return s;
}

SlurmExportReport exportSlurmJob(const SweepPlan& plan, const std::string& folder, const SlurmOptions& options)
{
    std::error_code ec;
    // Only a new or empty folder, or an earlier export (which has sweep.sbatch), is written into: a user's own
    // config.json must not be replaced by the cluster's.
    if (fs::exists(folder, ec)) {
        if (!fs::is_directory(folder, ec)) {
            throw InputError("invalid --slurm " + folder + ": it exists and is not a directory");
        }
        if (!fs::is_empty(folder, ec) && !fs::exists(fs::path(folder) / "sweep.sbatch", ec)) {
            throw InputError("invalid --slurm " + folder
                             + ": the folder holds other files and is not an earlier Slurm export; choose a new or "
                               "empty folder");
        }
    }
    const std::string absolute = fs::absolute(folder, ec).lexically_normal().string();
    const std::string script = slurmScript(plan, options, absolute);
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
    // sbatch opens --output=logs/... before the script runs: the folder must exist already, and a copy (git, rsync
    // of files) must not lose it, hence a file in it.
    fs::create_directories(fs::path(folder) / "logs", ec);
    writeFileAtomically((fs::path(folder) / "logs" / ".keep").string(),
                        "Slurm writes each task's log here (sweep.sbatch: --output=logs/...).\n");
    writeFileAtomically((fs::path(folder) / "sweep.sbatch").string(), script);
    writeFileAtomically((fs::path(folder) / "submit.sh").string(),
                        "#!/bin/bash\n"
                        "# Submits sweep.sbatch from wherever this folder now is: --chdir on the command line overrides\n"
                        "# the folder the export wrote into the script. Extra arguments go to sbatch.\n"
                        "set -euo pipefail\n"
                        "cd \"$(dirname \"$0\")\"\n"
                        "mkdir -p logs\n"
                        "exec sbatch --chdir=\"$PWD\" \"$@\" sweep.sbatch\n");
    for (const char* name : { "sweep.sbatch", "submit.sh" }) {
        fs::permissions(fs::path(folder) / name, fs::perms::owner_exec | fs::perms::group_exec, fs::perm_options::add,
                        ec);
    }
    SlurmExportReport report;
    report.tasks = taskCount(plan, options);
    report.timeLimit = describeSlurmTime(slurmTimeSeconds(options.time));
    if (options.tasks > report.tasks) {
        report.notes.push_back(std::to_string(options.tasks) + " tasks asked for, but the sweep has only "
                               + std::to_string(plan.points().size()) + " runs: " + std::to_string(report.tasks)
                               + " tasks, one run each");
    }
    report.notes.push_back("time limit per task: " + options.time + " = " + report.timeLimit);
    const std::string chdir = options.clusterDir.empty() ? absolute : options.clusterDir;
    report.notes.push_back("the job runs in " + chdir + " (#SBATCH --chdir)"
                           + (options.clusterDir.empty()
                                  ? ": if the folder will be elsewhere on the cluster, submit it there with its "
                                    "submit.sh (or export with --slurm-chdir DIR)"
                                  : ""));
    if (options.gpusPerTask > 1) {
        report.notes.push_back(std::to_string(options.gpusPerTask) + " GPUs per task: " + std::to_string(options.gpusPerTask)
                               + " runs at a time, each on its own GPU, " + std::to_string(config.threads)
                               + " CPU threads each");
    }
    const std::vector<std::string> paths = pathNotes(config, options);
    report.notes.insert(report.notes.end(), paths.begin(), paths.end());
    std::string readme = "ACL Workbench sweep for Slurm: " + std::to_string(plan.points().size()) + " runs, "
        + std::to_string(report.tasks) + " array tasks, time limit " + report.timeLimit
        + " per task.\n\n"
          "1. Copy this folder to the cluster (aclwb-cli must be installed there, or set ACLWB_CLI to its path).\n"
          "2. Run ./submit.sh there (it submits sweep.sbatch with --chdir set to wherever the folder is; plain\n"
          "   `sbatch sweep.sbatch` works from inside the folder).\n"
          "3. Each task's log is logs/<job>-<array job>_<task>.out; each run's own log is runs/<point>/train.log.\n"
          "4. Copy runs/ back into your workspace and open it in the workbench (Sweeps > Open sweep): the heat map\n"
          "   reads it like a local sweep.\n\n"
          "Test one task locally first: SLURM_ARRAY_TASK_ID=0 bash sweep.sbatch\n";
    if (!paths.empty()) {
        readme += "\nCheck before submitting:\n";
        for (const std::string& n : paths) {
            readme += "- " + n + "\n";
        }
    }
    writeFileAtomically((fs::path(folder) / "README.txt").string(), readme);
    return report;
}

} // namespace aclwb
