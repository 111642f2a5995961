// SPDX-License-Identifier: MIT
#include "embed/NearestNeighbours.h"

#include <ATen/ATen.h>

namespace aclwb {

Neighbours nearestNeighbours(const at::Tensor& data, int64_t k)
{
    const at::Tensor x = data.to(at::kDouble).contiguous();
    const int64_t n = x.size(0);
    const at::Tensor norms = (x * x).sum(1);
    std::vector<at::Tensor> distances;
    std::vector<at::Tensor> indices;
    const int64_t block = std::max<int64_t>(64, (1 << 24) / std::max<int64_t>(n, 1));
    for (int64_t start = 0; start < n; start += block) {
        const int64_t rows = std::min(block, n - start);
        const at::Tensor part = x.narrow(0, start, rows);
        at::Tensor d
            = (norms.narrow(0, start, rows).unsqueeze(1) + norms.unsqueeze(0) - 2.0 * part.mm(x.t())).clamp_min_(0.0);
        // The point itself must not be its own neighbour, even among duplicates.
        d.scatter_(1, at::arange(start, start + rows, at::kLong).unsqueeze(1), std::numeric_limits<double>::infinity());
        auto [values, where] = d.topk(k, 1, /*largest=*/false, /*sorted=*/true);
        distances.push_back(values);
        indices.push_back(where);
    }
    return { at::cat(distances), at::cat(indices) };
}

} // namespace aclwb
