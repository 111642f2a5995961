// SPDX-License-Identifier: MIT
#pragma once

#include "data/DatasetSource.h"
#include "data/ImbalanceOptions.h"

#include <string>

namespace CLI {
class App;
}

namespace aclwb::cli {

/// The dataset and imbalance flags shared by every subcommand that reads data (data, train, ...).
struct DataOptions {
    DatasetSource source;
    ImbalanceOptions imbalance;
    std::string profile = "step";
    std::string test = "matched";

    /// Registers --dataset, --data-dir, --classes, --imbalance-ratio, --profile, --max-per-class, --test,
    /// --val-fraction, --test-fraction, --seed, --image-size, --cache-dir, --skip-unreadable on `cmd`.
    void addTo(CLI::App& cmd);
    /// Parses the textual choices into `imbalance` and validates (InputError naming the flag).
    void resolve();
};

} // namespace aclwb::cli
