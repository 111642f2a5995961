// SPDX-License-Identifier: MIT
#include "BenchLossCommand.h"

#include "ArgumentChecks.h"
#include "CliSupport.h"
#include "loss/AfclFunctional.h"
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

struct BenchLossSettings {
    int64_t n = 1024;
    int64_t dim = 128;
    int64_t classes = 10;
    double gamma = 2.0;
    double eta = 10.0;
    double temperature = 0.1;
    std::string device = "cpu";
    std::string dtype = "float32";
    int threads = 0;
    int warmup = 3;
    int repeats = 11;
    uint64_t seed = 1;
};

void runBenchLoss(const BenchLossSettings& s)
{
    if (s.n < 2) {
        throw InputError("invalid parameter n = " + std::to_string(s.n) + ": must be >= 2");
    }
    if (s.dim < 1) {
        throw InputError("invalid parameter dim = " + std::to_string(s.dim) + ": must be >= 1");
    }
    if (s.classes < 1 || s.classes > s.n) {
        throw InputError("invalid parameter classes = " + std::to_string(s.classes) + ": must be in [1, n]");
    }
    if (s.repeats < 1 || s.warmup < 0) {
        throw InputError("invalid parameters repeats/warmup: need repeats >= 1 and warmup >= 0");
    }
    const int threads = configureThreads(s.threads);
    const c10::Device device = parseDevice(s.device);
    const c10::ScalarType dtype = parseFloatDtype(s.dtype);
    const AfclLossOptions options = AfclLossOptions().gamma(s.gamma).eta(s.eta).temperature(s.temperature);
    validate(options);

    torch::manual_seed(s.seed);
    const auto tensorOptions = torch::TensorOptions().dtype(dtype).device(device);
    const torch::Tensor z = torch::nn::functional::normalize(torch::randn({ s.n, s.dim }, tensorOptions),
                                                             torch::nn::functional::NormalizeFuncOptions().dim(1));
    const torch::Tensor y
        = torch::randint(s.classes, { s.n }, torch::TensorOptions().dtype(torch::kLong).device(device));
    const auto sync = [&] {
        if (device.is_cuda()) {
            torch::cuda::synchronize();
        }
    };

    // The loss on unit vectors as training sees them (projection head output, already normalised).
    const AfclLossOptions normalised = AfclLossOptions(options).normalize_input(false);
    const double forwardBackward = medianMilliseconds(
        [&] {
            torch::Tensor leaf = z.detach().requires_grad_(true);
            functional::afclLoss(leaf, y, normalised).backward();
        },
        sync, s.warmup, s.repeats);
    const double forwardOnly = medianMilliseconds(
        [&] {
            torch::NoGradGuard noGrad;
            functional::afclLoss(z, y, normalised);
        },
        sync, s.warmup, s.repeats);
    // The baseline: Z Z^T (N x N x d) and G Z (N x N x d), the products any exact gradient needs.
    const torch::Tensor g = torch::randn({ s.n, s.n }, tensorOptions);
    const double matmuls = medianMilliseconds(
        [&] {
            torch::Tensor gram = torch::mm(z, z.t());
            torch::Tensor back = torch::mm(g, z);
        },
        sync, s.warmup, s.repeats);

    nlohmann::json out;
    out["forward_backward_ms"] = forwardBackward;
    out["forward_ms"] = forwardOnly;
    out["matmuls_ms"] = matmuls;
    out["ratio_to_matmuls"] = matmuls > 0 ? forwardBackward / matmuls : 0.0;
    out["n"] = s.n;
    out["dim"] = s.dim;
    out["classes"] = s.classes;
    out["gamma"] = s.gamma;
    out["eta"] = s.eta;
    out["temperature"] = s.temperature;
    out["dtype"] = dtypeName(dtype);
    out["device"] = device.str();
    out["threads"] = threads;
    out["repeats"] = s.repeats;
    printJson(out);
}

} // namespace

void registerBenchLossCommand(CLI::App& app)
{
    auto settings = std::make_shared<BenchLossSettings>();
    CLI::App* cmd = app.add_subcommand("bench-loss", "Time the loss's forward+backward against two matrix products");
    addNumberOption(*cmd, "--n", settings->n, "Batch size N");
    addNumberOption(*cmd, "--dim", settings->dim, "Embedding dimension d");
    addNumberOption(*cmd, "--classes", settings->classes, "Number of classes in the random labels");
    addNumberOption(*cmd, "--gamma", settings->gamma, "Focusing parameter gamma >= 0");
    addNumberOption(*cmd, "--eta", settings->eta, "Asymmetric weight eta >= 0");
    addNumberOption(*cmd, "--temperature,--tau", settings->temperature, "Softmax temperature tau > 0");
    cmd->add_option("--device", settings->device, "cpu, cuda, cuda:N or auto")->capture_default_str();
    cmd->add_option("--dtype", settings->dtype, "float32 or float64")->capture_default_str();
    addNumberOption(*cmd, "--threads", settings->threads, "CPU threads (0 = one per hardware thread)");
    addNumberOption(*cmd, "--warmup", settings->warmup, "Untimed runs first");
    addNumberOption(*cmd, "--repeats", settings->repeats, "Timed runs (the median is reported)");
    // torch::manual_seed takes a uint64_t: every seed in [0, 2^64 - 1] is its own, nothing outside is one.
    addNumberOption(*cmd, "--seed", settings->seed, "Random seed for features and labels");
    cmd->callback([settings] { runBenchLoss(*settings); });
}

} // namespace aclwb::cli
