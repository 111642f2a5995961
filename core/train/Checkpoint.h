// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <torch/nn/module.h>
#include <torch/optim/optimizer.h>

#include <functional>
#include <string>

namespace aclwb {

/// The run's own checkpoint: model parameters and buffers, optimizer state, and a JSON record of where the run
/// stands (stage, epochs done, history). Written atomically after every epoch (temp file + rename), so a run
/// killed at any moment resumes from its last completed epoch. Randomness needs no saved state: batches and
/// augmentations are drawn from (seed, stage, epoch).
struct Checkpoint {
    static void save(const std::string& path, const torch::nn::Module& model, const torch::optim::Optimizer* optimizer,
                     const nlohmann::json& state);
    /// Loads model weights and returns the JSON state; `optimizerFor(state)` names the optimizer whose state to load
    /// (which one depends on the saved stage), or nullptr for none.
    /// Throws InputError naming the file if it cannot be read.
    static nlohmann::json load(const std::string& path, torch::nn::Module& model,
                               const std::function<torch::optim::Optimizer*(const nlohmann::json&)>& optimizerFor);
};

} // namespace aclwb
