// SPDX-License-Identifier: MIT
#pragma once

namespace CLI {
class App;
}

namespace aclwb::cli {

/// `aclwb-cli runs DIR`: every run under a folder with its status (finished, running, incomplete, cancelled,
/// failed, damaged and why), loss parameters and test results, as a table or JSON.
void registerRunsCommand(CLI::App& app);

} // namespace aclwb::cli
