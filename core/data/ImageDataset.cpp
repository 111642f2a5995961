// SPDX-License-Identifier: MIT
#include "data/ImageDataset.h"

#include <ATen/ATen.h>

namespace aclwb {

std::vector<int64_t> ImageDataset::classCounts(int64_t classes) const
{
    std::vector<int64_t> counts(static_cast<size_t>(classes), 0);
    if (size() == 0) {
        return counts;
    }
    const at::Tensor bins = at::bincount(labels.to(at::kCPU), {}, classes);
    for (int64_t c = 0; c < classes && c < bins.size(0); ++c) {
        counts[static_cast<size_t>(c)] = bins[c].item<int64_t>();
    }
    return counts;
}

std::vector<int64_t> DatasetSplits::imageShape() const
{
    if (!train.images.defined() || train.images.dim() != 4) {
        return {};
    }
    return { train.images.size(1), train.images.size(2), train.images.size(3) };
}

} // namespace aclwb
