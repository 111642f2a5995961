// SPDX-License-Identifier: MIT
#pragma once

#include "data/ImageDataset.h"

#include <string>

namespace aclwb {

/// Where Debian's dataset-fashion-mnist package installs the data.
inline constexpr const char* kDefaultFashionMnistDir = "/usr/share/datasets/fashion-mnist";

/// The ten Fashion-MNIST class names, in label order.
const std::vector<std::string>& fashionMnistClassNames();

/// The directory to read Fashion-MNIST from: `explicitDir` when given, else $ACLWB_DATA_DIR, else the Debian path.
std::string resolveFashionMnistDir(const std::string& explicitDir);

/// Reads train-{images,labels} and t10k-{images,labels} (IDX, .gz or plain) from `dir`: 60000 + 10000 images
/// of 1 x 28 x 28 for the real data. Works for MNIST too (same format; class names are then digits if
/// `digitNames`). Errors name the file: see readIdxFile, plus image/label count mismatch, labels >= 10 and images
/// smaller than kMinImageSide (the encoders could not take them).
DatasetSplits loadFashionMnist(const std::string& dir, bool digitNames = false);

} // namespace aclwb
