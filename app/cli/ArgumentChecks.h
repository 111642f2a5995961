// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <limits>
#include <string>

namespace CLI {
class App;
class Option;
} // namespace CLI

namespace aclwb::cli {

/// Registers a numeric option whose text is parsed strictly, because CLI11's own conversion runs with a value nobody
/// asked for: it turns an empty value ("--gamma ''") into 0, reads "010" as octal, wraps "-1" into an unsigned and
/// saturates 2^64 to 2^64 - 1. Here the whole text must be one decimal number of the target's type (a finite real,
/// or an integer in [minimum, maximum]); anything else is an InputError naming the flag, the text and what is
/// expected. `names` is CLI11's list ("--temperature,--tau"); the help shows `target`'s current value as the default.
CLI::Option* addNumberOption(CLI::App& cmd, const std::string& names, double& target, const std::string& help);
CLI::Option* addNumberOption(CLI::App& cmd, const std::string& names, int& target, const std::string& help,
                             int minimum = std::numeric_limits<int>::min(),
                             int maximum = std::numeric_limits<int>::max());
CLI::Option* addNumberOption(CLI::App& cmd, const std::string& names, int64_t& target, const std::string& help,
                             int64_t minimum = std::numeric_limits<int64_t>::min(),
                             int64_t maximum = std::numeric_limits<int64_t>::max());
/// Unsigned options (seeds): "-1" and anything above 2^64 - 1 are refused with the range in the message.
CLI::Option* addNumberOption(CLI::App& cmd, const std::string& names, uint64_t& target, const std::string& help);

/// The strict conversions behind addNumberOption, for numbers that arrive as text some other way (e.g. "--pca 50 or
/// none"). `what` names the flag in the message.
double parseRealText(const std::string& text, const std::string& what);
int64_t parseIntegerText(const std::string& text, const std::string& what, int64_t minimum, int64_t maximum);
uint64_t parseUnsignedText(const std::string& text, const std::string& what);

/// Refuses an output path that is a symbolic link whose target does not exist (InputError naming `what` and the
/// path). writeFileAtomically follows a link to its target, but a dangling link has no target to resolve, so the
/// link itself would be replaced by a regular file: the user pointed the output somewhere and it would land
/// elsewhere. Call it before any work, so a run does not compute a result it cannot deliver.
void refuseDanglingSymlink(const std::string& path, const std::string& what);

} // namespace aclwb::cli
