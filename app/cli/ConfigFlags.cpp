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

/// What each key means, for --help (keys without an entry still get a flag).
const std::map<std::string, std::string>& descriptions()
{
    static const std::map<std::string, std::string> text = {
        { "dataset", "fmnist, mnist, isic2018 or folder" },
        { "data_dir", "Dataset directory (fmnist: $ACLWB_DATA_DIR or the Debian path when empty)" },
        { "classes", "Source class indices, majority first, e.g. 0,6 (empty: all)" },
        { "imbalance_ratio", "Majority/minority ratio R >= 1; 0 keeps the source's counts" },
        { "profile", "step or exponential" },
        { "max_per_class", "Cap on the majority class (0: none)" },
        { "test", "matched (test set as imbalanced as training) or balanced" },
        { "val_fraction", "Stratified validation fraction of training" },
        { "image_size", "Image side for isic2018/folder" },
        { "skip_unreadable", "Leave out undecodable images, counted in a warning (true/false)" },
        { "cache_dir", "Decoded-image cache (empty: ~/.cache/aclwb; none: no cache)" },
        { "loss", "cl, fcl, acl, afcl (two stages) or ce, ce-weighted (end to end)" },
        { "gamma", "Focusing parameter >= 0 (fcl, afcl)" },
        { "eta", "Asymmetric negative weight >= 0 (acl, afcl)" },
        { "temperature", "Softmax temperature tau > 0" },
        { "normalization", "batch (divide by N) or positives (by |P(i)| and |N(i)|)" },
        { "views", "1, or 2 augmented views per image (SupCon style)" },
        { "augment", "Random crop, flip (true/false)" },
        { "encoder", "cnn-small or resnet18" },
        { "encoder_weights", "Start the encoder from this state dict (model.pt or a PyTorch state_dict)" },
        { "epochs_contrastive", "Stage-1 epochs (ce: added to epochs_linear)" },
        { "epochs_linear", "Stage-2 (linear classifier) epochs" },
        { "batch_size", "Batch size" },
        { "lr", "Learning rate of stage 1 (or of ce)" },
        { "lr_linear", "Learning rate of the linear classifier" },
        { "optimizer", "sgd or adam" },
        { "momentum", "SGD momentum" },
        { "weight_decay", "Weight decay (stage 1)" },
        { "schedule", "cosine or constant" },
        { "warmup_epochs", "Linear warm-up epochs" },
        { "balanced_sampler", "Draw batches class-balanced (true/false)" },
        { "seed", "Seed for data selection, initialisation, augmentation, shuffling" },
        { "device", "cpu, cuda, cuda:N or auto" },
        { "threads", "CPU threads (0: one per hardware thread)" },
        { "embedding", "What embeddings.csv holds: encoder or projection" },
    };
    return text;
}

} // namespace

nlohmann::json parseConfigValue(const nlohmann::json& example, const std::string& text, const std::string& what)
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
        default: return text;
        }
    } catch (const std::exception&) { }
    throw InputError("invalid value for " + what + ": '" + text + "'");
}

void ConfigFlags::addTo(CLI::App& cmd, const std::vector<std::string>& only)
{
    m_cmd = &cmd;
    const nlohmann::json defaults = TrainConfig();
    for (const auto& [key, value] : defaults.items()) {
        if (!only.empty() && std::find(only.begin(), only.end(), key) == only.end()) {
            continue;
        }
        const auto found = descriptions().find(key);
        const std::string what = found != descriptions().end() ? found->second : "config key '" + key + "'";
        cmd.add_option(flagName(key), m_values[key], what + " (default " + value.dump() + ")");
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
            j[key] = parseConfigValue(j.at(key), text, flagName(key));
        }
    }
    from_json(j, config);
}

} // namespace aclwb::cli
