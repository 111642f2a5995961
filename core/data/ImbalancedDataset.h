// SPDX-License-Identifier: MIT
#pragma once

#include "data/ImageDataset.h"
#include "data/ImbalanceOptions.h"

#include <ATen/core/Tensor.h>

#include <string>
#include <vector>

namespace aclwb {

/// One part (train, validation or test) of an experiment: which source samples it uses, relabelled to the
/// experiment's classes 0..K-1. It shares the source's image tensor; nothing is copied until a batch is gathered.
struct SubsetView {
    at::Tensor images;                // uint8 [N_source, C, H, W], the whole source split (shared)
    at::Tensor indices;               // int64 [M], rows of `images`, ascending
    at::Tensor labels;                // int64 [M], experiment class of each row
    std::vector<int64_t> classCounts; // per experiment class

    int64_t size() const { return indices.defined() ? indices.size(0) : 0; }
    /// The images at `positions` (int64, positions into this subset) as float [B, C, H, W] scaled to [0, 1].
    at::Tensor gatherImages(const at::Tensor& positions) const;
    /// Their experiment labels.
    at::Tensor gatherLabels(const at::Tensor& positions) const;
};

/// A dataset turned into an imbalanced experiment: the chosen classes, per-class counts, the three parts, and a
/// fingerprint of exactly which samples were chosen (same seed and options -> same fingerprint).
struct ImbalancedDataset {
    std::string datasetName;
    std::vector<std::string> classNames;      // experiment classes, majority first
    std::vector<int64_t> sourceClasses;       // experiment class k is source class sourceClasses[k]
    std::vector<int64_t> selectedTrainCounts; // per class, before the validation split
    SubsetView train;
    SubsetView validation;
    SubsetView test;
    bool officialValidation = false;
    bool officialTest = false;
    std::vector<int64_t> imageShape; // [C, H, W]
    std::string fingerprint;         // 16 hex digits

    int64_t classCount() const { return static_cast<int64_t>(classNames.size()); }
};

/// Builds the experiment deterministically from `options.seed`:
/// 1. the chosen classes (in order; the first is the majority), each shuffled with the seed;
/// 2. without an official test split, a stratified `testFraction` of each class becomes the test pool;
/// 3. training counts: with ratio R > 0, n_max = majority count (capped by maxPerClass) and class k gets
///    floor(n_max * f_k), f from the profile; with R = 0, each class keeps its count (capped);
/// 4. without an official validation split, a stratified `validationFraction` of each class is held out;
/// 5. the test set gets the same factors (Matched) or stays as it is (Balanced).
/// Errors (InputError): unknown or repeated class index, bad options, a class left with zero samples.
ImbalancedDataset buildImbalancedDataset(const DatasetSplits& source, const ImbalanceOptions& options);

} // namespace aclwb
