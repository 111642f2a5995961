// SPDX-License-Identifier: MIT
#pragma once

#include <torch/torch.h>

#include <vector>

namespace aclwb::test {

/// The loss written the obvious way, as a float64 composition of autograd tensor ops (log_softmax over the
/// off-diagonal entries, pow, log). It shares no code with the implementation under test; autograd gives
/// its gradient. Used as the reference for values and gradients.
torch::Tensor referenceLoss(const torch::Tensor& features, const torch::Tensor& labels, double gamma, double eta,
                            double temperature, bool perAnchor);

/// The same formula once more as plain scalar loops over std::vector (no tensors at all), for tiny batches.
double scalarLoopLoss(const std::vector<std::vector<double>>& features, const std::vector<int64_t>& labels,
                      double gamma, double eta, double temperature, bool perAnchor);

} // namespace aclwb::test
