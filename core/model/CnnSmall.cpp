// SPDX-License-Identifier: MIT
#include "model/CnnSmall.h"

#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/pooling.h>

namespace aclwb {

CnnSmallImpl::CnnSmallImpl(CnnSmallOptions options_)
    : options(options_)
{
    reset();
}

void CnnSmallImpl::reset()
{
    namespace nn = torch::nn;
    auto conv = [](int64_t in, int64_t out) {
        return nn::Conv2d(nn::Conv2dOptions(in, out, /*kernel_size=*/3).padding(1).bias(false));
    };
    // One flat Sequential (LibTorch cannot nest Sequentials): conv, bn, relu per block.
    layers = register_module("layers",
                             nn::Sequential(conv(options.in_channels(), 32), nn::BatchNorm2d(32), nn::ReLU(),
                                            nn::MaxPool2d(2), conv(32, 64), nn::BatchNorm2d(64), nn::ReLU(),
                                            nn::MaxPool2d(2), conv(64, kFeatures), nn::BatchNorm2d(kFeatures),
                                            nn::ReLU(), nn::AdaptiveAvgPool2d(1), nn::Flatten()));
}

torch::Tensor CnnSmallImpl::forward(const torch::Tensor& x)
{
    return layers->forward(x);
}

} // namespace aclwb
