// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

namespace aclwb {

/// The learning rate at `step` of `totalSteps`: linear warm-up over `warmupSteps`, then constant or a cosine decay
/// to 0 ("cosine", as SupCon and most contrastive recipes use).
double scheduledLearningRate(double base, const std::string& schedule, int64_t step, int64_t totalSteps,
                             int64_t warmupSteps);

} // namespace aclwb
