// SPDX-License-Identifier: MIT
#pragma once

#include "data/DatasetSource.h"
#include "data/ImbalancedDataset.h"
#include "train/TrainConfig.h"

#include <string>
#include <vector>

namespace aclwb {

/// The data half of a run config, as the data layer's types.
DatasetSource datasetSourceFor(const TrainConfig& config);
ImbalanceOptions imbalanceOptionsFor(const TrainConfig& config);

/// Loads the dataset a config names and builds its imbalanced experiment; reader warnings are appended.
ImbalancedDataset loadExperimentData(const TrainConfig& config, std::vector<std::string>* warnings);

} // namespace aclwb
