// SPDX-License-Identifier: MIT
#pragma once

#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>
#include <torch/arg.h>

namespace aclwb {

/// Options of the tensor augmentations applied to training batches.
///
///   Augmentation aug(AugmentationOptions().crop_padding(4).horizontal_flip(true).brightness(0.2));
struct AugmentationOptions {
    /// Zero-pad by this many pixels, then crop back to the original size at a random offset (0 = no crop).
    TORCH_ARG(int64_t, crop_padding) = 2;
    /// Mirror each image left-right with probability 1/2.
    TORCH_ARG(bool, horizontal_flip) = true;
    /// Add a per-image offset drawn from [-brightness, brightness] (images are in [0, 1]).
    TORCH_ARG(double, brightness) = 0.0;
    /// Scale each image's deviation from its mean by a factor from [1 - contrast, 1 + contrast].
    TORCH_ARG(double, contrast) = 0.0;
};

/// Random augmentations on a float batch [B, C, H, W] in [0, 1], drawn from a caller-owned generator so that a
/// run's seed reproduces them exactly. Works on any device (draws happen on the CPU generator).
class Augmentation {
public:
    explicit Augmentation(AugmentationOptions options = {});

    /// One augmented view of `batch`.
    at::Tensor apply(const at::Tensor& batch, at::Generator& generator) const;

    /// Two independently augmented views stacked [2B, C, H, W] (SupCon style: every anchor then has a positive,
    /// its other view). Labels must be repeated to match: at::cat({labels, labels}).
    at::Tensor twoViews(const at::Tensor& batch, at::Generator& generator) const;

    const AugmentationOptions& options() const { return m_options; }

private:
    AugmentationOptions m_options;
};

} // namespace aclwb
