// SPDX-License-Identifier: MIT
#pragma once

#include "loss/AfclLossOptions.h"

#include <ATen/core/Tensor.h>

namespace aclwb::functional {

/// The asymmetric focal contrastive loss of a batch (Vito & Stefanus 2022), differentiable with respect to
/// `features`, with an analytic backward that costs about one extra N x N x d matrix product.
///
/// `features`: N x d, float32 or float64, finite, N >= 2; rows are L2-normalised inside unless
/// options.normalize_input(false). `labels`: N integers (any values; equal values mean the same class).
/// Throws InputError naming the argument when shapes, dtypes, values or options are invalid.
///
///   auto loss = aclwb::functional::afclLoss(z, y, AfclLossOptions().gamma(2).eta(10));
///   loss.backward();
at::Tensor afclLoss(const at::Tensor& features, const at::Tensor& labels, const AfclLossOptions& options);

} // namespace aclwb::functional
