// SPDX-License-Identifier: MIT
#pragma once

namespace CLI {
class App;
}

namespace aclwb::cli {

/// `aclwb-cli loss`: evaluates the loss (and optionally its gradient) on features and labels from CSV files,
/// so users can check the implementation against their own code.
void registerLossCommand(CLI::App& app);

} // namespace aclwb::cli
