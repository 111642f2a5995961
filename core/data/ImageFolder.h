// SPDX-License-Identifier: MIT
#pragma once

#include "data/ImageDataset.h"
#include "data/ImageDecoder.h"

#include <string>

namespace aclwb {

/// Reads a folder with one sub-folder of images per class (`root/<class>/*.png|jpg|...`), class names sorted.
/// When `root/train` and `root/test` both exist, they are the official train and test splits (same class
/// sub-folders inside each), and nothing else may sit beside them (a class folder or images there would be in neither
/// split). Errors: missing root, no class folders, a class folder without images, a test class unknown to train, a
/// folder or image beside train/ and test/, unreadable images (see DecodeOptions::skipUnreadable).
DatasetSplits loadImageFolder(const std::string& root, const DecodeOptions& options);

} // namespace aclwb
