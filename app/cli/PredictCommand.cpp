// SPDX-License-Identifier: MIT
#include "PredictCommand.h"

#include "ArgumentChecks.h"
#include "CliSupport.h"
#include "ConfigFlags.h"
#include "data/ImageDecoder.h"
#include "io/AtomicFile.h"
#include "io/RegularFile.h"
#include "metrics/ClassificationMetrics.h"
#include "model/ContrastiveNet.h"
#include "run/RunModel.h"
#include "train/ExperimentSetup.h"
#include "train/RunExport.h"
#include "util/DeviceSelection.h"
#include "util/InputError.h"
#include "util/Threads.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

namespace aclwb::cli {
namespace fs = std::filesystem;
namespace {

struct PredictSettings {
    std::string model;
    std::vector<std::string> images;
    std::string out;
    std::string format = "csv";
    std::string device = "cpu";
    int threads = 0;
    ConfigFlags data; // overrides of the run's data keys (e.g. --test balanced)
};

/// Files -> float [N, C, H, W] in [0, 1] shaped like the run's images (grey when the model takes one channel).
at::Tensor loadImages(const std::vector<std::string>& paths, const std::vector<int64_t>& shape)
{
    DecodeOptions options;
    options.side = shape.at(1);
    options.cacheDir = "none";
    const DecodedImages decoded = decodeImages(paths, options);
    at::Tensor images = decoded.images.to(torch::kFloat).div_(255.0);
    if (shape.at(0) == 1) {
        images = images.mean(1, /*keepdim=*/true);
    }
    return images;
}

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (const std::string& name : names) {
        text += (text.empty() ? "" : ", ") + name;
    }
    return text;
}

void runPredict(PredictSettings& s)
{
    const int threads = configureThreads(s.threads);
    if (s.format != "csv" && s.format != "json") {
        throw InputError("invalid parameter format = " + s.format + ": expected csv or json");
    }
    if (!s.out.empty()) {
        refuseDanglingSymlink(s.out, "--out");
    }
    // Before the model loads: a directory would fail deep in the decoder, and a FIFO would block it forever.
    for (const std::string& image : s.images) {
        requireRegularFile(image, "--images");
    }
    const c10::Device device = parseDevice(s.device);
    RunModel run = loadRunModel(s.model, device);
    TrainConfig config = run.config;
    s.data.applyTo(config);
    const std::vector<std::string>& classNames = run.classNames;
    const std::vector<int64_t>& shape = run.imageShape;
    ContrastiveNet& model = run.model;

    at::Tensor images;
    at::Tensor labels;
    std::vector<std::string> names;
    if (!s.images.empty()) {
        images = loadImages(s.images, shape);
        names = s.images;
    } else {
        const ImbalancedDataset data = loadExperimentData(config, nullptr);
        images = data.test.gatherImages(torch::arange(data.test.size()));
        // The data's classes are matched to the model's by name, so --classes 6,0 on a model of 0,6 scores each
        // image against its own class, and classes the model never saw (or another dataset's) are refused.
        std::vector<int64_t> modelIndex;
        for (const std::string& name : data.classNames) {
            const auto found = std::find(classNames.begin(), classNames.end(), name);
            if (found == classNames.end()) {
                throw InputError("the data's class '" + name + "' is not one of the model's classes ("
                                 + joined(classNames) + ") in " + s.model + "; check --classes and --dataset");
            }
            modelIndex.push_back(found - classNames.begin());
        }
        labels = torch::tensor(modelIndex, torch::kLong).index({ data.test.labels });
    }
    at::Tensor logits;
    {
        torch::NoGradGuard noGrad;
        std::vector<at::Tensor> parts;
        for (int64_t start = 0; start < images.size(0); start += 512) {
            parts.push_back(
                model->forward(images.narrow(0, start, std::min<int64_t>(512, images.size(0) - start)).to(device)));
        }
        logits = torch::cat(parts).to(torch::kCPU, torch::kDouble);
    }
    const at::Tensor predicted = logits.argmax(1);

    nlohmann::json rows = nlohmann::json::array();
    std::string csv = "index,image,true_label,predicted,predicted_name";
    for (size_t c = 0; c < classNames.size(); ++c) {
        csv += ",logit_" + std::to_string(c);
    }
    csv += "\n";
    for (int64_t i = 0; i < logits.size(0); ++i) {
        const int64_t p = predicted[i].item<int64_t>();
        const std::string image = names.empty() ? "" : names[static_cast<size_t>(i)];
        const std::string truth = labels.defined() ? std::to_string(labels[i].item<int64_t>()) : "";
        std::vector<double> l(logits[i].data_ptr<double>(), logits[i].data_ptr<double>() + logits.size(1));
        csv += std::to_string(i) + "," + image + "," + truth + "," + std::to_string(p) + ","
            + classNames[static_cast<size_t>(p)];
        char buffer[32];
        for (double v : l) {
            std::snprintf(buffer, sizeof buffer, ",%.9g", v);
            csv += buffer;
        }
        csv += "\n";
        nlohmann::json row { { "index", i },
                             { "predicted", p },
                             { "predicted_name", classNames[static_cast<size_t>(p)] },
                             { "logits", l } };
        if (!image.empty()) {
            row["image"] = image;
        }
        if (labels.defined()) {
            row["true_label"] = labels[i].item<int64_t>();
        }
        rows.push_back(row);
    }
    nlohmann::json summary { { "n", logits.size(0) }, { "class_names", classNames }, { "threads", threads } };
    if (labels.defined()) {
        summary["metrics"] = computeMetrics(logits, labels);
    }
    const std::string predictions = s.format == "csv" ? csv : nlohmann::json { { "predictions", rows } }.dump() + "\n";
    if (s.out.empty()) {
        std::cout << predictions;
        if (s.format == "json") {
            return;
        }
        std::cerr << summary.dump() << std::endl;
        return;
    }
    writeFileAtomically(s.out, predictions);
    summary["out"] = s.out;
    printJson(summary);
}

} // namespace

void registerPredictCommand(CLI::App& app)
{
    auto settings = std::make_shared<PredictSettings>();
    CLI::App* cmd = app.add_subcommand("predict", "Classify images with a finished run's model");
    cmd->add_option("--model", settings->model, "Run directory of a finished run (config.json, results.json, model.pt)")
        ->required();
    cmd->add_option("--images", settings->images, "Image files to classify (default: the run's test set)");
    // The run's data keys can be overridden, e.g. --test balanced to score on the untouched test set.
    settings->data.addTo(*cmd,
                         { "dataset", "data_dir", "classes", "imbalance_ratio", "profile", "max_per_class", "test",
                           "val_fraction", "image_size", "skip_unreadable", "cache_dir", "seed" });
    cmd->add_option("--out", settings->out, "Write predictions here (stdout then gets a JSON summary)");
    cmd->add_option("--format", settings->format, "csv or json")->capture_default_str();
    cmd->add_option("--device", settings->device, "cpu, cuda, cuda:N or auto")->capture_default_str();
    addNumberOption(*cmd, "--threads", settings->threads, "CPU threads (0 = one per hardware thread)", 0, 4096);
    cmd->callback([settings] { runPredict(*settings); });
}

} // namespace aclwb::cli
