// SPDX-License-Identifier: MIT
#include "model/ResNet18.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/pooling.h>

namespace aclwb {
namespace nn = torch::nn;

BasicBlockImpl::BasicBlockImpl(int64_t in_, int64_t out_, int64_t stride_)
    : in(in_)
    , out(out_)
    , stride(stride_)
{
    reset();
}

void BasicBlockImpl::reset()
{
    conv1 = register_module("conv1", nn::Conv2d(nn::Conv2dOptions(in, out, 3).stride(stride).padding(1).bias(false)));
    bn1 = register_module("bn1", nn::BatchNorm2d(out));
    conv2 = register_module("conv2", nn::Conv2d(nn::Conv2dOptions(out, out, 3).stride(1).padding(1).bias(false)));
    bn2 = register_module("bn2", nn::BatchNorm2d(out));
    shortcut = register_module("shortcut", nn::Sequential());
    if (stride != 1 || in != out) {
        shortcut->push_back(nn::Conv2d(nn::Conv2dOptions(in, out, 1).stride(stride).bias(false)));
        shortcut->push_back(nn::BatchNorm2d(out));
    }
}

torch::Tensor BasicBlockImpl::forward(const torch::Tensor& x)
{
    torch::Tensor y = torch::relu(bn1(conv1(x)));
    y = bn2(conv2(y));
    return torch::relu(y + (shortcut->is_empty() ? x : shortcut->forward(x)));
}

ResNet18Impl::ResNet18Impl(ResNet18Options options_)
    : options(options_)
{
    reset();
}

void ResNet18Impl::reset()
{
    conv1
        = register_module("conv1", nn::Conv2d(nn::Conv2dOptions(options.in_channels(), 64, 3).padding(1).bias(false)));
    bn1 = register_module("bn1", nn::BatchNorm2d(64));
    auto stage = [](int64_t in, int64_t out, int64_t stride) {
        return nn::Sequential(BasicBlock(in, out, stride), BasicBlock(out, out, 1));
    };
    layer1 = register_module("layer1", stage(64, 64, 1));
    layer2 = register_module("layer2", stage(64, 128, 2));
    layer3 = register_module("layer3", stage(128, 256, 2));
    layer4 = register_module("layer4", stage(256, 512, 2));
}

torch::Tensor ResNet18Impl::forward(const torch::Tensor& x)
{
    torch::Tensor y = torch::relu(bn1(conv1(x)));
    y = layer4->forward(layer3->forward(layer2->forward(layer1->forward(y))));
    return torch::adaptive_avg_pool2d(y, { 1, 1 }).flatten(1);
}

} // namespace aclwb
