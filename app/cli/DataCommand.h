// SPDX-License-Identifier: MIT
#pragma once

namespace CLI {
class App;
}

namespace aclwb::cli {

/// `aclwb-cli data`: loads a dataset, builds the imbalanced experiment and reports its per-class counts and the
/// fingerprint of the chosen samples, so users can check what a run will train on before running it.
void registerDataCommand(CLI::App& app);

} // namespace aclwb::cli
