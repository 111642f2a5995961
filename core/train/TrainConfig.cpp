// SPDX-License-Identifier: MIT
#include "train/TrainConfig.h"

#include "train/ConfigSchema.h"
#include "train/TrainingEvents.h"
#include "util/ErrorText.h"
#include "util/InputError.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

namespace aclwb {
namespace {

void require(bool ok, const std::string& key, const std::string& rule)
{
    if (!ok) {
        const ConfigKey* k = findConfigKey(key);
        throw InputError("invalid config " + key + (k != nullptr ? " (" + k->flag() + ")" : std::string()) + ": "
                         + rule);
    }
}

} // namespace

nlohmann::json runIdentity(const TrainConfig& config)
{
    nlohmann::json j = config;
    for (const char* key : { "device", "threads", "cache_dir", "snapshot_every", "snapshot_points" }) {
        j.erase(key);
    }
    return j;
}

void validate(const TrainConfig& c)
{
    // Every key's type and range first (the schema), then the rules that tie keys together.
    for (const ConfigKey& key : configSchema()) {
        checkConfigValue(key, key.get(c));
    }
    require(c.imbalanceRatio == 0.0 || c.imbalanceRatio >= 1.0, "imbalance_ratio",
            "must be 0 (keep the source's counts) or >= 1");
    require(!(c.gamma != 0 && (c.loss == "cl" || c.loss == "acl")), "gamma",
            "must be 0 for loss " + c.loss + " (use fcl or afcl for a focal term)");
    require(!(c.eta != 0 && (c.loss == "cl" || c.loss == "fcl")), "eta",
            "must be 0 for loss " + c.loss + " (use acl or afcl for the asymmetric term)");
    require(!(c.linearBalanced && !c.isContrastive()), "linear_balanced",
            "applies to stage 2 of a contrastive loss; for loss " + c.loss + " use ce-weighted");
    require(!c.isContrastive() || c.epochsContrastive >= 1, "epochs_contrastive",
            "must be >= 1 for a contrastive loss");
    const int64_t stageEpochs = epochsOf(c, stagesOf(c).front()); // the stage the warm-up belongs to
    require(c.warmupEpochs <= stageEpochs, "warmup_epochs",
            std::to_string(c.warmupEpochs) + " is longer than the stage it warms up (" + std::to_string(stageEpochs)
                + " epochs)");
    std::set<int64_t> distinct(c.classes.begin(), c.classes.end());
    require(distinct.size() == c.classes.size(), "classes", "a class is listed twice");
    require(c.classes.empty() || c.classes.size() >= 2, "classes", "needs at least 2 classes (or empty for all)");
    const bool cudaIndex = c.device.rfind("cuda:", 0) == 0 && c.device.size() > 5
        && c.device.find_first_not_of("0123456789", 5) == std::string::npos;
    require(c.device == "cpu" || c.device == "cuda" || c.device == "auto" || cudaIndex, "device",
            "'" + shortText(c.device) + "' is not one of cpu, cuda, cuda:N, auto");
}

void applyPreset(TrainConfig& c, const std::string& preset)
{
    if (preset == "study") {
        // The recipe of docs/RESULTS.md (bench/study/run-study.py): batch 64 beat 256 for CL and CE there (more
        // steps in a short run), Adam 1e-3 with a cosine schedule, one view, tau 0.1, the linear probe solved.
        c.optimizer = "adam";
        c.lr = 1e-3;
        c.weightDecay = 1e-4;
        c.batchSize = 64;
        c.temperature = 0.1;
        c.normalization = "batch";
        c.views = 1;
        c.schedule = "cosine";
        c.warmupEpochs = 0;
        c.linearSolver = "lbfgs";
    } else if (preset == "paper") {
        // Our paper-style FMNIST setting (two stages, Adam, one view, batch-normalised loss as in the authors' code).
        c.optimizer = "adam";
        c.lr = 1e-3;
        c.lrLinear = 1e-2;
        c.temperature = 0.1;
        c.normalization = "batch";
        c.views = 1;
        c.schedule = "cosine";
        c.warmupEpochs = 0;
        c.batchSize = 256;
    } else if (preset == "supcon") {
        // SupCon's recipe: SGD momentum 0.9, weight decay 1e-4, tau 0.1, cosine with warm-up, two views.
        c.optimizer = "sgd";
        c.momentum = 0.9;
        c.weightDecay = 1e-4;
        c.lr = 0.05;
        c.lrLinear = 0.1;
        c.temperature = 0.1;
        c.schedule = "cosine";
        c.warmupEpochs = 1;
        c.views = 2;
    } else {
        throw InputError("invalid parameter preset = " + preset + ": expected study, paper or supcon");
    }
}

void to_json(nlohmann::json& j, const TrainConfig& c)
{
    j = nlohmann::json::object();
    for (const ConfigKey& key : configSchema()) {
        j[key.name] = key.get(c);
    }
}

void from_json(const nlohmann::json& j, TrainConfig& c)
{
    if (!j.is_object()) {
        throw InputError("a run config must be a JSON object");
    }
    for (const auto& [name, value] : j.items()) {
        if (findConfigKey(name) == nullptr) {
            throw InputError("unknown config key '" + shortText(name) + "'");
        }
    }
    // Check every value before setting any, so a refused config leaves `c` untouched.
    for (const ConfigKey& key : configSchema()) {
        if (j.contains(key.name)) {
            checkConfigValue(key, j.at(key.name));
        }
    }
    for (const ConfigKey& key : configSchema()) {
        if (j.contains(key.name)) {
            key.set(c, j.at(key.name));
        }
    }
}

} // namespace aclwb
