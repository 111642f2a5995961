// SPDX-License-Identifier: MIT
#include "metrics/ClassificationMetrics.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>

namespace aclwb {

ClassificationMetrics computeMetrics(const at::Tensor& logits, const at::Tensor& labels)
{
    ClassificationMetrics m;
    const int64_t classes = logits.size(1);
    const at::Tensor y = labels.to(at::kCPU, at::kLong).contiguous();
    const at::Tensor predicted = logits.argmax(1).to(at::kCPU, at::kLong).contiguous();
    m.samples = y.size(0);
    m.confusion.assign(static_cast<size_t>(classes), std::vector<int64_t>(static_cast<size_t>(classes), 0));
    const int64_t* t = y.data_ptr<int64_t>();
    const int64_t* p = predicted.data_ptr<int64_t>();
    int64_t correct = 0;
    for (int64_t i = 0; i < m.samples; ++i) {
        ++m.confusion[static_cast<size_t>(t[i])][static_cast<size_t>(p[i])];
        correct += t[i] == p[i] ? 1 : 0;
    }
    m.accuracy = m.samples > 0 ? static_cast<double>(correct) / static_cast<double>(m.samples) : 0.0;
    double recallSum = 0.0;
    double f1Sum = 0.0;
    int present = 0;
    for (int64_t c = 0; c < classes; ++c) {
        const auto& row = m.confusion[static_cast<size_t>(c)];
        const int64_t support = std::accumulate(row.begin(), row.end(), int64_t(0));
        int64_t predictedAs = 0;
        for (int64_t r = 0; r < classes; ++r) {
            predictedAs += m.confusion[static_cast<size_t>(r)][static_cast<size_t>(c)];
        }
        const double tp = static_cast<double>(row[static_cast<size_t>(c)]);
        const double recall = support > 0 ? tp / static_cast<double>(support) : 0.0;
        const double precision = predictedAs > 0 ? tp / static_cast<double>(predictedAs) : 0.0;
        m.perClassAccuracy.push_back(recall);
        if (support > 0) {
            ++present;
            recallSum += recall;
            f1Sum += precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        }
    }
    m.balancedAccuracy = present > 0 ? recallSum / present : 0.0;
    m.macroF1 = present > 0 ? f1Sum / present : 0.0;
    if (classes == 2) {
        const at::Tensor prob = logits.to(at::kCPU, at::kDouble).softmax(1).select(1, 1).contiguous();
        std::vector<double> scores(prob.data_ptr<double>(), prob.data_ptr<double>() + prob.numel());
        std::vector<int> positive(static_cast<size_t>(m.samples));
        for (int64_t i = 0; i < m.samples; ++i) {
            positive[static_cast<size_t>(i)] = t[i] == 1 ? 1 : 0;
        }
        m.rocAuc = rocAuc(scores, positive);
    }
    return m;
}

std::optional<double> rocAuc(const std::vector<double>& scores, const std::vector<int>& positive)
{
    // Mann-Whitney U with average ranks for ties.
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    double positiveRankSum = 0.0;
    double positives = 0.0;
    size_t i = 0;
    while (i < order.size()) {
        size_t j = i;
        while (j + 1 < order.size() && scores[order[j + 1]] == scores[order[i]]) {
            ++j;
        }
        const double rank = 0.5 * static_cast<double>(i + j) + 1.0;
        for (size_t k = i; k <= j; ++k) {
            if (positive[order[k]]) {
                positiveRankSum += rank;
                positives += 1.0;
            }
        }
        i = j + 1;
    }
    const double negatives = static_cast<double>(scores.size()) - positives;
    if (positives == 0.0 || negatives == 0.0) {
        return std::nullopt;
    }
    return (positiveRankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

void to_json(nlohmann::json& j, const ClassificationMetrics& m)
{
    j = nlohmann::json { { "samples", m.samples },
                         { "accuracy", m.accuracy },
                         { "balanced_accuracy", m.balancedAccuracy },
                         { "macro_f1", m.macroF1 },
                         { "per_class_accuracy", m.perClassAccuracy },
                         { "confusion_matrix", m.confusion } };
    if (m.rocAuc) {
        j["roc_auc"] = *m.rocAuc;
    }
}

} // namespace aclwb

namespace aclwb {

void from_json(const nlohmann::json& j, ClassificationMetrics& m)
{
    m.samples = j.at("samples").get<int64_t>();
    m.accuracy = j.at("accuracy").get<double>();
    m.balancedAccuracy = j.at("balanced_accuracy").get<double>();
    m.macroF1 = j.at("macro_f1").get<double>();
    m.perClassAccuracy = j.at("per_class_accuracy").get<std::vector<double>>();
    m.confusion = j.at("confusion_matrix").get<std::vector<std::vector<int64_t>>>();
    m.rocAuc.reset();
    if (j.contains("roc_auc")) {
        m.rocAuc = j.at("roc_auc").get<double>();
    }
}

} // namespace aclwb
