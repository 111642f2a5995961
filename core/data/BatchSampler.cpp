// SPDX-License-Identifier: MIT
#include "data/BatchSampler.h"

#include "util/InputError.h"
#include "util/SeededRandom.h"

#include <ATen/ATen.h>

#include <numeric>

namespace aclwb {

std::vector<at::Tensor> epochBatches(int64_t size, int64_t batchSize, uint64_t seed, int64_t epoch, bool dropLast)
{
    if (batchSize < 2) {
        throw InputError("invalid parameter batch-size = " + std::to_string(batchSize) + ": must be >= 2");
    }
    std::vector<int64_t> order(static_cast<size_t>(size));
    std::iota(order.begin(), order.end(), 0);
    SeededRandom rng(seed * 0x9E3779B97F4A7C15ULL + static_cast<uint64_t>(epoch) + 1);
    rng.shuffle(order);
    const at::Tensor all = at::tensor(order, at::kLong);
    std::vector<at::Tensor> batches;
    for (int64_t start = 0; start < size; start += batchSize) {
        const int64_t n = std::min(batchSize, size - start);
        if (n < 2 || (dropLast && n < batchSize)) {
            break;
        }
        batches.push_back(all.narrow(0, start, n));
    }
    return batches;
}

} // namespace aclwb
