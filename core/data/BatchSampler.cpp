// SPDX-License-Identifier: MIT
#include "data/BatchSampler.h"

#include "util/InputError.h"
#include "util/SeededRandom.h"

#include <ATen/ATen.h>

#include <numeric>

namespace aclwb {

namespace {

void checkBatchSize(int64_t batchSize)
{
    if (batchSize < 2) {
        throw InputError("invalid parameter batch-size = " + std::to_string(batchSize) + ": must be >= 2");
    }
}

SeededRandom epochRandom(uint64_t seed, int64_t epoch)
{
    return SeededRandom(seed * 0x9E3779B97F4A7C15ULL + static_cast<uint64_t>(epoch) + 1);
}

/// Cuts an epoch's order of positions into batches (see epochBatches for the rules).
std::vector<at::Tensor> cut(const std::vector<int64_t>& order, int64_t batchSize, bool dropLast)
{
    const int64_t size = static_cast<int64_t>(order.size());
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

} // namespace

std::vector<at::Tensor> epochBatches(int64_t size, int64_t batchSize, uint64_t seed, int64_t epoch, bool dropLast)
{
    checkBatchSize(batchSize);
    std::vector<int64_t> order(static_cast<size_t>(size));
    std::iota(order.begin(), order.end(), 0);
    SeededRandom rng = epochRandom(seed, epoch);
    rng.shuffle(order);
    return cut(order, batchSize, dropLast);
}

std::vector<at::Tensor> classBalancedEpochBatches(const at::Tensor& labels, int64_t batchSize, uint64_t seed,
                                                  int64_t epoch, bool dropLast)
{
    checkBatchSize(batchSize);
    const at::Tensor y = labels.to(at::kCPU, at::kLong).contiguous();
    const int64_t size = y.size(0);
    const int64_t* raw = y.data_ptr<int64_t>();
    std::vector<std::vector<int64_t>> byClass;
    for (int64_t i = 0; i < size; ++i) {
        if (raw[i] < 0) {
            throw InputError("class-balanced sampling needs class indices >= 0");
        }
        if (static_cast<size_t>(raw[i]) >= byClass.size()) {
            byClass.resize(static_cast<size_t>(raw[i]) + 1);
        }
        byClass[static_cast<size_t>(raw[i])].push_back(i);
    }
    std::vector<size_t> present;
    for (size_t c = 0; c < byClass.size(); ++c) {
        if (!byClass[c].empty()) {
            present.push_back(c);
        }
    }
    SeededRandom rng = epochRandom(seed, epoch);
    std::vector<int64_t> order(static_cast<size_t>(size));
    for (int64_t& position : order) {
        const auto& members = byClass[present[static_cast<size_t>(rng.below(present.size()))]];
        position = members[static_cast<size_t>(rng.below(members.size()))];
    }
    return cut(order, batchSize, dropLast);
}

} // namespace aclwb
