// SPDX-License-Identifier: MIT
#pragma once

#include <ATen/core/Generator.h>
#include <torch/nn/module.h>

namespace aclwb {

/// Re-draws every Conv2d and Linear weight and bias from `generator` with LibTorch's default distribution
/// (kaiming-uniform with a = sqrt(5), i.e. U(-1/sqrt(fan_in), 1/sqrt(fan_in)), bias alike); BatchNorm keeps its
/// constant initialisation. With a per-trainer generator instead of the global one, two trainers built at once in
/// two threads each get exactly the weights they would get alone.
void initialiseParameters(torch::nn::Module& module, at::Generator& generator);

} // namespace aclwb
