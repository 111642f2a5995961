// SPDX-License-Identifier: MIT
#pragma once

#include <torch/nn/cloneable.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

namespace aclwb {

/// ResNet's basic block: two 3x3 convolutions with batch norm and an identity (or 1x1 projection) shortcut.
class BasicBlockImpl : public torch::nn::Cloneable<BasicBlockImpl> {
public:
    BasicBlockImpl(int64_t in, int64_t out, int64_t stride);
    void reset() override;
    torch::Tensor forward(const torch::Tensor& x);

    int64_t in = 0;
    int64_t out = 0;
    int64_t stride = 1;
    torch::nn::Conv2d conv1 { nullptr };
    torch::nn::BatchNorm2d bn1 { nullptr };
    torch::nn::Conv2d conv2 { nullptr };
    torch::nn::BatchNorm2d bn2 { nullptr };
    torch::nn::Sequential shortcut { nullptr };
};
TORCH_MODULE(BasicBlock);

struct ResNet18Options {
    explicit ResNet18Options(int64_t in_channels)
        : in_channels_(in_channels)
    { }
    TORCH_ARG(int64_t, in_channels);
};

/// CIFAR-style ResNet-18 (3x3 stride-1 stem, no max-pool: small images keep their resolution), 1 or 3 input
/// channels, 512-d features. Parameter names follow torchvision's (conv1, bn1, layer1.0.conv1, ...).
class ResNet18Impl : public torch::nn::Cloneable<ResNet18Impl> {
public:
    explicit ResNet18Impl(ResNet18Options options);
    void reset() override;
    torch::Tensor forward(const torch::Tensor& x);

    static constexpr int64_t kFeatures = 512;
    ResNet18Options options;
    torch::nn::Conv2d conv1 { nullptr };
    torch::nn::BatchNorm2d bn1 { nullptr };
    torch::nn::Sequential layer1 { nullptr }, layer2 { nullptr }, layer3 { nullptr }, layer4 { nullptr };
};
TORCH_MODULE(ResNet18);

} // namespace aclwb
