// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace aclwb {

/// Writes `contents` to `path` so that readers see either the old file or the complete new one, never a
/// torn write: the data goes to a temporary file in the same directory, is flushed to disk, then renamed
/// over the target. Throws InputError naming the path when it cannot be written.
void writeFileAtomically(const std::string& path, const std::string& contents);

} // namespace aclwb
