// SPDX-License-Identifier: MIT
#include "BenchTrainCommand.h"

#include "ArgumentChecks.h"
#include "CliSupport.h"
#include "data/ImbalancedDataset.h"
#include "train/Trainer.h"
#include "util/DeviceSelection.h"
#include "util/InputError.h"
#include "util/Threads.h"

#include <CLI/CLI.hpp>
#include <torch/cuda.h>
#include <torch/torch.h>

#include <algorithm>
#include <memory>

namespace aclwb::cli {
namespace {

struct BenchTrainSettings {
    std::string encoder = "cnn-small";
    int64_t batchSize = 256;
    int64_t steps = 20;
    int64_t imageSize = 28;
    int64_t channels = 1;
    std::string device = "cpu";
    int threads = 0;
};

/// Collects the images/s of every step the trainer reports.
class StepRates : public TrainingObserver {
public:
    void onStep(const TrainingProgress& p) override { rates.push_back(p.imagesPerSecond); }
    std::vector<double> rates;
};

/// A synthetic dataset of random images in 10 classes, enough for `batches` batches: the benchmark measures the
/// step, not the data.
DatasetSplits syntheticSplits(const BenchTrainSettings& s, int64_t batches)
{
    const int64_t perClass = (s.batchSize * batches) / 10 + 1;
    at::Generator g = at::detail::createCPUGenerator(1);
    DatasetSplits splits;
    splits.name = "synthetic";
    for (int c = 0; c < 10; ++c) {
        splits.classNames.push_back("c" + std::to_string(c));
    }
    const auto make = [&](int64_t n) {
        const at::Tensor images
            = at::randint(0, 256, { 10 * n, s.channels, s.imageSize, s.imageSize }, g, at::TensorOptions(at::kByte));
        const at::Tensor labels = at::arange(10, at::kLong).repeat_interleave(n);
        return ImageDataset { images, labels };
    };
    splits.train = make(perClass);
    splits.test = make(2);
    return splits;
}

void runBenchTrain(const BenchTrainSettings& s)
{
    if (s.batchSize < 2 || s.steps < 1 || s.imageSize < 8 || (s.channels != 1 && s.channels != 3)) {
        throw InputError("invalid parameters: need batch-size >= 2, steps >= 1, image-size >= 8, channels 1 or 3");
    }
    const int threads = configureThreads(s.threads);
    const c10::Device device = parseDevice(s.device);
    constexpr int64_t kWarmup = 3;
    TrainConfig config;
    config.loss = "afcl";
    config.gamma = 2.0;
    config.eta = 10.0;
    config.encoder = s.encoder;
    config.batchSize = s.batchSize;
    config.valFraction = 0.0;
    config.device = s.device;
    ImbalanceOptions imbalance;
    imbalance.validationFraction = 0.0;
    Trainer trainer(config, buildImbalancedDataset(syntheticSplits(s, kWarmup + s.steps), imbalance), device);
    StepRates rates;
    trainer.setObserver(&rates);
    trainer.trainRepresentationSteps(kWarmup + s.steps);
    std::vector<double> timed(rates.rates.begin() + kWarmup, rates.rates.end());
    std::sort(timed.begin(), timed.end());
    const double imagesPerSecond = timed[timed.size() / 2];
    printJson(
        { { "images_per_s", imagesPerSecond },
          { "step_ms", 1000.0 * static_cast<double>(s.batchSize) / imagesPerSecond },
          { "encoder", s.encoder },
          { "batch_size", s.batchSize },
          { "image_size", s.imageSize },
          { "channels", s.channels },
          { "steps", s.steps },
          { "threads", threads },
          { "device", device.str() },
          { "timed", "Trainer's own training step (gather, augmentation, forward, AFCL loss, backward, Adam)" } });
}

} // namespace

void registerBenchTrainCommand(CLI::App& app)
{
    auto settings = std::make_shared<BenchTrainSettings>();
    CLI::App* cmd = app.add_subcommand("bench-train", "Time stage-1 training steps (images/s)");
    cmd->add_option("--encoder", settings->encoder, "cnn-small or resnet18")->capture_default_str();
    addNumberOption(*cmd, "--batch-size", settings->batchSize, "Batch size");
    addNumberOption(*cmd, "--steps", settings->steps, "Timed steps (median reported)");
    addNumberOption(*cmd, "--image-size", settings->imageSize, "Image side in pixels");
    addNumberOption(*cmd, "--channels", settings->channels, "1 or 3");
    cmd->add_option("--device", settings->device, "cpu, cuda, cuda:N or auto")->capture_default_str();
    addNumberOption(*cmd, "--threads", settings->threads, "CPU threads (0 = one per hardware thread)");
    cmd->callback([settings] { runBenchTrain(*settings); });
}

} // namespace aclwb::cli
