// SPDX-License-Identifier: MIT
#include "run/SeedSpread.h"

#include <cmath>

namespace aclwb {

Spread spreadOf(const std::vector<double>& values)
{
    Spread s;
    s.n = static_cast<int>(values.size());
    if (values.empty()) {
        s.mean = std::nan("");
        s.std = std::nan("");
        return s;
    }
    double sum = 0.0;
    for (double v : values) {
        sum += v;
    }
    s.mean = sum / static_cast<double>(values.size());
    if (values.size() < 2) {
        s.std = std::nan("");
        return s;
    }
    double squares = 0.0;
    for (double v : values) {
        squares += (v - s.mean) * (v - s.mean);
    }
    s.std = std::sqrt(squares / static_cast<double>(values.size() - 1));
    return s;
}

std::optional<bool> withinSpread(const Spread& a, const Spread& b)
{
    if (!a.hasStd() || !b.hasStd()) {
        return std::nullopt;
    }
    return std::abs(a.mean - b.mean) < std::sqrt(a.std * a.std + b.std * b.std);
}

const char* metricKey(RunMetric metric)
{
    switch (metric) {
    case RunMetric::Accuracy:
        return "accuracy";
    case RunMetric::BalancedAccuracy:
        return "balanced_accuracy";
    case RunMetric::MinorityAccuracy:
        return "minority_accuracy";
    case RunMetric::MacroF1:
        return "macro_f1";
    }
    return "";
}

std::optional<double> metricOf(const RunListing& run, RunMetric metric)
{
    if (run.status != RunStatus::Finished || !run.test) {
        return std::nullopt;
    }
    switch (metric) {
    case RunMetric::Accuracy:
        return run.test->accuracy;
    case RunMetric::BalancedAccuracy:
        return run.test->balancedAccuracy;
    case RunMetric::MinorityAccuracy:
        return run.minorityAccuracy();
    case RunMetric::MacroF1:
        return run.test->macroF1;
    }
    return std::nullopt;
}

} // namespace aclwb
