// SPDX-License-Identifier: MIT
#pragma once

#include <torch/nn/cloneable.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/pimpl.h>

namespace aclwb {

/// Options of the small CPU-friendly encoder.
///
///   CnnSmall encoder(CnnSmallOptions(/*in_channels=*/1));
struct CnnSmallOptions {
    explicit CnnSmallOptions(int64_t in_channels)
        : in_channels_(in_channels)
    { }
    TORCH_ARG(int64_t, in_channels);
};

/// Three blocks Conv3x3 -> BatchNorm -> ReLU with 32, 64, 128 channels, 2x2 max-pool after the first two, global
/// average pool: 128-d features. The default encoder: a stage-1 epoch on imbalanced FMNIST takes seconds on a CPU.
class CnnSmallImpl : public torch::nn::Cloneable<CnnSmallImpl> {
public:
    explicit CnnSmallImpl(CnnSmallOptions options);
    void reset() override;
    torch::Tensor forward(const torch::Tensor& x);

    static constexpr int64_t kFeatures = 128;
    CnnSmallOptions options;
    torch::nn::Sequential layers { nullptr };
};

TORCH_MODULE(CnnSmall);

} // namespace aclwb
