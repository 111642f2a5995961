// SPDX-License-Identifier: MIT
#pragma once

#include "train/TrainConfig.h"

#include <string>
#include <vector>

namespace aclwb {

/// The config keys whose values differ between any of `configs`, in the schema's order: what a comparison of runs
/// must point at ("gamma", "eta"), not the fifty keys that are the same.
std::vector<std::string> differingKeys(const std::vector<TrainConfig>& configs);

/// A key's value as config.json writes it ("2", "\"afcl\"", "[0,6]").
std::string configValueText(const TrainConfig& config, const std::string& key);

/// Whether two runs are the same experiment up to the seed: every key equal except seed and the ones that do not
/// change a run's result (device, threads, cache_dir, snapshot_every, snapshot_points). Their metrics together are
/// the seed spread of that setting.
bool sameExceptSeed(const TrainConfig& a, const TrainConfig& b);

} // namespace aclwb
