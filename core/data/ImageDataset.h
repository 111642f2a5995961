// SPDX-License-Identifier: MIT
#pragma once

#include <ATen/core/Tensor.h>

#include <optional>
#include <string>
#include <vector>

namespace aclwb {

/// The smallest image side the encoders take: cnn-small halves the image with a 2 x 2 max-pool twice, so a side
/// under 4 leaves nothing to pool (LibTorch's "Output size is too small"). The config's image_size starts at 4 too.
inline constexpr int64_t kMinImageSide = 4;

/// One split of a dataset held whole in memory: all images as a single uint8 tensor [N, C, H, W] and their
/// class indices [N]. Batches are gathered by index (index_select), so no per-sample tensors exist.
struct ImageDataset {
    at::Tensor images;
    at::Tensor labels;

    int64_t size() const { return labels.defined() ? labels.size(0) : 0; }
    /// Samples per class index, for `classes` classes.
    std::vector<int64_t> classCounts(int64_t classes) const;
};

/// What a dataset reader returns: the splits the source defines and the class names.
/// `test` and `validation` are present only when the source has official ones; otherwise the imbalance builder
/// carves stratified splits from `train`.
struct DatasetSplits {
    std::string name;
    std::vector<std::string> classNames;
    ImageDataset train;
    std::optional<ImageDataset> test;
    std::optional<ImageDataset> validation;
    /// Human-readable notes for the user (e.g. how many unreadable images were skipped).
    std::vector<std::string> warnings;
    /// True when the decoded images came from the cache rather than from the image files.
    bool fromCache = false;

    int64_t classCount() const { return static_cast<int64_t>(classNames.size()); }
    /// [C, H, W] of one image.
    std::vector<int64_t> imageShape() const;
};

} // namespace aclwb
