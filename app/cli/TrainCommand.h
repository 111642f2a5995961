// SPDX-License-Identifier: MIT
#pragma once

namespace CLI {
class App;
}

namespace aclwb::cli {

/// `aclwb-cli train`: a complete two-stage run (or a cross-entropy baseline) into --out, resumable.
void registerTrainCommand(CLI::App& app);

} // namespace aclwb::cli
