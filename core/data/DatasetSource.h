// SPDX-License-Identifier: MIT
#pragma once

#include "data/ImageDataset.h"
#include "data/ImageDecoder.h"

#include <optional>
#include <string>
#include <vector>

namespace aclwb {

/// Which dataset to read and how: the part of a run's configuration that names the data.
struct DatasetSource {
    /// "fmnist" (default), "mnist", "isic2018" or "folder".
    std::string kind = "fmnist";
    /// Empty: fmnist/mnist use $ACLWB_DATA_DIR or the Debian path; isic2018 and folder require a directory.
    std::string dataDir;
    DecodeOptions decode;
};

/// Reads the dataset `source` names. Errors (InputError) name the file or the parameter.
DatasetSplits loadDataset(const DatasetSource& source);

/// The class names of dataset `kind` in label order when its format fixes them (fmnist, mnist: the digits, isic2018),
/// so a finished run's class names can be checked without reading any data; nullopt for folder (the names are the
/// sub-folders of a directory that may not be on this machine) and unknown kinds.
std::optional<std::vector<std::string>> fixedClassNames(const std::string& kind);

} // namespace aclwb
