// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace aclwb::test {

/// Writes an IDX ubyte file (gzip-compressed when `gzip`): magic, dims, then `data`.
bool writeIdx(const QString& path, const std::vector<uint32_t>& dims, const std::vector<uint8_t>& data, bool gzip);

/// A tiny MNIST-format dataset in `dir`: `perClass` train and `perClass / 2 + 1` test images of 6 x 6 for each
/// of 10 classes; image pixels equal 20 * label so tests can check labels travel with images.
bool writeTinyIdxDataset(const QString& dir, int perClass, bool gzip);

/// Writes a `width` x `height` image of solid colour (b, g, r) with OpenCV (format from the extension).
bool writeSolidImage(const QString& path, int width, int height, int b, int g, int r);

/// An ISIC 2018-style folder: `dir/ISIC2018_Task3_Training_Input/ISIC_00000NN.jpg` and
/// `dir/ISIC2018_Task3_Training_GroundTruth/ISIC2018_Task3_Training_GroundTruth.csv`, counts[c] images of class c,
/// each image's red channel = 30 * class. Returns false on failure.
bool writeTinyIsic(const QString& dir, const std::vector<int>& counts,
                   const QString& splitWord = QStringLiteral("Training"));

/// A class folder `dir/<name>/k.png` with counts[c] images per class named cls0, cls1, ...
bool writeTinyImageFolder(const QString& dir, const std::vector<int>& counts);

} // namespace aclwb::test
