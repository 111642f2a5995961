// SPDX-License-Identifier: MIT
#include "train/LinearProbe.h"

#include "util/InputError.h"

#include <torch/nn/functional/loss.h>
#include <torch/optim/lbfgs.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace aclwb {

LinearProbeFit fitLinearProbe(const at::Tensor& features, const at::Tensor& labels, int64_t classes,
                              const LinearProbeOptions& options, const LinearProbeCallback& onEvaluation)
{
    if (features.dim() != 2 || labels.dim() != 1 || features.size(0) != labels.size(0) || features.size(0) == 0) {
        throw InputError("linear probe: expected N x D features and N labels with N > 0");
    }
    if (!torch::isfinite(features).all().item<bool>()) {
        throw InputError("linear probe: the encoder's features contain NaN or infinite values");
    }
    const at::Tensor y = labels.to(at::kLong);
    if (y.min().item<int64_t>() < 0 || y.max().item<int64_t>() >= classes) {
        throw InputError("linear probe: a label is outside [0, " + std::to_string(classes) + ")");
    }
    // Standardise: the features' scale and offset then do not decide how far the optimiser has to travel.
    const at::Tensor x64 = features.to(at::kDouble);
    const at::Tensor mean = x64.mean(0);
    at::Tensor scale = x64.std(0, /*unbiased=*/false);
    scale = torch::where(scale > 1e-12, scale, torch::ones_like(scale)); // a constant feature carries nothing
    const at::Tensor x = (x64 - mean) / scale;

    at::Tensor w = torch::zeros({ classes, x.size(1) }, x.options()).requires_grad_(true);
    at::Tensor b = torch::zeros({ classes }, x.options()).requires_grad_(true);
    torch::optim::LBFGS solver({ w, b },
                               torch::optim::LBFGSOptions(1.0)
                                   .max_iter(options.max_iterations())
                                   .max_eval(linearProbeMaxEvaluations(options.max_iterations()))
                                   .tolerance_grad(options.tolerance())
                                   .tolerance_change(1e-12)
                                   .history_size(20)
                                   .line_search_fn("strong_wolfe"));
    LinearProbeFit fit;
    auto ce = torch::nn::functional::CrossEntropyFuncOptions();
    if (options.class_weights().defined()) {
        if (options.class_weights().numel() != classes) {
            throw InputError("linear probe: " + std::to_string(options.class_weights().numel()) + " class weights for "
                             + std::to_string(classes) + " classes");
        }
        ce.weight(options.class_weights().to(x.options()));
    }
    auto objective = [&] {
        solver.zero_grad();
        const at::Tensor logits = torch::addmm(b, x, w.t());
        at::Tensor loss = torch::nn::functional::cross_entropy(logits, y, ce) + 0.5 * options.l2() * w.pow(2).sum();
        loss.backward();
        return loss;
    };
    solver.step([&] {
        at::Tensor loss = objective();
        const double value = loss.item<double>();
        if (!std::isfinite(value)) {
            throw InputError("linear probe: the loss became " + std::to_string(value));
        }
        if (onEvaluation) {
            onEvaluation(fit.evaluations, value);
        }
        ++fit.evaluations;
        return loss;
    });
    const at::Tensor finalLoss = objective(); // where the solver stopped, and its gradient
    fit.loss = finalLoss.item<double>();
    fit.gradientMax = std::max(w.grad().abs().max().item<double>(), b.grad().abs().max().item<double>());
    fit.converged = fit.gradientMax <= options.tolerance();

    // Fold the standardisation into the classifier: W (x - m) / s + b = (W / s) x + (b - (W / s) m).
    torch::NoGradGuard noGrad;
    const at::Tensor rawWeight = w.detach() / scale;
    const at::Tensor rawBias = b.detach() - rawWeight.matmul(mean);
    fit.weight = rawWeight.to(features.options().dtype(at::kFloat));
    fit.bias = rawBias.to(features.options().dtype(at::kFloat));
    return fit;
}

} // namespace aclwb
