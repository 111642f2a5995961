// SPDX-License-Identifier: MIT
#include "run/RunModel.h"

#include "train/ModelIo.h"
#include "train/RunExport.h"
#include "util/InputError.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace aclwb {

RunModel loadRunModel(const std::string& runDir, const c10::Device& device)
{
    namespace fs = std::filesystem;
    RunModel r;
    r.config = readRunConfig(runDir);
    const nlohmann::json results = readRunResults(runDir);
    const std::string resultsPath = (fs::path(runDir) / "results.json").string();
    try {
        r.classNames = results.at("class_names").get<std::vector<std::string>>();
        r.imageShape = results.at("image_shape").get<std::vector<int64_t>>();
    } catch (const nlohmann::json::exception&) {
        throw InputError(resultsPath
                         + ": damaged (class_names must be a list of strings and image_shape a list of integers)");
    }
    if (r.classNames.size() < 2 || r.imageShape.size() != 3 || r.imageShape[0] < 1 || r.imageShape[1] < 4
        || r.imageShape[1] != r.imageShape[2]) {
        throw InputError(resultsPath
                         + ": damaged (needs at least 2 class names and an image_shape [channels, side, "
                           "side])");
    }
    r.model = ContrastiveNet(
        ContrastiveNetOptions(r.config.encoder, r.imageShape.at(0), static_cast<int64_t>(r.classNames.size())));
    loadStateDict(*r.model, (fs::path(runDir) / "model.pt").string(), "");
    r.model->to(device);
    r.model->eval();
    return r;
}

} // namespace aclwb
