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
    /// Training diverged (a non-finite loss or embedding): the parameters, not the files, need changing.
    kExitDiverged = 3,
    /// The run folder is in use by another process (the message names it); nothing was touched.
    kExitFolderInUse = 4,
    /// Cancelled (Ctrl-C); a run is resumable from its checkpoint.
    kExitCancelled = 130,
};

/// Prints one JSON object on stdout (one line, so results can be collected with `jq -s`).
void printJson(const nlohmann::json& object);

} // namespace aclwb::cli
