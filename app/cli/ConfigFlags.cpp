// SPDX-License-Identifier: MIT
#include "ConfigFlags.h"

#include "util/InputError.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

namespace aclwb::cli {
namespace {

std::string flagName(std::string key)
{
    std::replace(key.begin(), key.end(), '_', '-');
    return "--" + key;
}

nlohmann::json parseLike(const nlohmann::json& example, const std::string& text, const std::string& flag)
{
    try {
        size_t used = 0;
        switch (example.type()) {
        case nlohmann::json::value_t::boolean:
            if (text == "true" || text == "1" || text == "on") {
                return true;
            }
            if (text == "false" || text == "0" || text == "off") {
                return false;
            }
            break;
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned: {
            const long long v = std::stoll(text, &used);
            if (used == text.size()) {
                return v;
            }
            break;
        }
        case nlohmann::json::value_t::number_float: {
            const double v = std::stod(text, &used);
            if (used == text.size()) {
                return v;
            }
            break;
        }
        case nlohmann::json::value_t::array: {
            nlohmann::json list = nlohmann::json::array();
            std::stringstream items(text);
            std::string item;
            while (std::getline(items, item, ',')) {
                const long long v = std::stoll(item, &used);
                if (used != item.size()) {
                    throw std::invalid_argument(item);
                }
                list.push_back(v);
            }
            return list;
        }
        default:
            return text;
        }
    } catch (const std::exception&) {
    }
    throw InputError("invalid value for " + flag + ": '" + text + "'");
}

} // namespace

void ConfigFlags::addTo(CLI::App& cmd)
{
    m_cmd = &cmd;
    const nlohmann::json defaults = TrainConfig();
    for (const auto& [key, value] : defaults.items()) {
        std::string help = "config key '" + key + "' (default " + value.dump() + ")";
        cmd.add_option(flagName(key), m_values[key], help);
    }
}

bool ConfigFlags::any() const
{
    for (const auto& [key, value] : m_values) {
        if (m_cmd != nullptr && m_cmd->count(flagName(key)) > 0) {
            return true;
        }
    }
    return false;
}

void ConfigFlags::applyTo(TrainConfig& config) const
{
    nlohmann::json j = config;
    for (const auto& [key, text] : m_values) {
        if (m_cmd != nullptr && m_cmd->count(flagName(key)) > 0) {
            j[key] = parseLike(j.at(key), text, flagName(key));
        }
    }
    from_json(j, config);
}

} // namespace aclwb::cli
