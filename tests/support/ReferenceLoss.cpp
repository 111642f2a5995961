// SPDX-License-Identifier: MIT
#include "support/ReferenceLoss.h"

#include <cmath>
#include <limits>

namespace aclwb::test {

torch::Tensor referenceLoss(const torch::Tensor& features, const torch::Tensor& labels, double gamma, double eta,
                            double temperature, bool perAnchor)
{
    const int64_t n = features.size(0);
    const torch::Tensor z = features / features.norm(2, 1, true);
    const torch::Tensor offDiagonal = torch::eye(n, torch::kBool).logical_not();
    const torch::Tensor logits = z.mm(z.t()).div(temperature).masked_select(offDiagonal).view({ n, n - 1 });
    const torch::Tensor sameClass
        = labels.unsqueeze(1).eq(labels.unsqueeze(0)).masked_select(offDiagonal).view({ n, n - 1 });
    const torch::Tensor logp = torch::log_softmax(logits, 1);
    const torch::Tensor q = 1 - logp.exp();
    const torch::Tensor zero = torch::zeros_like(logp);
    const torch::Tensor positiveTerm = torch::where(sameClass, -q.pow(gamma) * logp, zero).sum(1);
    const double eps = std::numeric_limits<double>::epsilon();
    const torch::Tensor negativeTerm = torch::where(sameClass, zero, -q.clamp_min(eps).log()).sum(1);
    torch::Tensor dPos;
    torch::Tensor dNeg;
    if (perAnchor) {
        const torch::Tensor positives = sameClass.sum(1).to(torch::kDouble);
        const torch::Tensor negatives = sameClass.logical_not().sum(1).to(torch::kDouble);
        // An empty set contributes 0: divide by 1 where the (zero) sum is over nothing.
        dPos = positives.clamp_min(1);
        dNeg = negatives.clamp_min(1);
    } else {
        dPos = torch::full({ n }, static_cast<double>(n), torch::kDouble);
        dNeg = dPos;
    }
    return (positiveTerm / dPos + eta * negativeTerm / dNeg).mean();
}

double scalarLoopLoss(const std::vector<std::vector<double>>& features, const std::vector<int64_t>& labels,
                      double gamma, double eta, double temperature, bool perAnchor)
{
    const size_t n = features.size();
    std::vector<std::vector<double>> z = features;
    for (auto& row : z) {
        double norm = 0;
        for (double v : row) {
            norm += v * v;
        }
        for (double& v : row) {
            v /= std::sqrt(norm);
        }
    }
    auto dot = [&](size_t a, size_t b) {
        double s = 0;
        for (size_t k = 0; k < z[a].size(); ++k) {
            s += z[a][k] * z[b][k];
        }
        return s / temperature;
    };
    double total = 0;
    for (size_t i = 0; i < n; ++i) {
        double denominator = 0;
        for (size_t k = 0; k < n; ++k) {
            if (k != i) {
                denominator += std::exp(dot(i, k));
            }
        }
        double positive = 0;
        double negative = 0;
        double positives = 0;
        double negatives = 0;
        for (size_t j = 0; j < n; ++j) {
            if (j == i) {
                continue;
            }
            const double p = std::exp(dot(i, j)) / denominator;
            if (labels[j] == labels[i]) {
                positive += -std::pow(1 - p, gamma) * std::log(p);
                positives += 1;
            } else {
                negative += -eta * std::log(1 - p);
                negatives += 1;
            }
        }
        const double dPos = perAnchor ? (positives > 0 ? positives : 1) : static_cast<double>(n);
        const double dNeg = perAnchor ? (negatives > 0 ? negatives : 1) : static_cast<double>(n);
        total += positive / dPos + negative / dNeg;
    }
    return total / static_cast<double>(n);
}

} // namespace aclwb::test
