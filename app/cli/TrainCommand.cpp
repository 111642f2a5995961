// SPDX-License-Identifier: MIT
#include "TrainCommand.h"

#include "CliSupport.h"
#include "ConfigFlags.h"
#include "ConsoleProgress.h"
#include "io/AtomicFile.h"
#include "loss/LossVariant.h"
#include "run/RunHolder.h"
#include "run/TrainingRun.h"
#include "train/ConfigSchema.h"
#include "train/ExperimentSetup.h"
#include "train/RunExport.h"
#include "train/Trainer.h"
#include "util/DeviceSelection.h"
#include "util/ErrorText.h"
#include "util/InputError.h"
#include "util/RunControl.h"
#include "util/Threads.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

namespace aclwb::cli {
namespace fs = std::filesystem;
namespace {

RunControl* g_control = nullptr;

extern "C" void onInterrupt(int)
{
    if (g_control != nullptr) {
        g_control->cancelFromSignalHandler();
    }
}

/// Sends this process's stdout and stderr to the end of `path`, after a header naming the attempt.
void appendOutputTo(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) {
        throw InputError("cannot open the log " + path + ": " + std::strerror(errno));
    }
    const std::time_t now = std::time(nullptr);
    char when[32];
    std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", std::localtime(&now));
    const char* gpus = std::getenv("CUDA_VISIBLE_DEVICES");
    const std::string header = "\n=== aclwb-cli train: attempt started " + std::string(when) + " on " + currentHostName()
        + " (pid " + std::to_string(::getpid()) + ")"
        + (gpus != nullptr ? ", CUDA_VISIBLE_DEVICES=" + std::string(gpus) : std::string()) + " ===\n";
    std::fflush(stdout);
    std::fflush(stderr);
    if (::write(fd, header.data(), header.size()) < 0 || ::dup2(fd, STDOUT_FILENO) < 0 || ::dup2(fd, STDERR_FILENO) < 0) {
        const int error = errno;
        ::close(fd);
        throw InputError("cannot write the log " + path + ": " + std::strerror(error));
    }
    ::close(fd);
}

struct TrainSettings {
    std::string configPath;
    std::string preset;
    std::string out;
    std::string resume;
    bool intoExisting = false;
    std::string log; // append stdout and stderr here once the run holds its folder (aclwb-cli sweep's train.log)
    ConfigFlags flags;
};

TrainConfig assembleConfig(const TrainSettings& s)
{
    TrainConfig config;
    if (!s.preset.empty()) {
        applyPreset(config, s.preset);
    }
    std::string path = s.configPath;
    if (path.empty() && !s.resume.empty()) {
        path = (fs::path(s.resume) / "config.json").string();
    }
    if (!path.empty()) {
        try {
            from_json(readJsonFileStrict(path), config);
        } catch (const InputError& e) {
            const std::string what = e.what();
            // Name the file when the message does not already.
            throw InputError(what.find(path) == std::string::npos ? path + ": " + what : what);
        }
    }
    s.flags.applyTo(config);
    validate(config);
    return config;
}

void printSummary(const ImbalancedDataset& data, const TrainingResult& result)
{
    std::fprintf(stderr, "\n%-20s %8s %8s %10s\n", "class", "train", "test", "accuracy");
    for (size_t k = 0; k < data.classNames.size(); ++k) {
        std::fprintf(stderr, "%-20s %8lld %8lld %10.4f\n", data.classNames[k].c_str(),
                     static_cast<long long>(data.train.classCounts[k]),
                     static_cast<long long>(data.test.classCounts[k]), result.test.perClassAccuracy.at(k));
    }
    std::fprintf(stderr, "accuracy %.4f   balanced accuracy %.4f   macro-F1 %.4f", result.test.accuracy,
                 result.test.balancedAccuracy, result.test.macroF1);
    if (result.test.rocAuc) {
        std::fprintf(stderr, "   ROC AUC %.4f", *result.test.rocAuc);
    }
    std::fprintf(stderr, "\n");
}

void runTrain(TrainSettings& s)
{
    const bool resume = !s.resume.empty();
    const std::string out = resume ? s.resume : s.out;
    if (out.empty()) {
        throw InputError("--out DIR is required (or --resume DIR to continue a run)");
    }
    if (resume && !s.out.empty() && fs::path(s.out) != fs::path(s.resume)) {
        throw InputError("--out and --resume name different directories");
    }
    const TrainConfig config = assembleConfig(s);
    configureThreads(static_cast<int>(config.threads));
    TrainingRun run(config, out, resume);
    run.setAllowForeignFolder(s.intoExisting);
    if (!s.log.empty()) {
        // Opened only under the run's lock: a run refused because another process holds the folder must not write
        // into that process's log. Each attempt appends a header, so a resubmitted task keeps the earlier log.
        run.setOnLocked([log = s.log] { appendOutputTo(log); });
    }
    ConsoleProgress progress(out);
    RunControl control;
    run.setObserver(&progress);
    run.setRunControl(&control);
    g_control = &control;
    auto previous = std::signal(SIGINT, onInterrupt);
    RunOutcome outcome = RunOutcome::Failed;
    try {
        outcome = run.execute();
    } catch (...) {
        std::signal(SIGINT, previous);
        g_control = nullptr;
        throw;
    }
    std::signal(SIGINT, previous);
    g_control = nullptr;
    if (outcome == RunOutcome::Cancelled) {
        std::exit(kExitCancelled);
    }
    const TrainingResult& result = run.result();
    printSummary(run.trainer()->data(), result);
    printJson({ { "out", out },
                { "test_accuracy", result.test.accuracy },
                { "test_balanced_accuracy", result.test.balancedAccuracy },
                { "test_macro_f1", result.test.macroF1 },
                { "per_class_accuracy", result.test.perClassAccuracy },
                { "seconds", result.seconds },
                { "images_per_second", result.imagesPerSecond },
                { "threads", currentThreads() },
                { "device", parseDevice(config.device).str() } });
}

} // namespace

void registerTrainCommand(CLI::App& app)
{
    auto settings = std::make_shared<TrainSettings>();
    CLI::App* cmd = app.add_subcommand("train", "Train a model (two-stage contrastive, or a cross-entropy baseline)");
    cmd->add_option("--config", settings->configPath, "Start from this run config (JSON, e.g. a run's config.json)");
    cmd->add_option("--preset", settings->preset, "study, paper or supcon (applied first; config and flags override)");
    cmd->add_option("--out", settings->out, "Run directory: checkpoints, results.json, metrics.csv, model.pt, ...");
    cmd->add_option("--resume", settings->resume, "Continue the run in this directory from its last checkpoint");
    cmd->add_option("--log", settings->log,
                    "Append output to this file once the run holds its folder (with a header per attempt)");
    cmd->add_flag("--into-existing", settings->intoExisting,
                  "Write the run into an existing folder that holds other files (refused without this flag)");
    settings->flags.addTo(*cmd);
    cmd->callback([settings] { runTrain(*settings); });
}

} // namespace aclwb::cli
