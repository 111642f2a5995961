// SPDX-License-Identifier: MIT
#include "train/LearningRate.h"

#include <algorithm>
#include <cmath>

namespace aclwb {

double scheduledLearningRate(double base, const std::string& schedule, int64_t step, int64_t totalSteps,
                             int64_t warmupSteps)
{
    if (warmupSteps > 0 && step < warmupSteps) {
        return base * static_cast<double>(step + 1) / static_cast<double>(warmupSteps);
    }
    if (schedule != "cosine" || totalSteps <= warmupSteps) {
        return base;
    }
    const double progress
        = std::clamp(static_cast<double>(step - warmupSteps) / static_cast<double>(totalSteps - warmupSteps), 0.0, 1.0);
    return base * 0.5 * (1.0 + std::cos(M_PI * progress));
}

} // namespace aclwb
