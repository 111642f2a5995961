// SPDX-License-Identifier: MIT
#pragma once

#include <ATen/core/Tensor.h>

namespace aclwb {

/// Exact k nearest neighbours of every row (itself excluded) by blocked matrix products: squared Euclidean
/// distances [N, k] (float64, ascending) and indices [N, k] (int64). Blocks keep memory at O(block x N).
struct Neighbours {
    at::Tensor distances;
    at::Tensor indices;
};
Neighbours nearestNeighbours(const at::Tensor& data, int64_t k);

} // namespace aclwb
