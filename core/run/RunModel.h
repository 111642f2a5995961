// SPDX-License-Identifier: MIT
#pragma once

#include "model/ContrastiveNet.h"
#include "train/TrainConfig.h"

#include <c10/core/Device.h>

#include <string>
#include <vector>

namespace aclwb {

/// A finished run's trained model, ready for inference: what `aclwb-cli predict` and the GUI load.
struct RunModel {
    TrainConfig config;
    std::vector<std::string> classNames;
    std::vector<int64_t> imageShape; // [C, H, W]
    ContrastiveNet model { nullptr };
};

/// Reads config.json, results.json (class names, image shape) and model.pt of `runDir`, on `device`, in eval mode.
/// InputError naming the file for anything missing or damaged, and for class names that contradict the run's other
/// files (results.json's source_classes against config.json's classes; the names of datasets whose format fixes them,
/// such as Fashion-MNIST's): a reversed list would otherwise label every prediction with the wrong class.
RunModel loadRunModel(const std::string& runDir, const c10::Device& device);

} // namespace aclwb
