// SPDX-License-Identifier: MIT
#include "run/ConfigDiff.h"

#include "train/ConfigSchema.h"

#include <nlohmann/json.hpp>

namespace aclwb {

std::vector<std::string> differingKeys(const std::vector<TrainConfig>& configs)
{
    std::vector<std::string> out;
    if (configs.size() < 2) {
        return out;
    }
    std::vector<nlohmann::json> json;
    for (const TrainConfig& c : configs) {
        json.push_back(c);
    }
    for (const ConfigKey& key : configSchema()) {
        const std::string name = key.name;
        for (size_t k = 1; k < json.size(); ++k) {
            if (json[k].value(name, nlohmann::json()) != json[0].value(name, nlohmann::json())) {
                out.push_back(name);
                break;
            }
        }
    }
    return out;
}

std::string configValueText(const TrainConfig& config, const std::string& key)
{
    const nlohmann::json j = config;
    return j.contains(key) ? j.at(key).dump() : std::string();
}

bool sameExceptSeed(const TrainConfig& a, const TrainConfig& b)
{
    nlohmann::json ja = runIdentity(a);
    nlohmann::json jb = runIdentity(b);
    ja.erase("seed");
    jb.erase("seed");
    return ja == jb;
}

} // namespace aclwb
