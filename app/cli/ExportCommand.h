// SPDX-License-Identifier: MIT
#pragma once

namespace CLI {
class App;
}

namespace aclwb::cli {

/// `aclwb-cli export RUN_DIR --format onnx|state-dict --out FILE [--with-projection]`: a finished run's model as a
/// file to use without our code (ONNX), or its state dict, each with a model card beside it (FILE.card.json/.md).
void registerExportCommand(CLI::App& app);

} // namespace aclwb::cli
