// SPDX-License-Identifier: MIT
#pragma once

#include "data/DatasetSource.h"
#include "data/ImbalancedDataset.h"
#include "train/TrainConfig.h"

#include <string>
#include <vector>

namespace aclwb {

class RunControl;

/// The data half of a run config, as the data layer's types.
DatasetSource datasetSourceFor(const TrainConfig& config);
ImbalanceOptions imbalanceOptionsFor(const TrainConfig& config);

/// Loads the dataset a config names and builds its imbalanced experiment; reader warnings are appended. Image
/// decoding checks `control` (may be null) per image: pause blocks, cancel throws RunCancelled.
ImbalancedDataset loadExperimentData(const TrainConfig& config, std::vector<std::string>* warnings,
                                     const RunControl* control = nullptr);

} // namespace aclwb
