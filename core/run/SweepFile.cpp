// SPDX-License-Identifier: MIT
#include "run/SweepFile.h"

#include "io/AtomicFile.h"
#include "train/ConfigSchema.h"
#include "util/InputError.h"

#include <filesystem>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

constexpr int kFormat = 1;

std::string pathOf(const std::string& root)
{
    return (fs::path(root) / "sweep.json").string();
}

} // namespace

std::string formatSweepFile(const SweepPlan& plan)
{
    nlohmann::json axes = nlohmann::json::array();
    for (const SweepAxis& axis : plan.axes()) {
        axes.push_back({ { "key", axis.key }, { "values", axis.values } });
    }
    const nlohmann::json j { { "format", kFormat }, { "base", plan.base() }, { "axes", axes } };
    return j.dump(2) + "\n";
}

void writeSweepFile(const SweepPlan& plan, const std::string& root)
{
    const std::string path = pathOf(root);
    const std::string text = formatSweepFile(plan);
    std::error_code ec;
    if (fs::exists(path, ec)) {
        const SweepPlan existing = readSweepFile(root);
        if (formatSweepFile(existing) != text) {
            throw InputError(path + " describes another sweep (other base config or grid): choose another folder");
        }
        return;
    }
    fs::create_directories(root, ec);
    writeFileAtomically(path, text);
}

SweepPlan readSweepFile(const std::string& root)
{
    const std::string path = pathOf(root);
    const nlohmann::json j = readJsonFileStrict(path);
    try {
        if (!j.is_object() || j.value("format", 0) != kFormat || !j.contains("base") || !j.contains("axes")
            || !j.at("axes").is_array()) {
            throw InputError("expected {\"format\": 1, \"base\": {...}, \"axes\": [...]}");
        }
        TrainConfig base;
        from_json(j.at("base"), base);
        std::vector<SweepAxis> axes;
        for (const nlohmann::json& a : j.at("axes")) {
            axes.push_back({ a.at("key").get<std::string>(), a.at("values").get<std::vector<std::string>>() });
        }
        return SweepPlan(base, axes);
    } catch (const std::exception& e) {
        throw InputError(path + ": " + e.what());
    }
}

bool isSweepDirectory(const std::string& root)
{
    std::error_code ec;
    return fs::is_regular_file(pathOf(root), ec);
}

} // namespace aclwb
