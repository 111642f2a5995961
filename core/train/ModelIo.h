// SPDX-License-Identifier: MIT
#pragma once

#include <torch/nn/module.h>

#include <string>

namespace aclwb {

/// Writes the module's parameters and buffers as a state dict in torch.save's format, with PyTorch-style names
/// ("encoder.0.layers.0.0.weight", ...), so Python reads it with `torch.load(path)` (docs/MODEL_FORMAT.md).
/// Written atomically.
void saveStateDict(const torch::nn::Module& module, const std::string& path);

/// Loads tensors from a state dict file (ours, or Python's `torch.save(model.state_dict(), path)`) into the
/// parameters and buffers of `module` whose names start with `prefix` (e.g. "encoder."). Keys are matched after
/// the prefix; a missing key or a shape mismatch is an InputError naming the key and the file.
/// Returns the number of tensors loaded.
int64_t loadStateDict(torch::nn::Module& module, const std::string& path, const std::string& prefix);

} // namespace aclwb
