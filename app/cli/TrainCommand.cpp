// SPDX-License-Identifier: MIT
#include "TrainCommand.h"

#include "CliSupport.h"
#include "ConfigFlags.h"
#include "ConsoleProgress.h"
#include "loss/LossVariant.h"
#include "io/AtomicFile.h"
#include "train/ConfigSchema.h"
#include "train/ExperimentSetup.h"
#include "train/RunExport.h"
#include "train/Trainer.h"
#include "util/DeviceSelection.h"
#include "util/ErrorText.h"
#include "util/InputError.h"
#include "util/Threads.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

namespace aclwb::cli {
namespace fs = std::filesystem;
namespace {

std::atomic<bool> g_interrupted { false };

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

struct TrainSettings {
    std::string configPath;
    std::string preset;
    std::string out;
    std::string resume;
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

void trainAndExport(const std::string& out, bool resume, const TrainConfig& config, ImbalancedDataset data,
                    const c10::Device& device, int threads);

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
    TrainConfig config = assembleConfig(s);
    std::error_code ec;
    if (!resume
        && (fs::exists(fs::path(out) / "checkpoint.pt", ec) || fs::exists(fs::path(out) / "results.json", ec))) {
        throw InputError(out + " already holds a run; pass --resume " + out
                         + " to continue it or choose another --out");
    }
    fs::create_directories(out, ec);
    if (!fs::is_directory(out, ec)) {
        throw InputError("cannot create output directory " + out);
    }
    const int threads = configureThreads(static_cast<int>(config.threads));
    const c10::Device device = parseDevice(config.device);
    std::vector<std::string> warnings;
    ImbalancedDataset data = loadExperimentData(config, &warnings);
    for (const std::string& w : warnings) {
        std::cerr << "aclwb-cli: warning: " << w << std::endl;
    }
    std::string lossText = config.loss;
    if (config.isContrastive()) {
        // Say which member of the family the parameters make it (afcl with gamma = eta = 0 is plain cl).
        const std::string variant = toString(classifyVariant(config.gamma, config.eta));
        char parameters[96];
        std::snprintf(parameters, sizeof parameters, " (gamma %g, eta %g, tau %g%s%s)", config.gamma, config.eta,
                      config.temperature, variant != config.loss ? ": effectively " : "",
                      variant != config.loss ? variant.c_str() : "");
        lossText += parameters;
    }
    std::fprintf(stderr, "aclwb-cli: %s on %s (%s), %lld train / %lld val / %lld test images, %d threads, device %s\n",
                 lossText.c_str(), data.datasetName.c_str(), data.fingerprint.c_str(),
                 static_cast<long long>(data.train.size()), static_cast<long long>(data.validation.size()),
                 static_cast<long long>(data.test.size()), threads, device.str().c_str());
    writeRunConfig(out, config);
    const fs::path failedMarker = fs::path(out) / "failed";
    fs::remove(failedMarker, ec);
    try {
        trainAndExport(out, resume, config, std::move(data), device, threads);
    } catch (const std::exception& e) {
        // The directory stays, marked: `runs` lists it as failed with the reason, and nothing is half-written.
        const std::string reason = describeException(e);
        try {
            writeFileAtomically(failedMarker.string(), reason + "\n");
        } catch (const std::exception&) { }
        throw;
    }
}

void trainAndExport(const std::string& out, bool resume, const TrainConfig& config, ImbalancedDataset data,
                    const c10::Device& device, int threads)
{
    Trainer trainer(config, std::move(data), device);
    ConsoleProgress progress;
    trainer.setObserver(&progress);
    g_interrupted.store(false);
    trainer.setCancelFlag(&g_interrupted);
    auto previous = std::signal(SIGINT, onInterrupt);
    const TrainingResult result = trainer.run(out, resume);
    std::signal(SIGINT, previous);
    if (result.cancelled) {
        std::error_code ec;
        if (fs::exists(fs::path(out) / "checkpoint.pt", ec)) {
            std::cerr << "aclwb-cli: interrupted; the last completed epoch is checkpointed: resume with --resume "
                      << out << std::endl;
        } else {
            std::cerr << "aclwb-cli: interrupted before the first epoch completed; nothing is checkpointed ("
                      << out << " holds only config.json; --resume " << out << " starts it from the beginning)"
                      << std::endl;
        }
        std::exit(130);
    }
    exportRun(out, trainer, result, threads);
    printSummary(trainer.data(), result);
    printJson({ { "out", out },
                { "test_accuracy", result.test.accuracy },
                { "test_balanced_accuracy", result.test.balancedAccuracy },
                { "test_macro_f1", result.test.macroF1 },
                { "per_class_accuracy", result.test.perClassAccuracy },
                { "seconds", result.seconds },
                { "images_per_second", result.imagesPerSecond },
                { "threads", threads },
                { "device", device.str() } });
}

} // namespace

void registerTrainCommand(CLI::App& app)
{
    auto settings = std::make_shared<TrainSettings>();
    CLI::App* cmd = app.add_subcommand("train", "Train a model (two-stage contrastive, or a cross-entropy baseline)");
    cmd->add_option("--config", settings->configPath, "Start from this run config (JSON, e.g. a run's config.json)");
    cmd->add_option("--preset", settings->preset, "paper or supcon (applied first; config and flags override)");
    cmd->add_option("--out", settings->out, "Run directory: checkpoints, results.json, metrics.csv, model.pt, ...");
    cmd->add_option("--resume", settings->resume, "Continue the run in this directory from its last checkpoint");
    settings->flags.addTo(*cmd);
    cmd->callback([settings] { runTrain(*settings); });
}

} // namespace aclwb::cli
