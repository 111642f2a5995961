// SPDX-License-Identifier: MIT
#pragma once

namespace CLI {
class App;
}

namespace aclwb::cli {

/// `aclwb-cli predict`: classifies images with a finished run's model: the run's own test set (default), or
/// image files given with --images. Per-image class and logits as CSV or JSON.
void registerPredictCommand(CLI::App& app);

} // namespace aclwb::cli
