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

} // namespace aclwb
