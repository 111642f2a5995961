// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace aclwb {

/// Where an export's model card goes: beside the model, FILE.onnx -> FILE.card.json and FILE.card.md.
struct ModelCardPaths {
    std::string json;
    std::string markdown;
};
ModelCardPaths modelCardPaths(const std::string& modelPath);

/// Writes the model card of a finished run's export, as JSON (for programs) and Markdown (for people): the classes
/// with their training counts, image size and channels, the input normalisation, the loss and its parameters, seed
/// and data fingerprint, the test metrics with per-class accuracy, and how to load the file (ONNX Runtime, OpenCV
/// DNN, or PyTorch through docs/examples/load_model.py). A model without this is a file nobody can trust: which
/// classes, trained how, how good, on what. `format`: "onnx" or "state-dict". InputError naming the run's file that
/// is missing or damaged; both cards are written atomically. `withProjection`: the ONNX file also has "embedding".
ModelCardPaths writeModelCard(const std::string& runDir, const std::string& modelPath, const std::string& format,
                              bool withProjection = false);

} // namespace aclwb
