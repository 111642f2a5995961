// SPDX-License-Identifier: MIT
#include "data/FashionMnist.h"

#include "data/IdxFile.h"
#include "util/InputError.h"

#include <ATen/ATen.h>

#include <cstdlib>

namespace aclwb {
namespace {

ImageDataset readPair(const std::string& dir, const std::string& prefix)
{
    const std::string imagePath = findIdxFile(dir, prefix + "-images-idx3-ubyte");
    const std::string labelPath = findIdxFile(dir, prefix + "-labels-idx1-ubyte");
    IdxArray images = readIdxFile(imagePath, 3);
    IdxArray labels = readIdxFile(labelPath, 1);
    if (images.dims[0] != labels.dims[0]) {
        throw InputError(imagePath + " has " + std::to_string(images.dims[0]) + " images but " + labelPath + " has "
                         + std::to_string(labels.dims[0]) + " labels");
    }
    for (size_t k = 0; k < labels.data.size(); ++k) {
        if (labels.data[k] >= 10) {
            throw InputError(labelPath + ": label " + std::to_string(labels.data[k]) + " at index " + std::to_string(k)
                             + " is not a class (expected 0..9)");
        }
    }
    if (images.dims[1] < kMinImageSide || images.dims[2] < kMinImageSide) {
        throw InputError(imagePath + ": images of " + std::to_string(images.dims[1]) + " x "
                         + std::to_string(images.dims[2]) + " pixels are too small: the encoders need at least "
                         + std::to_string(kMinImageSide) + " x " + std::to_string(kMinImageSide));
    }
    const int64_t n = images.dims[0];
    ImageDataset out;
    out.images = at::from_blob(images.data.data(), { n, 1, images.dims[1], images.dims[2] }, at::kByte).clone();
    out.labels = at::from_blob(labels.data.data(), { n }, at::kByte).to(at::kLong);
    return out;
}

} // namespace

const std::vector<std::string>& fashionMnistClassNames()
{
    static const std::vector<std::string> names
        = { "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot" };
    return names;
}

std::string resolveFashionMnistDir(const std::string& explicitDir)
{
    if (!explicitDir.empty()) {
        return explicitDir;
    }
    if (const char* env = std::getenv("ACLWB_DATA_DIR"); env != nullptr && *env != '\0') {
        return env;
    }
    return kDefaultFashionMnistDir;
}

DatasetSplits loadFashionMnist(const std::string& dir, bool digitNames)
{
    DatasetSplits splits;
    splits.name = digitNames ? "mnist" : "fmnist";
    if (digitNames) {
        for (int d = 0; d < 10; ++d) {
            splits.classNames.push_back(std::to_string(d));
        }
    } else {
        splits.classNames = fashionMnistClassNames();
    }
    splits.train = readPair(dir, "train");
    splits.test = readPair(dir, "t10k");
    if (splits.test->images.sizes().slice(1) != splits.train.images.sizes().slice(1)) {
        throw InputError(dir + ": train and t10k images have different sizes");
    }
    return splits;
}

} // namespace aclwb
