// SPDX-License-Identifier: MIT
#pragma once

#include <exception>
#include <string>

namespace aclwb {

/// A library exception as one readable line for a user: LibTorch's c10::Error without its C++ stack trace, and any
/// text cut at its first line break (never mid-word in a fixed character budget).
std::string describeException(const std::exception& e);

} // namespace aclwb
