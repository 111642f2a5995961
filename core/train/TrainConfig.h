// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace aclwb {

/// Everything that defines a run. Saved as config.json with every run; a run can be started from it, and every
/// key can be set from the command line (`--gamma 2` sets "gamma"). Keys, types, ranges and help live in one
/// table, configSchema() (train/ConfigSchema.h); a new field needs a line there and nowhere else. The seed drives data
/// selection, initialisation, augmentation and shuffling.
struct TrainConfig {
    // Data
    std::string dataset = "fmnist";
    std::string dataDir;
    std::vector<int64_t> classes;
    double imbalanceRatio = 0.0;
    std::string profile = "step";
    int64_t maxPerClass = 0;
    std::string test = "matched";
    double valFraction = 0.1;
    /// Stratified test fraction carved out when the dataset has no test split (isic2018 without a Test CSV, folder).
    double testFraction = 0.2;
    int64_t imageSize = 64;
    /// Leave out images that cannot be decoded (counted in a warning) instead of stopping (isic2018, folder).
    bool skipUnreadable = false;
    /// Decoded-image cache directory; empty = default, "none" = no cache. Not part of a run's identity.
    std::string cacheDir;
    // Loss: cl | fcl | acl | afcl (two stages) or ce | ce-weighted (one end-to-end stage)
    std::string loss = "afcl";
    double gamma = 0.0;
    double eta = 0.0;
    double temperature = 0.1;
    std::string normalization = "batch";
    int64_t views = 1;
    bool augment = true;
    // Model
    std::string encoder = "cnn-small";
    std::string encoderWeights;
    // Optimisation
    int64_t epochsContrastive = 10;
    int64_t epochsLinear = 5;
    /// Stage 2: "lbfgs" solves the linear probe on the frozen features to a tolerance (one stage-2 epoch);
    /// "minibatch" trains it for epochs_linear epochs with the optimizer and lr_linear (the authors' recipe).
    std::string linearSolver = "lbfgs";
    int64_t linearMaxIter = 500;
    double linearL2 = 1e-4;
    /// Weight stage 2's cross-entropy by inverse class frequency, so each class counts equally in the classifier.
    bool linearBalanced = false;
    /// 64: in the study (docs/RESULTS.md) 256 lost 0.025 (CL) to 0.17 (CE) balanced accuracy at 10:1.
    int64_t batchSize = 64;
    double lr = 1e-3;
    double lrLinear = 1e-2;
    std::string optimizer = "adam";
    double momentum = 0.9;
    double weightDecay = 1e-4;
    std::string schedule = "cosine";
    int64_t warmupEpochs = 0;
    bool balancedSampler = false;
    // Execution
    uint64_t seed = 1;
    std::string device = "cpu";
    int64_t threads = 0;
    /// Which representation embeddings.csv holds: "encoder" features or "projection" (the contrastive space).
    std::string embedding = "encoder";
    /// Embedding snapshots every K epochs and at the end (0 = off); not part of a run's identity.
    int64_t snapshotEvery = 0;
    /// Points per snapshot: a fixed class-stratified subsample, minority classes kept whole.
    int64_t snapshotPoints = 2000;

    bool isContrastive() const { return loss != "ce" && loss != "ce-weighted"; }
    /// Stage 2 is the linear probe solved by L-BFGS: one epoch of loss evaluations (else minibatch epochs).
    bool solvesLinearProbe() const { return linearSolver == "lbfgs"; }
};

/// Throws InputError naming the key for every value outside its schema type/range and every contradiction (e.g.
/// loss cl with gamma != 0, a warm-up longer than its stage).
void validate(const TrainConfig& config);

/// Applies a named preset ("study", "paper" or "supcon") on top of `config`; InputError for an unknown name.
void applyPreset(TrainConfig& config, const std::string& preset);

/// The settings that define what a run computes: config.json without device, threads, cache_dir, snapshot_every and
/// snapshot_points (where and how fast it runs, and what it records, do not change its result). Two configs with the
/// same identity are the same run: a checkpoint resumes only under the identity it was written with, and a sweep
/// point's folder is reported as that point only when its config.json has the point's identity.
nlohmann::json runIdentity(const TrainConfig& config);

void to_json(nlohmann::json& j, const TrainConfig& c);
/// Reads keys present in `j` over the current values; an unknown key, or a value of the wrong type or out of range,
/// is an InputError naming the key and what it expects (a typo must not be ignored, nothing is coerced).
void from_json(const nlohmann::json& j, TrainConfig& c);

} // namespace aclwb
