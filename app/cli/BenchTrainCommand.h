// SPDX-License-Identifier: MIT
#pragma once

namespace CLI {
class App;
}

namespace aclwb::cli {

/// `aclwb-cli bench-train`: images/s of stage-1 training steps (forward, AFCL loss, backward, optimizer step).
void registerBenchTrainCommand(CLI::App& app);

} // namespace aclwb::cli
