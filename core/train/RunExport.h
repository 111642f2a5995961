// SPDX-License-Identifier: MIT
#pragma once

#include "train/Trainer.h"

#include <nlohmann/json.hpp>

#include <string>

namespace aclwb {

/// Writes config.json (the full run config; `aclwb-cli train --config` starts a run from it).
void writeRunConfig(const std::string& runDir, const TrainConfig& config);

/// Writes everything a finished run hands to its user, each file atomically:
/// results.json (config, class names and counts, per-epoch history, final test metrics, throughput, threads,
/// device, versions), metrics.csv (one row per epoch), embeddings.csv (test-set embeddings + label),
/// model.pt (state dict readable by Python's torch.load).
/// results.json comes last: its presence means the run finished and every other file is complete.
void exportRun(const std::string& runDir, Trainer& trainer, const TrainingResult& result, int threads);

/// Reads a run's config.json (InputError naming the file when missing or invalid).
TrainConfig readRunConfig(const std::string& runDir);

/// Reads a finished run's results.json (class names, image shape, metrics, ...); InputError naming the file.
nlohmann::json readRunResults(const std::string& runDir);

} // namespace aclwb
