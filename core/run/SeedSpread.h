// SPDX-License-Identifier: MIT
#pragma once

#include "run/RunDirectory.h"

#include <optional>
#include <vector>

namespace aclwb {

/// A metric over the seeds of one setting: mean, sample standard deviation (NaN below two seeds) and the number of
/// seeds. Every comparison the workbench shows carries one, so a difference smaller than the noise between seeds
/// is never read as an effect.
struct Spread {
    double mean = 0.0;
    double std = 0.0;
    int n = 0;
    bool hasStd() const { return n >= 2; }
};

Spread spreadOf(const std::vector<double>& values);

/// Whether the two means differ by less than the seed noise: |mean_a - mean_b| < sqrt(std_a^2 + std_b^2). Needs two
/// seeds on each side; otherwise unknown (nullopt): one run per setting says nothing about the noise.
std::optional<bool> withinSpread(const Spread& a, const Spread& b);

/// The metrics a comparison or a sweep heat map can show (test set of a finished run).
enum class RunMetric { Accuracy, BalancedAccuracy, MinorityAccuracy, MacroF1 };
/// "accuracy", "balanced_accuracy", "minority_accuracy", "macro_f1".
const char* metricKey(RunMetric metric);
/// The metric of a finished run, nullopt before it finished (or without a minority class).
std::optional<double> metricOf(const RunListing& run, RunMetric metric);

} // namespace aclwb
