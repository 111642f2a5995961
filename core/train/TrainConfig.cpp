// SPDX-License-Identifier: MIT
#include "train/TrainConfig.h"

#include "util/InputError.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

namespace aclwb {
namespace {

void require(bool ok, const std::string& key, const std::string& rule)
{
    if (!ok) {
        throw InputError("invalid config " + key + ": " + rule);
    }
}

bool oneOf(const std::string& value, std::initializer_list<const char*> choices)
{
    for (const char* c : choices) {
        if (value == c) {
            return true;
        }
    }
    return false;
}

} // namespace

void validate(const TrainConfig& c)
{
    require(oneOf(c.loss, { "cl", "fcl", "acl", "afcl", "ce", "ce-weighted" }), "loss",
            "'" + c.loss + "' is not one of cl, fcl, acl, afcl, ce, ce-weighted");
    require(std::isfinite(c.gamma) && c.gamma >= 0, "gamma", "must be a finite number >= 0");
    require(std::isfinite(c.eta) && c.eta >= 0, "eta", "must be a finite number >= 0");
    require(std::isfinite(c.temperature) && c.temperature > 0, "temperature", "must be > 0");
    require(!(c.gamma != 0 && (c.loss == "cl" || c.loss == "acl")), "gamma",
            "must be 0 for loss " + c.loss + " (use fcl or afcl for a focal term)");
    require(!(c.eta != 0 && (c.loss == "cl" || c.loss == "fcl")), "eta",
            "must be 0 for loss " + c.loss + " (use acl or afcl for the asymmetric term)");
    require(oneOf(c.normalization, { "batch", "positives" }), "normalization", "expected batch or positives");
    require(c.views == 1 || c.views == 2, "views", "expected 1 or 2");
    require(oneOf(c.encoder, { "cnn-small", "resnet18" }), "encoder", "expected cnn-small or resnet18");
    require(c.epochsContrastive >= 0 && c.epochsContrastive <= 100000, "epochs-contrastive", "must be >= 0");
    require(c.epochsLinear >= 1 && c.epochsLinear <= 100000, "epochs-linear", "must be >= 1");
    require(!c.isContrastive() || c.epochsContrastive >= 1, "epochs-contrastive",
            "must be >= 1 for a contrastive loss");
    require(c.batchSize >= 2 && c.batchSize <= 65536, "batch-size", "must be in [2, 65536]");
    require(std::isfinite(c.lr) && c.lr > 0, "lr", "must be > 0");
    require(std::isfinite(c.lrLinear) && c.lrLinear > 0, "lr-linear", "must be > 0");
    require(oneOf(c.optimizer, { "sgd", "adam" }), "optimizer", "expected sgd or adam");
    require(std::isfinite(c.momentum) && c.momentum >= 0 && c.momentum < 1, "momentum", "must be in [0, 1)");
    require(std::isfinite(c.weightDecay) && c.weightDecay >= 0, "weight-decay", "must be >= 0");
    require(oneOf(c.schedule, { "cosine", "constant" }), "schedule", "expected cosine or constant");
    require(c.warmupEpochs >= 0, "warmup-epochs", "must be >= 0");
    require(oneOf(c.embedding, { "encoder", "projection" }), "embedding", "expected encoder or projection");
    require(c.threads >= 0, "threads", "must be >= 0");
}

void applyPreset(TrainConfig& c, const std::string& preset)
{
    if (preset == "paper") {
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
        throw InputError("invalid parameter preset = " + preset + ": expected paper or supcon");
    }
}

void to_json(nlohmann::json& j, const TrainConfig& c)
{
    j = nlohmann::json { { "dataset", c.dataset },
                         { "data_dir", c.dataDir },
                         { "classes", c.classes },
                         { "imbalance_ratio", c.imbalanceRatio },
                         { "profile", c.profile },
                         { "max_per_class", c.maxPerClass },
                         { "test", c.test },
                         { "val_fraction", c.valFraction },
                         { "image_size", c.imageSize },
                         { "skip_unreadable", c.skipUnreadable },
                         { "cache_dir", c.cacheDir },
                         { "loss", c.loss },
                         { "gamma", c.gamma },
                         { "eta", c.eta },
                         { "temperature", c.temperature },
                         { "normalization", c.normalization },
                         { "views", c.views },
                         { "augment", c.augment },
                         { "encoder", c.encoder },
                         { "encoder_weights", c.encoderWeights },
                         { "epochs_contrastive", c.epochsContrastive },
                         { "epochs_linear", c.epochsLinear },
                         { "batch_size", c.batchSize },
                         { "lr", c.lr },
                         { "lr_linear", c.lrLinear },
                         { "optimizer", c.optimizer },
                         { "momentum", c.momentum },
                         { "weight_decay", c.weightDecay },
                         { "schedule", c.schedule },
                         { "warmup_epochs", c.warmupEpochs },
                         { "balanced_sampler", c.balancedSampler },
                         { "seed", c.seed },
                         { "device", c.device },
                         { "threads", c.threads },
                         { "embedding", c.embedding } };
}

void from_json(const nlohmann::json& j, TrainConfig& c)
{
    if (!j.is_object()) {
        throw InputError("a run config must be a JSON object");
    }
    nlohmann::json defaults;
    to_json(defaults, c);
    for (const auto& [key, value] : j.items()) {
        if (!defaults.contains(key)) {
            throw InputError("unknown config key '" + key + "'");
        }
    }
    nlohmann::json merged = defaults;
    merged.update(j);
    try {
        c.dataset = merged.at("dataset").get<std::string>();
        c.dataDir = merged.at("data_dir").get<std::string>();
        c.classes = merged.at("classes").get<std::vector<int64_t>>();
        c.imbalanceRatio = merged.at("imbalance_ratio").get<double>();
        c.profile = merged.at("profile").get<std::string>();
        c.maxPerClass = merged.at("max_per_class").get<int64_t>();
        c.test = merged.at("test").get<std::string>();
        c.valFraction = merged.at("val_fraction").get<double>();
        c.imageSize = merged.at("image_size").get<int64_t>();
        c.skipUnreadable = merged.at("skip_unreadable").get<bool>();
        c.cacheDir = merged.at("cache_dir").get<std::string>();
        c.loss = merged.at("loss").get<std::string>();
        c.gamma = merged.at("gamma").get<double>();
        c.eta = merged.at("eta").get<double>();
        c.temperature = merged.at("temperature").get<double>();
        c.normalization = merged.at("normalization").get<std::string>();
        c.views = merged.at("views").get<int64_t>();
        c.augment = merged.at("augment").get<bool>();
        c.encoder = merged.at("encoder").get<std::string>();
        c.encoderWeights = merged.at("encoder_weights").get<std::string>();
        c.epochsContrastive = merged.at("epochs_contrastive").get<int64_t>();
        c.epochsLinear = merged.at("epochs_linear").get<int64_t>();
        c.batchSize = merged.at("batch_size").get<int64_t>();
        c.lr = merged.at("lr").get<double>();
        c.lrLinear = merged.at("lr_linear").get<double>();
        c.optimizer = merged.at("optimizer").get<std::string>();
        c.momentum = merged.at("momentum").get<double>();
        c.weightDecay = merged.at("weight_decay").get<double>();
        c.schedule = merged.at("schedule").get<std::string>();
        c.warmupEpochs = merged.at("warmup_epochs").get<int64_t>();
        c.balancedSampler = merged.at("balanced_sampler").get<bool>();
        c.seed = merged.at("seed").get<uint64_t>();
        c.device = merged.at("device").get<std::string>();
        c.threads = merged.at("threads").get<int64_t>();
        c.embedding = merged.at("embedding").get<std::string>();
    } catch (const nlohmann::json::exception& e) {
        throw InputError(std::string("invalid run config: ") + e.what());
    }
}

} // namespace aclwb
