// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <exception>
#include <string>

namespace aclwb {

/// A library exception as one readable line for a user: LibTorch's c10::Error without its C++ stack trace, and any
/// text cut at its first line break (never mid-word in a fixed character budget). Running out of memory
/// (std::bad_alloc says only "std::bad_alloc") is named as such, with the settings that need less of it.
std::string describeException(const std::exception& e);

/// `text` as it may appear inside a message: at most `limit` bytes, cut with "..." (never inside a UTF-8
/// character). A user's value is quoted in an error message, and a value of megabytes must not become the message.
std::string shortText(const std::string& text, std::size_t limit = 60);

} // namespace aclwb
