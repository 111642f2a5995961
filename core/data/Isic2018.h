// SPDX-License-Identifier: MIT
#pragma once

#include "data/ImageDataset.h"
#include "data/ImageDecoder.h"

#include <string>

namespace aclwb {

/// The seven ISIC 2018 Task 3 diagnosis classes, in the ground-truth CSV's column order.
const std::vector<std::string>& isic2018ClassNames();

/// Reads ISIC 2018 Task 3 in its official layout under `dir`: image files named ISIC_XXXXXXX.jpg anywhere below
/// `dir`, and ground-truth CSVs (header `image,MEL,NV,BCC,AKIEC,BKL,DF,VASC`, one-hot rows). A CSV whose name
/// contains "Validation" gives the validation split, "Test" the test split, any other the training split; a
/// split without a CSV is carved out later by a stratified split.
/// Errors name the file and line: no ground-truth CSV, a "GroundTruth" CSV with the wrong header, a row that is
/// not one-hot, an image the CSV names but the folder lacks, two CSVs for one split, unreadable images
/// (see DecodeOptions::skipUnreadable).
DatasetSplits loadIsic2018(const std::string& dir, const DecodeOptions& options);

} // namespace aclwb
