// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace aclwb {

/// Throws InputError unless `path` is a regular file or a symbolic link to one: "PATH: does not exist",
/// "PATH: is a directory, not a file", "PATH: is a named pipe (FIFO), not a regular file", a device, a socket or a
/// broken symbolic link likewise. Every reader calls it before it opens a file, because opening a FIFO that has no
/// writer blocks forever, a device can give endless data, and a directory ends in a library's cryptic error. It
/// looks with stat(), which never blocks. `what` (may be empty) says what the file is for, e.g. "--images" or
/// "checkpoint", and starts the message: "checkpoint /run/checkpoint.pt: is a named pipe (FIFO), ...".
void requireRegularFile(const std::string& path, const std::string& what = {});

} // namespace aclwb
