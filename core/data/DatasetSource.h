// SPDX-License-Identifier: MIT
#pragma once

#include "data/ImageDataset.h"
#include "data/ImageDecoder.h"

#include <string>

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

} // namespace aclwb
