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

/// Every TrainConfig key as a command-line flag (`gamma` -> `--gamma`, `epochs_linear` -> `--epochs-linear`),
/// so the CLI never falls out of step with the config file format. Only flags the user gave override.
/// Parses `text` into the JSON type of `example` (a config default): bool, integer, float, a comma-separated integer
/// list, or a string. InputError naming `what` (a flag or grid key) when it does not parse.
nlohmann::json parseConfigValue(const nlohmann::json& example, const std::string& text, const std::string& what);

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
