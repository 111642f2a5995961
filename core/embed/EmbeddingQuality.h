// SPDX-License-Identifier: MIT
#pragma once

#include <ATen/core/Tensor.h>

#include <vector>

namespace aclwb {

/// Trustworthiness of a low-dimensional layout (Venna & Kaski; as scikit-learn's `trustworthiness`): 1 means every
/// point's k nearest neighbours in the layout are also among its k nearest in the original space; points that
/// intrude are penalised by how far down the original ranking they sit. Needs k < N / 2. O(N^2 log N) in blocks.
double trustworthiness(const at::Tensor& original, const at::Tensor& layout, int64_t k = 10);

/// Leave-one-out k-nearest-neighbour accuracy (majority vote of the k neighbours, ties to the smaller label):
/// how well classes separate in a space. Compared between the layout and the original space it says whether the
/// picture can be trusted about the classes.
double knnAccuracy(const at::Tensor& points, const at::Tensor& labels, int64_t k = 10);

/// knnAccuracy per class (recall of the kNN vote for each class's points; 0 for a class without points), k capped
/// at N - 1. Gives the contrastive stage, which has no classifier yet, a per-class quality signal: a minority
/// class buried in the majority cluster scores low here long before any linear probe exists.
std::vector<double> knnAccuracyPerClass(const at::Tensor& points, const at::Tensor& labels, int64_t k, int64_t classes);

} // namespace aclwb
