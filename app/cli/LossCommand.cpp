// SPDX-License-Identifier: MIT
#include "LossCommand.h"

#include "ArgumentChecks.h"
#include "CliSupport.h"
#include "io/AtomicFile.h"
#include "io/CsvTable.h"
#include "loss/AfclFunctional.h"
#include "loss/LossVariant.h"
#include "util/DeviceSelection.h"
#include "util/InputError.h"
#include "util/Threads.h"

#include <CLI/CLI.hpp>
#include <torch/torch.h>

#include <cmath>
#include <memory>

namespace aclwb::cli {
namespace {

struct LossSettings {
    std::string features;
    std::string labels;
    std::string gradOut;
    double gamma = 0.0;
    double eta = 0.0;
    double temperature = 0.1;
    std::string normalization = "batch";
    std::string dtype = "float64";
    std::string device = "cpu";
    int threads = 0;
};

void runLoss(const LossSettings& s)
{
    refuseDanglingSymlink(s.gradOut, "--grad-out");
    const int threads = configureThreads(s.threads);
    const AfclLossOptions options = AfclLossOptions()
                                        .gamma(s.gamma)
                                        .eta(s.eta)
                                        .temperature(s.temperature)
                                        .normalization(parseNormalization(s.normalization));
    validate(options);
    const c10::ScalarType dtype = parseFloatDtype(s.dtype);
    const c10::Device device = parseDevice(s.device);

    const CsvTable table = readNumericCsv(s.features);
    const std::vector<int64_t> labels = readLabelFile(s.labels);
    if (static_cast<int64_t>(labels.size()) != table.rows) {
        throw InputError(s.labels + ": has " + std::to_string(labels.size()) + " labels but " + s.features + " has "
                         + std::to_string(table.rows) + " rows");
    }
    if (table.rows < 2) {
        throw InputError(s.features + ": needs at least 2 rows (a contrastive loss compares pairs)");
    }
    const int64_t headerLines = table.header.empty() ? 0 : 1;
    for (int64_t r = 0; r < table.rows; ++r) {
        bool zero = true;
        for (int64_t c = 0; c < table.columns && zero; ++c) {
            zero = table.at(r, c) == 0.0;
        }
        if (zero) {
            throw InputError(s.features + ":" + std::to_string(r + 1 + headerLines)
                             + ": the row is all zeros, so it has no direction to normalise");
        }
    }
    if (dtype == torch::kFloat) {
        requireFloat32Range(table, s.features); // 1e39 would become inf: name the file, line and column
    }

    torch::Tensor x
        = torch::from_blob(const_cast<double*>(table.values.data()), { table.rows, table.columns }, torch::kDouble)
              .to(device, dtype)
              .clone()
              .requires_grad_(!s.gradOut.empty());
    const torch::Tensor y = torch::tensor(labels, torch::kLong).to(device);
    torch::Tensor loss = functional::afclLoss(x, y, options);
    // Parameters inside the validated ranges keep the loss finite; this guard makes sure a non-finite value
    // can never be reported as a result.
    if (!std::isfinite(loss.item<double>())) {
        throw InputError("the loss is not finite for gamma = " + std::to_string(s.gamma)
                         + ", eta = " + std::to_string(s.eta) + ", temperature = " + std::to_string(s.temperature)
                         + " in " + s.dtype + "; try float64 or a larger temperature");
    }
    if (!s.gradOut.empty()) {
        loss.backward();
        const torch::Tensor grad = x.grad().to(torch::kCPU, torch::kDouble).contiguous();
        if (!torch::isfinite(grad).all().item<bool>()) {
            throw InputError("the gradient is not finite for these parameters in " + s.dtype
                             + "; try float64 or a larger temperature");
        }
        writeFileAtomically(s.gradOut, formatCsv(grad.data_ptr<double>(), table.rows, table.columns));
    }
    const int64_t classes = std::get<0>(torch::_unique(y)).size(0);

    nlohmann::json out;
    out["loss"] = loss.item<double>();
    out["variant"] = toString(classifyVariant(s.gamma, s.eta));
    out["gamma"] = s.gamma;
    out["eta"] = s.eta;
    out["temperature"] = s.temperature;
    out["normalization"] = s.normalization;
    out["n"] = table.rows;
    out["dim"] = table.columns;
    out["classes"] = classes;
    out["dtype"] = dtypeName(dtype);
    out["device"] = device.str();
    out["threads"] = threads;
    if (!s.gradOut.empty()) {
        out["grad_out"] = s.gradOut;
    }
    printJson(out);
}

} // namespace

void registerLossCommand(CLI::App& app)
{
    auto settings = std::make_shared<LossSettings>();
    CLI::App* cmd = app.add_subcommand("loss", "Evaluate the CL/FCL/ACL/AFCL loss (and its gradient) on CSV data");
    cmd->add_option("--features", settings->features, "CSV: N rows of d comma-separated numbers (L2-normalised inside)")
        ->required();
    cmd->add_option("--labels", settings->labels, "One integer class label per line, N lines")->required();
    addNumberOption(*cmd, "--gamma", settings->gamma, "Focusing parameter gamma >= 0 (0 = no focal term)");
    addNumberOption(*cmd, "--eta", settings->eta, "Weight eta >= 0 of the asymmetric negative term");
    addNumberOption(*cmd, "--temperature,--tau", settings->temperature, "Softmax temperature tau > 0");
    cmd->add_option("--normalization", settings->normalization,
                    "batch: divide by N (the authors' code); positives: by |P(i)| and |N(i)|")
        ->capture_default_str();
    cmd->add_option("--dtype", settings->dtype, "float32 or float64")->capture_default_str();
    cmd->add_option("--grad-out", settings->gradOut, "Write dLoss/dFeatures (raw input) as CSV to this file");
    cmd->add_option("--device", settings->device, "cpu, cuda, cuda:N or auto")->capture_default_str();
    addNumberOption(*cmd, "--threads", settings->threads, "CPU threads (0 = one per hardware thread)");
    cmd->callback([settings] { runLoss(*settings); });
}

} // namespace aclwb::cli
