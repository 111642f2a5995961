// SPDX-License-Identifier: MIT
#include "data/DatasetSource.h"

#include "data/FashionMnist.h"
#include "data/ImageDecoder.h"
#include "data/ImageFolder.h"
#include "data/Isic2018.h"
#include "util/InputError.h"

namespace aclwb {

DatasetSplits loadDataset(const DatasetSource& source)
{
    if (source.kind == "mnist" && source.dataDir.empty()) {
        // The default folder holds Fashion-MNIST (same file names): loading it as MNIST would be silently wrong.
        throw InputError("parameter data-dir is required for dataset mnist (the default folder holds Fashion-MNIST); "
                         "point it at a folder with MNIST's train-images-idx3-ubyte(.gz) and the other three files");
    }
    if (source.kind == "fmnist" || source.kind == "mnist") {
        return loadFashionMnist(resolveFashionMnistDir(source.dataDir), source.kind == "mnist");
    }
    if (source.kind == "isic2018" || source.kind == "folder") {
        if (!kImageDecoding) {
            throw InputError("dataset = " + source.kind + ": " + kNoImageDecoding);
        }
        if (source.dataDir.empty()) {
            throw InputError("parameter data-dir is required for dataset " + source.kind);
        }
        return source.kind == "isic2018" ? loadIsic2018(source.dataDir, source.decode)
                                         : loadImageFolder(source.dataDir, source.decode);
    }
    throw InputError("invalid parameter dataset = " + source.kind + ": expected fmnist, mnist, isic2018 or folder");
}

std::optional<std::vector<std::string>> fixedClassNames(const std::string& kind)
{
    if (kind == "fmnist") {
        return fashionMnistClassNames();
    }
    if (kind == "mnist") {
        std::vector<std::string> digits; // as loadFashionMnist names them
        for (int d = 0; d < 10; ++d) {
            digits.push_back(std::to_string(d));
        }
        return digits;
    }
    if (kind == "isic2018") {
        return isic2018ClassNames();
    }
    return std::nullopt;
}

} // namespace aclwb
