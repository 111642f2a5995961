// SPDX-License-Identifier: MIT
#include "embed/EmbeddingQuality.h"

#include "embed/NearestNeighbours.h"
#include "util/InputError.h"

#include <ATen/ATen.h>

namespace aclwb {

double trustworthiness(const at::Tensor& original, const at::Tensor& layout, int64_t k)
{
    const int64_t n = original.size(0);
    if (layout.size(0) != n || k < 1 || 2 * k >= n) {
        throw InputError("trustworthiness needs the same number of points in both spaces and k < N / 2");
    }
    const at::Tensor x = original.to(at::kDouble);
    const at::Tensor layoutNeighbours = nearestNeighbours(layout, k).indices;
    const at::Tensor norms = (x * x).sum(1);
    double penalty = 0.0;
    const int64_t block = std::max<int64_t>(16, (1 << 23) / std::max<int64_t>(n, 1));
    for (int64_t start = 0; start < n; start += block) {
        const int64_t rows = std::min(block, n - start);
        at::Tensor d
            = norms.narrow(0, start, rows).unsqueeze(1) + norms.unsqueeze(0) - 2.0 * x.narrow(0, start, rows).mm(x.t());
        d.scatter_(1, at::arange(start, start + rows, at::kLong).unsqueeze(1),
                   -std::numeric_limits<double>::infinity());
        // rank[i][j]: position of j in i's ordering of the original space (the point itself is rank 0).
        const at::Tensor order = d.argsort(/*dim=*/1, /*descending=*/false);
        at::Tensor rank = at::empty_like(order);
        rank.scatter_(1, order, at::arange(n, at::kLong).expand({ rows, n }));
        const at::Tensor ranks = rank.gather(1, layoutNeighbours.narrow(0, start, rows));
        penalty += (ranks - k).clamp_min(0).sum().item<double>();
    }
    const double kd = static_cast<double>(k);
    const double nd = static_cast<double>(n);
    return 1.0 - 2.0 / (nd * kd * (2.0 * nd - 3.0 * kd - 1.0)) * penalty;
}

namespace {

/// For each point, whether the majority of its k nearest neighbours (itself excluded) shares its label.
at::Tensor knnCorrect(const at::Tensor& points, const at::Tensor& y, int64_t k, int64_t classes)
{
    const int64_t n = points.size(0);
    const at::Tensor neighbourLabels = y.index_select(0, nearestNeighbours(points, k).indices.flatten()).view({ n, k });
    const at::Tensor votes
        = at::zeros({ n, classes }, at::kLong).scatter_add_(1, neighbourLabels, at::ones_like(neighbourLabels));
    return votes.argmax(1).eq(y);
}

} // namespace

double knnAccuracy(const at::Tensor& points, const at::Tensor& labels, int64_t k)
{
    const int64_t n = points.size(0);
    if (labels.size(0) != n || k < 1 || k >= n) {
        throw InputError("kNN accuracy needs one label per point and 1 <= k < N");
    }
    const at::Tensor y = labels.to(at::kLong);
    const int64_t classes = y.max().item<int64_t>() + 1;
    return knnCorrect(points, y, k, classes).to(at::kDouble).mean().item<double>();
}

std::vector<double> knnAccuracyPerClass(const at::Tensor& points, const at::Tensor& labels, int64_t k, int64_t classes)
{
    const int64_t n = points.size(0);
    std::vector<double> out(static_cast<size_t>(classes), 0.0);
    if (n < 2 || labels.size(0) != n) {
        return out;
    }
    const at::Tensor y = labels.to(at::kLong);
    const at::Tensor correct = knnCorrect(points, y, std::min(k, n - 1), classes).to(at::kDouble);
    for (int64_t c = 0; c < classes; ++c) {
        const at::Tensor mine = y.eq(c);
        const int64_t count = mine.sum().item<int64_t>();
        out[static_cast<size_t>(c)] = count > 0 ? correct.masked_select(mine).mean().item<double>() : 0.0;
    }
    return out;
}

} // namespace aclwb
