// SPDX-License-Identifier: MIT
#include "run/ModelCard.h"

#include "aclwb/Version.h"
#include "io/AtomicFile.h"
#include "loss/LossVariant.h"
#include "run/RunDirectory.h"
#include "train/ConfigSchema.h"
#include "util/InputError.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

std::string fixed4(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", v);
    return buffer;
}

} // namespace

ModelCardPaths modelCardPaths(const std::string& modelPath)
{
    fs::path base(modelPath);
    base.replace_extension();
    return { base.string() + ".card.json", base.string() + ".card.md" };
}

ModelCardPaths writeModelCard(const std::string& runDir, const std::string& modelPath, const std::string& format,
                              bool withProjection)
{
    const RunSummary s = readRunSummary(runDir);
    const RunListing& r = s.listing;
    if (r.status != RunStatus::Finished || !r.config || !r.test) {
        throw InputError(runDir + " is not a finished run (" + statusName(r.status)
                         + (r.reason.empty() ? "" : ": " + r.reason) + "); a model card needs its test results");
    }
    const nlohmann::json results = readJsonFileStrict((fs::path(runDir) / "results.json").string());
    const TrainConfig& c = *r.config;
    const ClassificationMetrics& test = *r.test;
    const std::string loss = effectiveLossName(c.loss, c.gamma, c.eta);
    const int64_t channels = s.imageShape.empty() ? 0 : s.imageShape[0];
    const int64_t side = s.imageShape.size() < 2 ? 0 : s.imageShape[1];

    nlohmann::json classes = nlohmann::json::array();
    for (size_t k = 0; k < r.classNames.size(); ++k) {
        classes.push_back({ { "index", k },
                            { "name", r.classNames[k] },
                            { "train_count", k < r.trainCounts.size() ? r.trainCounts[k] : 0 },
                            { "test_accuracy", k < test.perClassAccuracy.size() ? test.perClassAccuracy[k] : 0.0 } });
    }
    const std::string file = fs::path(modelPath).filename().string();
    const nlohmann::json card = {
        { "model", file },
        { "format", format },
        { "aclwb_version", kVersion },
        { "run", fs::absolute(runDir).lexically_normal().string() },
        { "encoder", c.encoder },
        { "input",
          { { "name", "images" },
            { "shape", { "batch", channels, side, side } },
            { "dtype", "float32" },
            { "values", "pixel values 0..255; the graph divides by 255 (state-dict: divide by 255 yourself)" },
            { "channel_order", channels == 3 ? "RGB" : "grey" } } },
        { "outputs",
          format != "onnx"     ? nlohmann::json { "state dict (model.pt)" }
              : withProjection ? nlohmann::json { "logits", "embedding" }
                               : nlohmann::json { "logits" } },
        { "classes", classes },
        { "loss",
          { { "name", c.loss },
            { "computes", loss },
            { "gamma", c.gamma },
            { "eta", c.eta },
            { "temperature", c.temperature } } },
        { "seed", c.seed },
        { "dataset", c.dataset },
        { "data_fingerprint", results.value("data_fingerprint", std::string()) },
        { "imbalance_ratio", c.imbalanceRatio },
        { "test",
          { { "accuracy", test.accuracy },
            { "balanced_accuracy", test.balancedAccuracy },
            { "macro_f1", test.macroF1 } } },
        { "config", c },
    };
    const ModelCardPaths paths = modelCardPaths(modelPath);
    writeFileAtomically(paths.json, card.dump(2) + "\n");

    std::string md = "# Model card: " + file + "\n\n" + "An ACL Workbench " + c.encoder + " model (" + format
        + "), trained with " + loss + " (gamma " + fixed4(c.gamma) + ", eta " + fixed4(c.eta) + ", temperature "
        + fixed4(c.temperature) + "), seed " + std::to_string(c.seed) + ", on " + c.dataset + " at imbalance ratio "
        + fixed4(c.imbalanceRatio) + " (data fingerprint " + results.value("data_fingerprint", std::string("unknown"))
        + ").\n\n" + "## Input\n\n`images`: float32 [batch, " + std::to_string(channels) + ", " + std::to_string(side)
        + ", " + std::to_string(side) + "], pixel values 0..255 as stored in the image"
        + (channels == 3 ? " (RGB order)" : " (grey)") + "; "
        + (format == "onnx" ? "the graph divides by 255 itself." : "divide by 255 before the forward pass.")
        + " Resize the shorter side to " + std::to_string(side) + " and keep the centre square, as training did.\n\n"
        + "## Classes (index = logit)\n\n| index | class | training images | test accuracy |\n|---|---|---|---|\n";
    for (const nlohmann::json& k : classes) {
        md += "| " + std::to_string(k.at("index").get<int64_t>()) + " | " + k.at("name").get<std::string>() + " | "
            + std::to_string(k.at("train_count").get<int64_t>()) + " | " + fixed4(k.at("test_accuracy").get<double>())
            + " |\n";
    }
    md += "\n## Test metrics\n\naccuracy " + fixed4(test.accuracy) + ", balanced accuracy "
        + fixed4(test.balancedAccuracy) + ", macro-F1 " + fixed4(test.macroF1) + ".\n\n## How to load it\n\n";
    if (format == "onnx") {
        md += "ONNX Runtime:\n\n```python\nimport numpy as np, onnxruntime as ort\nsession = ort.InferenceSession(\""
            + file
            + "\")\nlogits = session.run([\"logits\"], {\"images\": batch.astype(np.float32)})[0]  # batch: [N, C, H, "
              "W], "
              "0..255\n```\n\nOpenCV DNN:\n\n```python\nimport cv2, numpy as np\nnet = cv2.dnn.readNetFromONNX(\""
            + file
            + "\")\nimage = cv2.imread(\"x.png\", cv2.IMREAD_GRAYSCALE)  # or IMREAD_COLOR + cvtColor(BGR2RGB)\n"
              "net.setInput(image.astype(np.float32)[None, None])  # [1, 1, H, W]\nlogits = net.forward(\"logits\")\n"
              "```\n\nThe class names are also in the file's metadata (`class_names`), with the training config "
              "(`aclwb_config`).\n";
    } else {
        md += "PyTorch: docs/examples/load_model.py builds the network and loads this state dict.\n";
    }
    writeFileAtomically(paths.markdown, md);
    return paths;
}

} // namespace aclwb
