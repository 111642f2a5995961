// SPDX-License-Identifier: MIT
#pragma once

#include <ATen/core/Tensor.h>

namespace aclwb {

/// Projects the rows of `data` (N x d) onto its top `components` principal axes (centred, eigen-decomposition of the
/// d x d covariance: exact, and cheap for the embedding sizes we see). Each axis's sign is fixed so its largest
/// coefficient is positive, so the result is deterministic. Returns float64 N x components.
at::Tensor pcaProject(const at::Tensor& data, int64_t components);

} // namespace aclwb
