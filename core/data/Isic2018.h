// SPDX-License-Identifier: MIT
#pragma once

#include "data/ImageDataset.h"
#include "data/ImageDecoder.h"

#include <string>

namespace aclwb {

/// The seven ISIC 2018 Task 3 diagnosis classes, in the ground-truth CSV's column order.
const std::vector<std::string>& isic2018ClassNames();

/// One row of a ground-truth CSV: the image id, its class (column index of the 1) and its 1-based line.
struct IsicGroundTruthRow {
    std::string image;
    int64_t label = 0;
    int64_t line = 0;
};

/// Parses one ground-truth CSV. Errors name file:line: wrong header, wrong column count, a cell that is not a
/// finite number, a row that is not one-hot, an empty image id, an image listed twice.
std::vector<IsicGroundTruthRow> readIsic2018GroundTruth(const std::string& csvPath);

/// Reads ISIC 2018 Task 3 in its official layout under `dir`: image files named ISIC_XXXXXXX.jpg anywhere below
/// `dir`, and ground-truth CSVs (header `image,MEL,NV,BCC,AKIEC,BKL,DF,VASC`, one-hot rows). A CSV whose name
/// contains "Validation" gives the validation split, "Test" the test split, any other the training split; a
/// split without a CSV is carved out later by a stratified split.
/// Errors name the file and line: no ground-truth CSV, a "GroundTruth" CSV with the wrong header, a row that is
/// not one-hot, an image the CSV names but the folder lacks, an image listed twice or in two splits, two image files
/// with one ISIC id, two CSVs for one split, unreadable images
/// (see DecodeOptions::skipUnreadable).
DatasetSplits loadIsic2018(const std::string& dir, const DecodeOptions& options);

} // namespace aclwb
