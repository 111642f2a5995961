// SPDX-License-Identifier: MIT
#include "ArgumentChecks.h"

#include "util/InputError.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <system_error>

namespace aclwb::cli {
namespace {

InputError invalid(const std::string& text, const std::string& what, const std::string& expected)
{
    return InputError("invalid value for " + what + ": '" + text + "' (expected " + expected + ")");
}

/// The first of CLI11's comma-separated names ("--temperature" of "--temperature,--tau"), as messages name it.
std::string flagName(const std::string& names)
{
    return names.substr(0, names.find(','));
}

template <class T>
std::string defaultText(T value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

/// One option whose single value goes through `parse` (which throws InputError) into `target`. The callback runs
/// while CLI11 processes the command line, before the subcommand's own callback, so a bad value stops the command
/// before it does anything.
template <class T, class Parse>
CLI::Option* addParsed(CLI::App& cmd, const std::string& names, T& target, const std::string& help,
                       const char* typeName, Parse parse)
{
    const std::string flag = flagName(names);
    CLI::Option* option = cmd.add_option_function<std::string>(
        names, [&target, flag, parse](const std::string& text) { target = parse(text, flag); }, help);
    option->type_name(typeName);
    option->default_str(defaultText(target));
    return option;
}

std::string rangeText(int64_t minimum, int64_t maximum)
{
    return "an integer in [" + std::to_string(minimum) + ", " + std::to_string(maximum) + "]";
}

} // namespace

double parseRealText(const std::string& text, const std::string& what)
{
    double value = 0.0;
    // from_chars takes no leading '+'; "+0.5" is still plainly a number ("+-1" is not).
    const bool plus = text.rfind('+', 0) == 0;
    const char* begin = text.data() + (plus ? 1 : 0);
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec == std::errc::result_out_of_range && ptr == end) {
        // Some from_chars report a subnormal value (1e-310) as out of range: it is still that number, and the
        // parameter's own check names its range. Underflow to 0 and overflow stay refused below.
        const std::string digits(begin, end);
        char* stop = nullptr;
        const double v = std::strtod(digits.c_str(), &stop);
        if (stop == digits.c_str() + digits.size() && std::isfinite(v) && v != 0.0) {
            value = v;
            ec = std::errc();
        }
    }
    if (begin == end || (plus && (*begin == '-' || *begin == '+')) || ec != std::errc() || ptr != end
        || !std::isfinite(value)) {
        throw invalid(text, what, "a finite number");
    }
    return value;
}

int64_t parseIntegerText(const std::string& text, const std::string& what, int64_t minimum, int64_t maximum)
{
    int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value < minimum || value > maximum) {
        throw invalid(text, what, rangeText(minimum, maximum));
    }
    return value;
}

uint64_t parseUnsignedText(const std::string& text, const std::string& what)
{
    uint64_t value = 0;
    const char* end = text.data() + text.size();
    // from_chars of an unsigned refuses "-1" and reports values above 2^64 - 1 as out of range instead of wrapping.
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) {
        throw invalid(text, what, "a non-negative integer in [0, 2^64-1]"); // as the config schema words it
    }
    return value;
}

void refuseDanglingSymlink(const std::string& path, const std::string& what)
{
    namespace fs = std::filesystem;
    if (path.empty()) {
        return;
    }
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(path, ec))) {
        return;
    }
    // exists() follows the link (and every link after it), so a chain ending nowhere is dangling too.
    if (!fs::exists(fs::status(path, ec))) {
        const fs::path target = fs::read_symlink(path, ec);
        throw InputError(what + " " + path + ": the output path is a symbolic link whose target does not exist"
                         + (ec ? std::string() : " (" + target.string() + ")")
                         + "; remove the link or create its target first");
    }
}

CLI::Option* addNumberOption(CLI::App& cmd, const std::string& names, double& target, const std::string& help)
{
    return addParsed(cmd, names, target, help, "FLOAT",
                     [](const std::string& text, const std::string& flag) { return parseRealText(text, flag); });
}

CLI::Option* addNumberOption(CLI::App& cmd, const std::string& names, int& target, const std::string& help, int minimum,
                             int maximum)
{
    return addParsed(cmd, names, target, help, "INT",
                     [minimum, maximum](const std::string& text, const std::string& flag) {
                         return static_cast<int>(parseIntegerText(text, flag, minimum, maximum));
                     });
}

CLI::Option* addNumberOption(CLI::App& cmd, const std::string& names, int64_t& target, const std::string& help,
                             int64_t minimum, int64_t maximum)
{
    return addParsed(cmd, names, target, help, "INT",
                     [minimum, maximum](const std::string& text, const std::string& flag) {
                         return parseIntegerText(text, flag, minimum, maximum);
                     });
}

CLI::Option* addNumberOption(CLI::App& cmd, const std::string& names, uint64_t& target, const std::string& help)
{
    return addParsed(cmd, names, target, help, "UINT",
                     [](const std::string& text, const std::string& flag) { return parseUnsignedText(text, flag); });
}

} // namespace aclwb::cli
