// SPDX-License-Identifier: MIT
#pragma once

namespace CLI {
class App;
}

namespace aclwb::cli {

/// `aclwb-cli bench-loss`: times the loss's forward + backward on random unit vectors, beside the two
/// N x N x d matrix products any exact method needs, measured in the same run.
void registerBenchLossCommand(CLI::App& app);

} // namespace aclwb::cli
