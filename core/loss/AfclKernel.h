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

/// Fused CPU kernel. `gram` is Z Z^T (N x N, contiguous, float or double) and is overwritten: on return it
/// holds G = dLoss/dS row by row (S = gram / tau), so dLoss/dZ = (G + G^T) Z / tau, when
/// params.computeGradient.
/// Returns the loss as a 0-dim tensor of gram's dtype. One pass per row, rows in parallel.
at::Tensor afclForwardFusedCpu(at::Tensor& gram, const at::Tensor& labels, const AfclKernelParams& params);

/// The same computation as whole-tensor ATen operations: device-agnostic (CUDA), more passes over memory.
/// `gram` is not modified; G (as above) is returned in `gradGram` when requested.
at::Tensor afclForwardTensorOps(const at::Tensor& gram, const at::Tensor& labels, const AfclKernelParams& params,
                                at::Tensor* gradGram);

} // namespace aclwb::detail
