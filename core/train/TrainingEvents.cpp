// SPDX-License-Identifier: MIT
#include "train/TrainingEvents.h"

#include "util/InputError.h"

#include <nlohmann/json.hpp>

namespace aclwb {

const char* stageName(Stage stage)
{
    switch (stage) {
    case Stage::Contrastive: return "contrastive";
    case Stage::Linear: return "linear";
    case Stage::CrossEntropy: return "cross-entropy";
    }
    return "unknown";
}

Stage parseStage(const std::string& text)
{
    for (Stage s : { Stage::Contrastive, Stage::Linear, Stage::CrossEntropy }) {
        if (text == stageName(s)) {
            return s;
        }
    }
    throw InputError("unknown stage '" + text + "': expected contrastive, linear or cross-entropy");
}

std::vector<Stage> stagesOf(const TrainConfig& config)
{
    if (config.isContrastive()) {
        return { Stage::Contrastive, Stage::Linear };
    }
    return { Stage::CrossEntropy };
}

int64_t epochsOf(const TrainConfig& config, Stage stage)
{
    switch (stage) {
    case Stage::Contrastive: return config.epochsContrastive;
    case Stage::Linear: return config.solvesLinearProbe() ? 1 : config.epochsLinear;
    case Stage::CrossEntropy: return config.epochsContrastive + config.epochsLinear;
    }
    return 0;
}

int64_t totalEpochsOf(const TrainConfig& config)
{
    int64_t total = 0;
    for (Stage stage : stagesOf(config)) {
        total += epochsOf(config, stage);
    }
    return total;
}

int64_t globalEpochOf(const TrainConfig& config, Stage stage, int64_t epoch)
{
    return (stage == Stage::Linear ? config.epochsContrastive : 0) + epoch + 1;
}

void to_json(nlohmann::json& j, const EpochSummary& e)
{
    j = nlohmann::json { { "stage", stageName(e.stage) },
                         { "epoch", e.epoch + 1 },
                         { "loss", e.meanLoss },
                         { "lr", e.lr },
                         { "seconds", e.seconds } };
    if (e.validation) {
        j["validation"] = *e.validation;
    }
}

void from_json(const nlohmann::json& j, EpochSummary& e)
{
    try {
        e.stage = parseStage(j.at("stage").get<std::string>());
        e.epoch = j.at("epoch").get<int64_t>() - 1;
        e.meanLoss = j.at("loss").get<double>();
        e.lr = j.at("lr").get<double>();
        e.seconds = j.at("seconds").get<double>();
        e.validation.reset();
        if (j.contains("validation")) {
            e.validation = j.at("validation").get<ClassificationMetrics>();
        }
    } catch (const nlohmann::json::exception& error) {
        throw InputError(std::string("damaged epoch record (") + error.what() + ")");
    }
    if (e.epoch < 0) {
        throw InputError("damaged epoch record (epoch numbers start at 1)");
    }
}

} // namespace aclwb
