// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace at {
class Tensor; // declared only: front ends include this header without LibTorch
}

namespace aclwb {

/// What the paper reports, and what imbalance makes necessary: plain accuracy hides a minority class the model
/// never predicts; balanced accuracy (mean per-class recall) and per-class accuracy do not.
struct ClassificationMetrics {
    int64_t samples = 0;
    double accuracy = 0.0;         // unweighted: correct / samples
    double balancedAccuracy = 0.0; // weighted: mean over classes of per-class recall
    double macroF1 = 0.0;
    std::vector<double> perClassAccuracy;        // recall of each class (0 for a class absent from the labels)
    std::vector<std::vector<int64_t>> confusion; // [true class][predicted class]
    std::optional<double> rocAuc;                // two classes only: class 1 as positive, scored by its probability
};

/// Metrics from true labels [N] and logits [N, C] (C classes). Classes absent from `labels` are left out of the
/// balanced-accuracy and macro-F1 means.
ClassificationMetrics computeMetrics(const at::Tensor& logits, const at::Tensor& labels);

/// Area under the ROC curve from scores of the positive class (ties counted as 1/2); nullopt when one class is missing.
std::optional<double> rocAuc(const std::vector<double>& scores, const std::vector<int>& positive);

void to_json(nlohmann::json& j, const ClassificationMetrics& m);
/// The inverse of to_json; nlohmann's exception on a missing or mistyped key (callers name the file).
void from_json(const nlohmann::json& j, ClassificationMetrics& m);

} // namespace aclwb
