// SPDX-License-Identifier: MIT
/// Run configs as `train --config`, `sweep` and `predict` read them. The input is saved as a config.json and read
/// by readJsonFileStrict, the project's JSON reader (parseJsonStrict: duplicate keys and nesting deeper than 64
/// levels refused, every json error an InputError), then by from_json into a TrainConfig (unknown keys, types,
/// ranges) and validated. That is readRunConfig except for its file-exists check; readRunResults is that check plus
/// readJsonFileStrict alone. A config that validates must come back unchanged through its own config.json (to_json,
/// dump, parse, from_json), since every run can be restarted from it. An input shaped like results.json
/// ({"config": {...}, ...}) has its "config" member read the same way.
///
/// readRunConfig and readRunResults are not called directly. RunExport.cpp also holds exportRun, and linking it
/// would bring in the Trainer and with it most of the core.
#include "FuzzSupport.h"
#include "train/ConfigSchema.h"
#include "train/TrainConfig.h"

#include <nlohmann/json.hpp>

namespace {

void readConfig(const nlohmann::json& j)
{
    aclwb::TrainConfig config;
    aclwb::from_json(j, config);
    aclwb::validate(config);

    nlohmann::json saved;
    aclwb::to_json(saved, config);
    aclwb::TrainConfig again;
    try {
        aclwb::from_json(aclwb::parseJsonStrict(saved.dump(2), "config.json"), again);
        aclwb::validate(again);
    } catch (const aclwb::InputError& e) {
        aclwb::fuzz::fail("a valid config does not read back from its config.json", e.what());
    }
    nlohmann::json reread;
    aclwb::to_json(reread, again);
    aclwb::fuzz::require(reread == saved, "a valid config reads back from its config.json unchanged");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    aclwb::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const aclwb::fuzz::ScratchFile file("config.json");
    file.write(data, size);
    nlohmann::json j;
    if (!aclwb::fuzz::expectOnlyInputError([&] { j = aclwb::readJsonFileStrict(file.path()); })) {
        return 0; // not JSON, or a duplicate key
    }
    aclwb::fuzz::expectOnlyInputError([&] { readConfig(j); });
    if (j.is_object()) {
        if (const auto config = j.find("config"); config != j.end()) {
            aclwb::fuzz::expectOnlyInputError([&] { readConfig(*config); });
        }
    }
    return 0;
}
