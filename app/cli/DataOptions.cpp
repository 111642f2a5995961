// SPDX-License-Identifier: MIT
#include "DataOptions.h"

#include <CLI/CLI.hpp>

namespace aclwb::cli {

void DataOptions::addTo(CLI::App& cmd)
{
    cmd.add_option("--dataset", source.kind, "fmnist, mnist, isic2018 or folder")->capture_default_str();
    cmd.add_option("--data-dir", source.dataDir,
                   "Dataset directory (fmnist default: $ACLWB_DATA_DIR or /usr/share/datasets/fashion-mnist)");
    cmd.add_option("--classes", imbalance.classes, "Source class indices, majority first, e.g. 0,6 (default: all)")
        ->delimiter(',');
    cmd.add_option("--imbalance-ratio", imbalance.ratio,
                   "Majority/minority count ratio R >= 1 (0 = source's own counts)")
        ->capture_default_str();
    cmd.add_option("--profile", profile, "step (first class majority) or exponential (long tail)")
        ->capture_default_str();
    cmd.add_option("--max-per-class", imbalance.maxPerClass, "Cap on the majority class count (0 = none)")
        ->capture_default_str();
    cmd.add_option("--test", test, "matched (same imbalance as training) or balanced (test set as is)")
        ->capture_default_str();
    cmd.add_option("--val-fraction", imbalance.validationFraction, "Stratified validation fraction of training")
        ->capture_default_str();
    cmd.add_option("--test-fraction", imbalance.testFraction,
                   "Stratified test fraction when the dataset has no test split")
        ->capture_default_str();
    cmd.add_option("--seed", imbalance.seed, "Seed for sample selection")->capture_default_str();
    cmd.add_option("--image-size", source.decode.side, "Side in pixels images are resized to (isic2018, folder)")
        ->capture_default_str();
    cmd.add_option("--cache-dir", source.decode.cacheDir,
                   "Decoded-image cache (default: $ACLWB_CACHE_DIR or ~/.cache/aclwb; 'none' disables)");
    cmd.add_flag("--skip-unreadable", source.decode.skipUnreadable,
                 "Skip images that cannot be decoded (counted in a warning) instead of stopping");
}

void DataOptions::resolve()
{
    imbalance.profile = parseImbalanceProfile(profile);
    imbalance.test = parseTestComposition(test);
    validate(imbalance);
}

} // namespace aclwb::cli
