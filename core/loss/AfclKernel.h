// SPDX-License-Identifier: MIT
#pragma once

#include <ATen/core/Tensor.h>

namespace aclwb::detail {

/// What the loss kernels need besides the Gram matrix. Internal to the loss implementation.
struct AfclKernelParams {
    double gamma = 0.0;
    double eta = 0.0;
    double inverseTemperature = 10.0;
    bool perAnchorNormalization = false;
    bool computeGradient = true;
};

/// Fused CPU kernel over blocks of rows of S = Z Z^T / tau (`z`: N x d, contiguous, float or double). Returns
/// the loss as a 0-dim tensor of z's dtype. When `gradientTimesZ` is given it also returns (G + G^T) Z with
/// G = dLoss/dS, so that dLoss/dZ = (G + G^T) Z / tau; memory stays O(block x N + N d).
at::Tensor afclForwardFusedCpu(const at::Tensor& z, const at::Tensor& labels, const AfclKernelParams& params,
                               at::Tensor* gradientTimesZ);

/// The same computation as whole-tensor ATen operations: device-agnostic (CUDA), more passes over memory.
/// `gram` is not modified; G (as above) is returned in `gradGram` when requested.
at::Tensor afclForwardTensorOps(const at::Tensor& gram, const at::Tensor& labels, const AfclKernelParams& params,
                                at::Tensor* gradGram);

} // namespace aclwb::detail
