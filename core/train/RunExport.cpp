// SPDX-License-Identifier: MIT
#include "train/RunExport.h"

#include "aclwb/Version.h"
#include "io/AtomicFile.h"
#include "io/CsvTable.h"
#include "train/ConfigSchema.h"
#include "train/ModelIo.h"
#include "train/RunFiles.h"
#include "util/InputError.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>
#include <torch/version.h>

#include <filesystem>
#include <fstream>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

nlohmann::json readJson(const std::string& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        throw InputError("cannot open " + path + " (is this a run directory of a finished run?)");
    }
    return readJsonFileStrict(path);
}

} // namespace

void writeRunConfig(const std::string& runDir, const TrainConfig& config)
{
    writeFileAtomically((fs::path(runDir) / "config.json").string(), nlohmann::json(config).dump(2) + "\n");
}

void exportRun(const std::string& runDir, Trainer& trainer, const TrainingResult& result, int threads)
{
    const TrainConfig& config = trainer.config();
    const ImbalancedDataset& data = trainer.data();
    const nlohmann::json results {
        { "config", config },
        { "class_names", data.classNames },
        { "source_classes", data.sourceClasses },
        { "train_class_counts", data.train.classCounts },
        { "val_class_counts", data.validation.classCounts },
        { "test_class_counts", data.test.classCounts },
        { "data_fingerprint", data.fingerprint },
        { "image_shape", data.imageShape },
        { "history", result.history },
        { "test", result.test },
        { "images_per_second", result.imagesPerSecond },
        { "seconds", result.seconds },
        { "threads", threads },
        { "device", config.device },
        { "versions", { { "aclwb", kVersion }, { "libtorch", TORCH_VERSION } } },
    };
    const fs::path dir(runDir);
    writeFileAtomically((dir / "metrics.csv").string(), formatMetricsCsv(result.history, data.classNames.size()));
    writeFileAtomically((dir / "steps.csv").string(), formatStepsCsv(result.steps));

    const at::Tensor embedding
        = trainer.embed(data.test, config.embedding == "projection").to(torch::kCPU, torch::kDouble);
    const at::Tensor withLabels
        = torch::cat({ embedding, data.test.labels.to(torch::kDouble).unsqueeze(1) }, 1).contiguous();
    std::string csv;
    for (int64_t k = 0; k < embedding.size(1); ++k) {
        csv += "e" + std::to_string(k) + ",";
    }
    csv += "label\n";
    csv += formatCsv(withLabels.data_ptr<double>(), withLabels.size(0), withLabels.size(1));
    writeFileAtomically((dir / "embeddings.csv").string(), csv);
    saveStateDict(*trainer.model(), (dir / "model.pt").string());
    // results.json is the run's "finished" marker (sweep, resume and predict test for it), so it is written last:
    // a run killed anywhere before this line has no results.json and is resumed, never skipped.
    writeFileAtomically((dir / "results.json").string(), results.dump(2) + "\n");
}

TrainConfig readRunConfig(const std::string& runDir)
{
    TrainConfig config;
    from_json(readJson((fs::path(runDir) / "config.json").string()), config);
    return config;
}

nlohmann::json readRunResults(const std::string& runDir)
{
    return readJson((fs::path(runDir) / "results.json").string());
}

} // namespace aclwb
