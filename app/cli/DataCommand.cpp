// SPDX-License-Identifier: MIT
#include "DataCommand.h"

#include "ArgumentChecks.h"
#include "CliSupport.h"
#include "ConfigFlags.h"
#include "data/ImbalancedDataset.h"
#include "train/ConfigSchema.h"
#include "train/ExperimentSetup.h"
#include "util/Threads.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <iostream>
#include <memory>

namespace aclwb::cli {
namespace {

struct DataSettings {
    ConfigFlags data; // the data keys of a run config, the same flags as train's
    int threads = 0;
};

/// The config keys `data` takes: every key of the schema's Data group, and the seed that selects the samples.
std::vector<std::string> dataKeys()
{
    std::vector<std::string> keys;
    for (const ConfigKey& key : configSchema()) {
        if (key.group == "Data") {
            keys.push_back(key.name);
        }
    }
    keys.push_back("seed");
    return keys;
}

void runData(DataSettings& s)
{
    const int threads = configureThreads(s.threads);
    TrainConfig config;
    s.data.applyTo(config);
    validate(config);
    const ImbalanceOptions imbalance = imbalanceOptionsFor(config);
    validate(imbalance);
    const auto start = std::chrono::steady_clock::now();
    const DatasetSplits splits = loadDataset(datasetSourceFor(config));
    const double loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const ImbalancedDataset experiment = buildImbalancedDataset(splits, imbalance);
    for (const std::string& warning : splits.warnings) {
        std::cerr << "aclwb-cli: warning: " << warning << std::endl;
    }

    nlohmann::json out;
    out["dataset"] = experiment.datasetName;
    out["class_names"] = experiment.classNames;
    out["source_classes"] = experiment.sourceClasses;
    out["selected_train_class_counts"] = experiment.selectedTrainCounts;
    out["train_class_counts"] = experiment.train.classCounts;
    out["val_class_counts"] = experiment.validation.classCounts;
    out["test_class_counts"] = experiment.test.classCounts;
    out["official_validation"] = experiment.officialValidation;
    out["official_test"] = experiment.officialTest;
    out["image_shape"] = experiment.imageShape;
    out["fingerprint"] = experiment.fingerprint;
    out["seed"] = imbalance.seed;
    out["imbalance_ratio"] = imbalance.ratio;
    out["profile"] = toString(imbalance.profile);
    out["test"] = toString(imbalance.test);
    out["from_cache"] = splits.fromCache;
    out["load_seconds"] = loadSeconds;
    out["warnings"] = splits.warnings;
    out["threads"] = threads;
    printJson(out);
}

} // namespace

void registerDataCommand(CLI::App& app)
{
    auto settings = std::make_shared<DataSettings>();
    CLI::App* cmd = app.add_subcommand("data", "Load a dataset, build the imbalanced experiment, report class counts");
    settings->data.addTo(*cmd, dataKeys());
    addNumberOption(*cmd, "--threads", settings->threads, "CPU threads for decoding (0 = one per hardware thread)");
    cmd->callback([settings] { runData(*settings); });
}

} // namespace aclwb::cli
