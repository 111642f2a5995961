// SPDX-License-Identifier: MIT
#pragma once

#include <ATen/core/Tensor.h>
#include <torch/arg.h>

#include <cstdint>
#include <functional>

namespace aclwb {

/// Options of the stage-2 linear probe.
///
///   auto fit = fitLinearProbe(features, labels, 2, LinearProbeOptions().l2(1e-4).max_iterations(500));
struct LinearProbeOptions {
    /// Strength of the L2 penalty on the weights (not the bias), added to the mean cross-entropy as l2/2 * |W|^2;
    /// it keeps the problem well posed when the features are separable.
    TORCH_ARG(double, l2) = 1e-4;
    /// Most L-BFGS iterations; the fit stops earlier at the tolerance.
    TORCH_ARG(int64_t, max_iterations) = 500;
    /// Converged when the largest gradient entry (standardised features) is at most this.
    TORCH_ARG(double, tolerance) = 1e-5;
    /// Per-class weights of the cross-entropy (empty: unweighted); inverse class frequency makes every class count
    /// equally, which moves the decision boundary towards the majority on imbalanced data.
    TORCH_ARG(at::Tensor, class_weights) = {};
};

/// What a fit produced: a classifier on the raw features (the standardisation is folded in).
struct LinearProbeFit {
    at::Tensor weight; ///< classes x features, float32, on the features' device
    at::Tensor bias;   ///< classes
    int64_t evaluations = 0;
    double loss = 0.0;        ///< final penalised mean cross-entropy
    double gradientMax = 0.0; ///< final largest gradient entry
    bool converged = false;
};

/// The most loss evaluations a fit of `maxIterations` iterations may make (the line search evaluates more than once
/// per iteration now and then); what progress bars count to.
inline int64_t linearProbeMaxEvaluations(int64_t maxIterations)
{
    return maxIterations * 5 / 4 + 1;
}

/// Called after every loss evaluation with its 0-based index and value; may throw (cancellation) to stop the fit.
using LinearProbeCallback = std::function<void(int64_t evaluation, double loss)>;

/// Multinomial logistic regression on fixed features, solved to a tolerance by full-batch L-BFGS (strong Wolfe line
/// search) on standardised features in double precision, as linear-probe evaluation is usually done: a convex problem
/// has one answer, so it is solved rather than trained for a fixed number of epochs (minibatch Adam on raw features
/// left the minority class unlearned on perfectly separable features). Starts from zero, so the result depends only
/// on the data. Throws InputError for non-finite features or labels outside [0, classes).
LinearProbeFit fitLinearProbe(const at::Tensor& features, const at::Tensor& labels, int64_t classes,
                              const LinearProbeOptions& options, const LinearProbeCallback& onEvaluation = {});

} // namespace aclwb
