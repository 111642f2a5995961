// SPDX-License-Identifier: MIT
#include "model/ParameterInit.h"

#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/torch.h>

#include <cmath>

namespace aclwb {
namespace {

void redraw(at::Tensor& weight, at::Tensor& bias, at::Generator& generator)
{
    const double fanIn = static_cast<double>(weight.numel() / weight.size(0));
    const double bound = 1.0 / std::sqrt(fanIn);
    weight.uniform_(-bound, bound, generator);
    if (bias.defined()) {
        bias.uniform_(-bound, bound, generator);
    }
}

} // namespace

void initialiseParameters(torch::nn::Module& module, at::Generator& generator)
{
    torch::NoGradGuard noGrad;
    for (const auto& child : module.modules(/*include_self=*/true)) {
        if (auto* conv = child->as<torch::nn::Conv2dImpl>()) {
            redraw(conv->weight, conv->bias, generator);
        } else if (auto* linear = child->as<torch::nn::LinearImpl>()) {
            redraw(linear->weight, linear->bias, generator);
        }
    }
}

} // namespace aclwb
