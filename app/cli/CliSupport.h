// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

namespace aclwb::cli {

/// Exit codes of aclwb-cli: scripts and sweeps rely on them.
enum ExitCode : int {
    kExitOk = 0,
    /// An internal failure (a bug or an unexpected library error).
    kExitInternal = 1,
    /// Bad input: a file, a parameter or data the user gave; the message names it.
    kExitBadInput = 2,
};

/// Prints one JSON object on stdout (one line, so results can be collected with `jq -s`).
void printJson(const nlohmann::json& object);

} // namespace aclwb::cli
