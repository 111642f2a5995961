// SPDX-License-Identifier: MIT
#include "train/ExperimentSetup.h"

namespace aclwb {

DatasetSource datasetSourceFor(const TrainConfig& c)
{
    DatasetSource s;
    s.kind = c.dataset;
    s.dataDir = c.dataDir;
    s.decode.side = c.imageSize;
    s.decode.skipUnreadable = c.skipUnreadable;
    s.decode.cacheDir = c.cacheDir;
    return s;
}

ImbalanceOptions imbalanceOptionsFor(const TrainConfig& c)
{
    ImbalanceOptions o;
    o.classes = c.classes;
    o.ratio = c.imbalanceRatio;
    o.profile = parseImbalanceProfile(c.profile);
    o.maxPerClass = c.maxPerClass;
    o.test = parseTestComposition(c.test);
    o.validationFraction = c.valFraction;
    o.testFraction = c.testFraction;
    o.seed = c.seed;
    return o;
}

ImbalancedDataset loadExperimentData(const TrainConfig& config, std::vector<std::string>* warnings,
                                     const RunControl* control)
{
    const ImbalanceOptions options = imbalanceOptionsFor(config);
    validate(options);
    DatasetSource source = datasetSourceFor(config);
    source.decode.control = control;
    const DatasetSplits splits = loadDataset(source);
    if (warnings != nullptr) {
        warnings->insert(warnings->end(), splits.warnings.begin(), splits.warnings.end());
    }
    return buildImbalancedDataset(splits, options);
}

} // namespace aclwb
