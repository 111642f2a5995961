// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace aclwb {

/// Thrown for problems with what the user gave us (a file, a parameter), as opposed to bugs.
/// Front ends turn it into a clear message and exit code 2; the message always names the file or parameter.
class InputError : public std::runtime_error {
public:
    explicit InputError(const std::string& message)
        : std::runtime_error(message)
    { }
};

/// Training produced a non-finite loss or embedding. Bad parameters for this data, not bad files: scripts and sweeps
/// tell the two apart (aclwb-cli exits with 3 instead of 2).
class TrainingDiverged : public InputError {
public:
    using InputError::InputError;
};

/// Another process (here or on another host) holds the run folder. Nothing in the folder was touched; a sweep skips
/// such a point instead of counting it as failed (aclwb-cli exits with 4).
class RunFolderInUse : public InputError {
public:
    using InputError::InputError;
};

} // namespace aclwb
