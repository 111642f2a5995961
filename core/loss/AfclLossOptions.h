// SPDX-License-Identifier: MIT
#pragma once

#include <torch/arg.h>

#include <string>

namespace aclwb {

/// How the two sums of an anchor's loss are divided (the paper's 1/D).
enum class LossNormalization {
    /// Divide both sums by the batch size N, as the authors' public code does (the default).
    Batch,
    /// Divide the positive sum by |P(i)| and the negative sum by |N(i)|; an empty set contributes 0.
    Positives,
};

/// Which implementation computes the loss. Both give the same values; Auto picks the fused kernel on CPU
/// and the tensor-op path elsewhere (CUDA). Tests pin each one to compare them.
enum class LossBackend { Auto, FusedCpu, TensorOps };

/// Accepted ranges (see validate()): wide enough for any real use, narrow enough that float32 stays finite.
constexpr double kMaxGamma = 1000.0;
constexpr double kMaxEta = 1e6;
constexpr double kMinTemperature = 1e-6;
constexpr double kMaxTemperature = 1e6;

/// Options of the asymmetric focal contrastive loss family (CL, FCL, ACL, AFCL).
///
/// Example: `AfclLossOptions().gamma(2.0).eta(10.0).temperature(0.1)` is AFCL; gamma = eta = 0 is the plain
/// supervised contrastive loss (CL), eta = 0 is FCL and gamma = 0 is ACL.
struct AfclLossOptions {
    /// Focusing parameter: down-weights positive pairs that are already close. Any real in [0, kMaxGamma].
    TORCH_ARG(double, gamma) = 0.0;
    /// Weight of the asymmetric negative term -log(1 - p_ij). Any real in [0, kMaxEta].
    TORCH_ARG(double, eta) = 0.0;
    /// Softmax temperature tau > 0 applied to cosine similarities.
    TORCH_ARG(double, temperature) = 0.1;
    TORCH_ARG(LossNormalization, normalization) = LossNormalization::Batch;
    /// L2-normalise the rows inside (gradients then flow to the raw features). Idempotent on unit vectors. Rows
    /// are scaled by their largest |value| first, so huge or tiny rows normalise alike in float32 and float64;
    /// an all-zero row has no direction and is an InputError.
    TORCH_ARG(bool, normalize_input) = true;
    TORCH_ARG(LossBackend, backend) = LossBackend::Auto;
};

/// Throws InputError naming the parameter when gamma, eta or temperature is out of range or not finite.
void validate(const AfclLossOptions& options);

/// "batch" / "positives".
std::string toString(LossNormalization normalization);
/// Parses "batch" / "positives"; anything else is an InputError naming the parameter.
LossNormalization parseNormalization(const std::string& text);

} // namespace aclwb
