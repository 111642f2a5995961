// SPDX-License-Identifier: MIT
#pragma once

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <vector>

namespace aclwb {

/// The batches of one epoch over a subset of `size` samples: a permutation drawn from (seed, epoch), cut into
/// int64 position tensors of `batchSize`. Seeding by epoch makes a resumed run draw exactly what an uninterrupted
/// one would. `dropLast` drops a final batch smaller than batchSize (contrastive losses want full batches);
/// a final batch of one sample is always dropped, since it has no pair.
std::vector<at::Tensor> epochBatches(int64_t size, int64_t batchSize, uint64_t seed, int64_t epoch, bool dropLast);

/// Class-balanced batches for one epoch over samples with class indices `labels` (int64 [size]): as many draws as
/// samples, each picking a class uniformly (among classes present) and then one of its samples, with replacement.
/// Minority samples repeat; majority samples may be skipped. Same batching rules as epochBatches.
std::vector<at::Tensor> classBalancedEpochBatches(const at::Tensor& labels, int64_t batchSize, uint64_t seed,
                                                  int64_t epoch, bool dropLast);

} // namespace aclwb
