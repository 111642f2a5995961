// SPDX-License-Identifier: MIT
#include "ConfigFlags.h"

#include "train/ConfigSchema.h"
#include "util/InputError.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace aclwb::cli {

nlohmann::json parseConfigValue(const std::string& key, const std::string& text, const std::string& what)
{
    const ConfigKey* k = findConfigKey(key);
    if (k == nullptr) {
        throw InputError("unknown config key '" + key + "' in " + what);
    }
    return parseConfigText(*k, text, what);
}

void ConfigFlags::addTo(CLI::App& cmd, const std::vector<std::string>& only)
{
    m_cmd = &cmd;
    const nlohmann::json defaults = TrainConfig();
    for (const ConfigKey& key : configSchema()) {
        if (!only.empty() && std::find(only.begin(), only.end(), key.name) == only.end()) {
            continue;
        }
        CLI::Option* option
            = cmd.add_option(key.flag(), m_values[key.name],
                             key.help + " (" + key.expectation() + "; default " + defaults.at(key.name).dump() + ")");
        option->group(key.group);
        if (key.type == ConfigType::Bool) {
            // `--augment` alone means true, as a plain flag would; `--augment false` still works.
            option->expected(0, 1)->default_str("true");
        }
    }
}

bool ConfigFlags::any() const
{
    for (const auto& [key, value] : m_values) {
        if (m_cmd != nullptr && m_cmd->count(findConfigKey(key)->flag()) > 0) {
            return true;
        }
    }
    return false;
}

void ConfigFlags::applyTo(TrainConfig& config) const
{
    nlohmann::json j = config;
    for (const auto& [key, text] : m_values) {
        const ConfigKey& k = *findConfigKey(key);
        if (m_cmd != nullptr && m_cmd->count(k.flag()) > 0) {
            // `--augment` alone arrives as "true" (the option's default_str); an empty value ("--augment ''") is
            // refused like any other text that is not a value, never read as true.
            j[key] = parseConfigText(k, text, k.flag());
        }
    }
    from_json(j, config);
}

} // namespace aclwb::cli
