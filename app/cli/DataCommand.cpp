// SPDX-License-Identifier: MIT
#include "DataCommand.h"

#include "CliSupport.h"
#include "DataOptions.h"
#include "data/ImbalancedDataset.h"
#include "util/Threads.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <iostream>
#include <memory>

namespace aclwb::cli {
namespace {

struct DataSettings {
    DataOptions data;
    int threads = 0;
};

void runData(DataSettings& s)
{
    const int threads = configureThreads(s.threads);
    s.data.resolve();
    const auto start = std::chrono::steady_clock::now();
    const DatasetSplits splits = loadDataset(s.data.source);
    const double loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const ImbalancedDataset experiment = buildImbalancedDataset(splits, s.data.imbalance);
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
    out["seed"] = s.data.imbalance.seed;
    out["imbalance_ratio"] = s.data.imbalance.ratio;
    out["profile"] = toString(s.data.imbalance.profile);
    out["test"] = toString(s.data.imbalance.test);
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
    settings->data.addTo(*cmd);
    cmd->add_option("--threads", settings->threads, "CPU threads for decoding (0 = one per hardware thread)")
        ->capture_default_str();
    cmd->callback([settings] { runData(*settings); });
}

} // namespace aclwb::cli
