// SPDX-License-Identifier: MIT
#include "SweepCommand.h"

#include "CliSupport.h"
#include "ConfigFlags.h"
#include "io/AtomicFile.h"
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
};

struct Axis {
    std::string key;
    std::vector<std::string> values;
};

struct Point {
    std::string name;
    std::vector<std::pair<std::string, std::string>> settings;
};

std::vector<Axis> parseGrids(const SweepSettings& s, const nlohmann::json& base)
{
    std::vector<Axis> axes;
    for (const std::string& grid : s.grids) {
        const auto eq = grid.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == grid.size()) {
            throw InputError("invalid --grid '" + grid + "': expected key=v1,v2,...");
        }
        Axis axis { grid.substr(0, eq), {} };
        std::replace(axis.key.begin(), axis.key.end(), '-', '_');
        if (!base.contains(axis.key)) {
            throw InputError("invalid --grid '" + grid + "': unknown config key '" + axis.key + "'");
        }
        std::stringstream values(grid.substr(eq + 1));
        std::string v;
        while (std::getline(values, v, ',')) {
            axis.values.push_back(v);
        }
        axes.push_back(axis);
    }
    if (!s.seeds.empty()) {
        axes.push_back({ "seed", s.seeds });
    }
    // A key twice would make two columns for one setting (and the later one would win); a value twice would
    // make two points with the same directory.
    for (size_t a = 0; a < axes.size(); ++a) {
        for (size_t b = 0; b < a; ++b) {
            if (axes[a].key == axes[b].key) {
                throw InputError("'" + axes[a].key + "' is swept twice (two --grid " + axes[a].key
                                 + (axes[a].key == "seed" ? " or --grid seed with --seeds" : "")
                                 + "); give all its values in one list");
            }
        }
        std::vector<std::string> sorted = axes[a].values;
        std::sort(sorted.begin(), sorted.end());
        const auto repeated = std::adjacent_find(sorted.begin(), sorted.end());
        if (repeated != sorted.end()) {
            throw InputError("value '" + *repeated + "' is listed twice for '" + axes[a].key + "'");
        }
    }
    if (axes.empty()) {
        throw InputError("nothing to sweep: give --grid key=v1,v2,... and/or --seeds (for one run use train)");
    }
    return axes;
}

std::vector<Point> cartesian(const std::vector<Axis>& axes)
{
    std::vector<Point> points { Point {} };
    for (const Axis& axis : axes) {
        std::vector<Point> next;
        for (const Point& p : points) {
            for (const std::string& v : axis.values) {
                Point q = p;
                q.name += (q.name.empty() ? "" : "_") + axis.key + "=" + v;
                q.settings.emplace_back(axis.key, v);
                next.push_back(q);
            }
        }
        points = next;
    }
    return points;
}

/// A point is finished when its run wrote results.json (written last, after model.pt) and model.pt is there;
/// anything less (a run killed while exporting, a file removed) is resumed, never skipped.
bool pointFinished(const fs::path& dir)
{
    std::error_code ec;
    return fs::is_regular_file(dir / "results.json", ec) && fs::is_regular_file(dir / "model.pt", ec);
}

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

void writeSweepCsv(const SweepSettings& s, const std::vector<Point>& points, const std::vector<Axis>& axes)
{
    std::string csv = "run,status";
    for (const Axis& axis : axes) {
        csv += "," + axis.key;
    }
    csv += ",test_accuracy,test_balanced_accuracy,test_macro_f1,test_roc_auc,per_class_accuracy,seconds\n";
    for (const Point& p : points) {
        std::string status = "pending";
        std::string metrics = ",,,,,";
        std::error_code ec;
        if (pointFinished(fs::path(s.out) / p.name)) {
            std::ifstream in(fs::path(s.out) / p.name / "results.json");
            const nlohmann::json r = nlohmann::json::parse(in, nullptr, false);
            if (!r.is_discarded() && r.contains("test")) {
                status = "done";
                const auto& t = r.at("test");
                std::string perClass;
                for (const auto& a : t.at("per_class_accuracy")) {
                    perClass += (perClass.empty() ? "" : ";") + a.dump();
                }
                metrics = t.at("accuracy").dump() + "," + t.at("balanced_accuracy").dump() + ","
                    + t.at("macro_f1").dump() + "," + (t.contains("roc_auc") ? t.at("roc_auc").dump() : "") + ","
                    + perClass + "," + r.at("seconds").dump();
            }
        } else if (fs::exists(fs::path(s.out) / p.name / "failed", ec)) {
            status = "failed";
        }
        csv += p.name + "," + status;
        for (const auto& [key, value] : p.settings) {
            csv += "," + value;
        }
        csv += "," + metrics + "\n";
    }
    writeFileAtomically((fs::path(s.out) / "sweep.csv").string(), csv);
}

void runSweep(const SweepSettings& s)
{
    if (s.count < 1 || s.index < 0 || s.index >= s.count) {
        throw InputError("invalid --index/--count: need 0 <= index < count");
    }
    if (s.jobs < 1 || s.jobs > 256) {
        throw InputError("invalid parameter jobs = " + std::to_string(s.jobs) + ": must be in [1, 256]");
    }
    std::error_code ec;
    if (fs::exists(s.out, ec) && !fs::is_directory(s.out, ec)) {
        throw InputError("invalid --out " + s.out + ": it exists and is not a directory");
    }
    nlohmann::json base = readJsonFileStrict(s.config);
    TrainConfig defaults;
    from_json(base, defaults);
    base = defaults;
    const std::vector<Axis> axes = parseGrids(s, base);
    const std::vector<Point> points = cartesian(axes);
    // Validate every point before starting any run: a typo should not surface after hours.
    std::vector<nlohmann::json> configs;
    for (const Point& p : points) {
        nlohmann::json j = base;
        for (const auto& [key, value] : p.settings) {
            if (base.at(key).is_array()) {
                throw InputError("--grid over '" + key + "' is not supported (a list-valued key)");
            }
            j[key] = parseConfigValue(key, value, "--grid " + key);
        }
        TrainConfig c;
        from_json(j, c);
        try {
            validate(c);
        } catch (const InputError& e) {
            throw InputError("grid point " + p.name + ": " + e.what());
        }
        configs.push_back(j);
    }
    fs::create_directories(s.out, ec);
    if (!fs::is_directory(s.out, ec)) {
        throw InputError("cannot create sweep directory " + s.out);
    }
    int failures = 0;
    int started = 0;
    std::map<pid_t, std::string> running;
    auto reap = [&](bool block) {
        int status = 0;
        const pid_t pid = waitpid(-1, &status, block ? 0 : WNOHANG);
        if (pid <= 0) {
            return;
        }
        const std::string dir = running[pid];
        running.erase(pid);
        const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        std::fprintf(stderr, "aclwb-cli: sweep: %s %s\n", dir.c_str(), ok ? "done" : "FAILED (see train.log)");
        if (!ok) {
            ++failures;
            writeFileAtomically((fs::path(dir) / "failed").string(), "exit status " + std::to_string(status) + "\n");
        }
    };
    for (size_t k = 0; k < points.size(); ++k) {
        if (static_cast<int>(k % static_cast<size_t>(s.count)) != s.index) {
            continue;
        }
        const std::string dir = (fs::path(s.out) / points[k].name).string();
        if (pointFinished(dir)) {
            std::fprintf(stderr, "aclwb-cli: sweep: %s already finished, skipped\n", dir.c_str());
            continue;
        }
        fs::create_directories(dir, ec);
        fs::remove(fs::path(dir) / "failed", ec);
        if (!fs::exists(fs::path(dir) / "config.json", ec)) {
            writeFileAtomically((fs::path(dir) / "config.json").string(), configs[k].dump(2) + "\n");
        }
        while (static_cast<int>(running.size()) >= s.jobs) {
            reap(true);
        }
        running[startRun(dir)] = dir;
        ++started;
    }
    while (!running.empty()) {
        reap(true);
    }
    writeSweepCsv(s, points, axes);
    printJson({ { "points", points.size() },
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
    cmd->add_option("--out", settings->out, "Sweep directory (one sub-directory per point)")->required();
    cmd->add_option("--jobs", settings->jobs, "Runs at a time")->capture_default_str();
    cmd->add_option("--index", settings->index, "This slice's index (with --count; e.g. $SLURM_ARRAY_TASK_ID)")
        ->capture_default_str();
    cmd->add_option("--count", settings->count, "Number of slices the grid is shared between")->capture_default_str();
    cmd->callback([settings] { runSweep(*settings); });
}

} // namespace aclwb::cli
