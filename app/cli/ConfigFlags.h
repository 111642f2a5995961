// SPDX-License-Identifier: MIT
#pragma once

#include "train/TrainConfig.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace aclwb::cli {

/// Parses `text` for config key `key` by its schema type (see ConfigSchema.h); InputError naming `what` (a flag or
/// grid key) when the key is unknown or the text does not parse or is out of range.
nlohmann::json parseConfigValue(const std::string& key, const std::string& text, const std::string& what);

/// Every TrainConfig key as a command-line flag (`gamma` -> `--gamma`, `epochs_linear` -> `--epochs-linear`),
/// generated from the config schema so the CLI never falls out of step with the config file format. Only flags
/// the user gave override.
class ConfigFlags {
public:
    /// Registers a flag for every key, or only for the keys in `only` when it is not empty.
    void addTo(CLI::App& cmd, const std::vector<std::string>& only = {});
    /// Applies the given flags on top of `config`; a value that does not parse is an InputError naming the flag.
    void applyTo(TrainConfig& config) const;
    bool any() const;

private:
    std::map<std::string, std::string> m_values;
    CLI::App* m_cmd = nullptr;
};

} // namespace aclwb::cli
