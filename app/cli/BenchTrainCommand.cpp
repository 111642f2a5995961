// SPDX-License-Identifier: MIT
#include "BenchTrainCommand.h"

#include "CliSupport.h"
#include "loss/AfclFunctional.h"
#include "model/ContrastiveNet.h"
#include "util/DeviceSelection.h"
#include "util/InputError.h"
#include "util/Threads.h"
#include "util/Timing.h"

#include <CLI/CLI.hpp>
#include <torch/cuda.h>
#include <torch/torch.h>

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

void runBenchTrain(const BenchTrainSettings& s)
{
    if (s.batchSize < 2 || s.steps < 1 || s.imageSize < 8 || (s.channels != 1 && s.channels != 3)) {
        throw InputError("invalid parameters: need batch-size >= 2, steps >= 1, image-size >= 8, channels 1 or 3");
    }
    const int threads = configureThreads(s.threads);
    const c10::Device device = parseDevice(s.device);
    torch::manual_seed(1);
    ContrastiveNet model(ContrastiveNetOptions(s.encoder, s.channels, 10));
    model->to(device);
    model->train();
    std::vector<torch::Tensor> params = model->encoder->parameters();
    for (const auto& p : model->head->parameters()) {
        params.push_back(p);
    }
    torch::optim::Adam optimizer(params, torch::optim::AdamOptions(1e-3));
    const torch::Tensor images = torch::rand({ s.batchSize, s.channels, s.imageSize, s.imageSize }).to(device);
    const torch::Tensor labels = torch::randint(10, { s.batchSize }, torch::kLong).to(device);
    const auto options = AfclLossOptions().gamma(2.0).eta(10.0).temperature(0.1).normalize_input(false);
    const auto sync = [&] {
        if (device.is_cuda()) {
            torch::cuda::synchronize();
        }
    };
    const double ms = medianMilliseconds(
        [&] {
            optimizer.zero_grad();
            functional::afclLoss(model->project(model->features(images)), labels, options).backward();
            optimizer.step();
        },
        sync, 3, static_cast<int>(s.steps));
    printJson({ { "images_per_s", static_cast<double>(s.batchSize) * 1000.0 / ms },
                { "step_ms", ms },
                { "encoder", s.encoder },
                { "batch_size", s.batchSize },
                { "image_size", s.imageSize },
                { "channels", s.channels },
                { "steps", s.steps },
                { "threads", threads },
                { "device", device.str() } });
}

} // namespace

void registerBenchTrainCommand(CLI::App& app)
{
    auto settings = std::make_shared<BenchTrainSettings>();
    CLI::App* cmd = app.add_subcommand("bench-train", "Time stage-1 training steps (images/s)");
    cmd->add_option("--encoder", settings->encoder, "cnn-small or resnet18")->capture_default_str();
    cmd->add_option("--batch-size", settings->batchSize, "Batch size")->capture_default_str();
    cmd->add_option("--steps", settings->steps, "Timed steps (median reported)")->capture_default_str();
    cmd->add_option("--image-size", settings->imageSize, "Image side in pixels")->capture_default_str();
    cmd->add_option("--channels", settings->channels, "1 or 3")->capture_default_str();
    cmd->add_option("--device", settings->device, "cpu, cuda, cuda:N or auto")->capture_default_str();
    cmd->add_option("--threads", settings->threads, "CPU threads (0 = one per hardware thread)")->capture_default_str();
    cmd->callback([settings] { runBenchTrain(*settings); });
}

} // namespace aclwb::cli
