// SPDX-License-Identifier: MIT
#pragma once

#include "train/TrainConfig.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace aclwb {

/// The JSON type a config key takes. Values are checked strictly: 16.7 is not an integer, "2" is not a number,
/// -1 is not a seed; nothing is coerced.
enum class ConfigType { Bool, Integer, Unsigned, Real, Text, Choice, IntegerList };

/// One config key: everything the JSON reader/writer, validation, the CLI's flags and help, and the GUI's forms
/// need to know about it. The table (configSchema()) is the only place keys are listed.
struct ConfigKey {
    std::string name; // JSON key; the CLI flag is "--" + name with '_' -> '-'
    ConfigType type = ConfigType::Text;
    std::string group;                // Data, Loss, Model, Optimisation, Execution
    std::string help;                 // one line, for --help and tooltips
    std::vector<std::string> choices; // ConfigType::Choice
    double minimum = 0.0;             // inclusive range of numbers (and of IntegerList items)
    double maximum = 0.0;
    bool bounded = false;
    std::function<nlohmann::json(const TrainConfig&)> get;
    std::function<void(TrainConfig&, const nlohmann::json&)> set; // value already checked

    /// "--epochs-linear" for "epochs_linear".
    std::string flag() const;
    /// What the key accepts, e.g. "an integer in [1, 100000]" or "one of step, exponential".
    std::string expectation() const;
};

/// Every key of TrainConfig, in the order config.json lists them.
const std::vector<ConfigKey>& configSchema();
/// The key called `name`, or nullptr.
const ConfigKey* findConfigKey(const std::string& name);

/// Throws InputError "invalid config <key> = <value>: expected <expectation>" unless `value` has the key's type and
/// lies in its range / choices.
void checkConfigValue(const ConfigKey& key, const nlohmann::json& value);

/// Parses command-line text into the key's JSON type (bool: true/false/1/0/on/off; lists: comma-separated), then
/// checks it; InputError naming `what` (the flag or grid key) when it does not parse or is out of range.
nlohmann::json parseConfigText(const ConfigKey& key, const std::string& text, const std::string& what);

/// How deeply JSON read from a file or typed by a user may nest (objects and arrays). Our own files nest fewer than
/// ten levels; a bound keeps every later recursive walk of a value (dump, copy, comparison) far from the stack's
/// end, where 65,000 levels crashed.
inline constexpr int kMaxJsonDepth = 64;

/// Throws InputError "`source`: nested deeper than 64 levels (line N)" when `text` opens more than kMaxJsonDepth
/// arrays and objects at once (brackets inside strings do not count). It scans the text without parsing it, so it
/// is safe on any input; parseJsonStrict calls it first, and readers of JSON with another parser (Qt's) call it too.
void requireJsonDepth(const std::string& text, const std::string& source);

/// Parses JSON text, refusing duplicate keys in any object (nlohmann would keep the last one silently) and nesting
/// deeper than kMaxJsonDepth; InputError naming `source` and the line.
nlohmann::json parseJsonStrict(const std::string& text, const std::string& source);
/// parseJsonStrict of a file's contents; InputError naming the file when it is not a regular file (a FIFO would
/// block the reader forever) or cannot be read.
nlohmann::json readJsonFileStrict(const std::string& path);

/// `value` as compact JSON of at most about 60 characters, cut with "...", for quoting a user's value in an error
/// message. It stops serialising once the text is long enough, so a huge or deeply nested value costs neither
/// memory nor stack, and text that is not valid UTF-8 is shown with replacement characters instead of throwing.
std::string shortJson(const nlohmann::json& value);

} // namespace aclwb
