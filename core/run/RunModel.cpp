// SPDX-License-Identifier: MIT
#include "run/RunModel.h"

#include "data/DatasetSource.h"
#include "train/ModelIo.h"
#include "train/RunExport.h"
#include "util/InputError.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <type_traits>

namespace aclwb {
namespace {

template <class T>
std::string listText(const std::vector<T>& items)
{
    std::string text;
    for (const T& item : items) {
        if constexpr (std::is_same_v<T, std::string>) {
            text += (text.empty() ? "" : ", ") + item;
        } else {
            text += (text.empty() ? "" : ", ") + std::to_string(item);
        }
    }
    return text;
}

/// Every prediction is labelled with results.json's class_names, so they must be the run's own: a reversed or
/// edited list would invert every label without any other sign. They are checked against what the run's other files
/// say: results.json's source_classes (the dataset's class indices the run trained on) against config.json's
/// classes, their count, and, where the dataset's format fixes its class names (fmnist, mnist, isic2018), the names
/// themselves. An image folder's names are its sub-folders, which may not be on this machine: only the count.
void checkClassNames(const RunModel& r, const nlohmann::json& results, const std::string& resultsPath,
                     const std::string& configPath)
{
    std::vector<int64_t> source = r.config.classes; // empty: every class of the dataset
    if (results.contains("source_classes")) {
        std::vector<int64_t> listed;
        try {
            listed = results.at("source_classes").get<std::vector<int64_t>>();
        } catch (const nlohmann::json::exception&) {
            throw InputError(resultsPath + ": damaged (source_classes must be a list of integers)");
        }
        if (!source.empty() && listed != source) {
            throw InputError(resultsPath + ": source_classes (" + listText(listed) + ") are not the classes "
                             + configPath + " names (" + listText(source)
                             + "): the two files are not from the same run");
        }
        source = listed;
    }
    if (!source.empty() && source.size() != r.classNames.size()) {
        throw InputError(resultsPath + ": lists " + std::to_string(r.classNames.size()) + " class names ("
                         + listText(r.classNames) + ") for the run's " + std::to_string(source.size()) + " classes ("
                         + listText(source) + ")");
    }
    const std::optional<std::vector<std::string>> names = fixedClassNames(r.config.dataset);
    if (!names) {
        return;
    }
    if (source.empty()) {
        for (size_t c = 0; c < names->size(); ++c) {
            source.push_back(static_cast<int64_t>(c));
        }
    }
    std::vector<std::string> expected;
    for (int64_t c : source) {
        if (c < 0 || c >= static_cast<int64_t>(names->size())) {
            throw InputError(configPath + ": class index " + std::to_string(c) + " is not a class of dataset "
                             + r.config.dataset + " (0.." + std::to_string(names->size() - 1) + ")");
        }
        expected.push_back((*names)[static_cast<size_t>(c)]);
    }
    if (expected != r.classNames) {
        throw InputError(resultsPath + ": class_names (" + listText(r.classNames)
                         + ") are not the names of the run's classes (dataset " + r.config.dataset + ", classes "
                         + listText(source) + ": " + listText(expected)
                         + "); every prediction would carry the wrong name");
    }
}

} // namespace

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
    checkClassNames(r, results, resultsPath, (fs::path(runDir) / "config.json").string());
    r.model = ContrastiveNet(
        ContrastiveNetOptions(r.config.encoder, r.imageShape.at(0), static_cast<int64_t>(r.classNames.size())));
    loadStateDict(*r.model, (fs::path(runDir) / "model.pt").string(), "");
    r.model->to(device);
    r.model->eval();
    return r;
}

} // namespace aclwb
