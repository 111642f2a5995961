// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <torch/types.h>

#include <functional>

namespace aclwb::test {

/// Random features (N x d, float64, not normalised) and labels in [0, classes), deterministic from `seed`.
struct LabelledFeatures {
    torch::Tensor features;
    torch::Tensor labels;
};
LabelledFeatures randomLabelledFeatures(int64_t n, int64_t dim, int64_t classes, uint64_t seed);

/// Writes a tensor as CSV (17 significant digits; a 1-D tensor gives one value per line). Returns false on failure.
bool writeTensorCsv(const QString& path, const torch::Tensor& tensor);

/// Writes raw text to a file (for malformed inputs in error-path tests).
bool writeText(const QString& path, const QByteArray& text);

/// The message of the aclwb::InputError `body` throws, or "<no exception>" (any other exception propagates).
QString inputErrorOf(const std::function<void()>& body);

/// Makes a named pipe (FIFO) at `path`, with no writer: a reader that opens it would wait forever.
bool makeFifo(const QString& path);

/// Runs `read`, which is handed the FIFO at `fifo`, on another thread. Returns true when it returned (or threw,
/// which is rethrown) within `seconds` on its own. If it is still blocked then (the bug: it opened the FIFO), a
/// writer opens and closes the FIFO so the reader sees end-of-file, and the answer is false: the test fails
/// instead of hanging until ctest's timeout.
bool returnsWithoutWriter(const QString& fifo, const std::function<void()>& read, int seconds = 20);

/// Largest |a - b| relative to the largest |b| (or 1 where b is all zeros): a scale-aware comparison.
double relativeMaxError(const torch::Tensor& a, const torch::Tensor& b);

} // namespace aclwb::test

namespace aclwb {
struct DatasetSplits;
struct ImbalancedDataset;
struct TrainConfig;
} // namespace aclwb

namespace aclwb::test {

/// An easy in-memory image dataset: `classes` classes of 1 x side x side images, class c bright in horizontal band c
/// plus noise, `train[c]` training and `test` test images per class. Deterministic from `seed`.
DatasetSplits separableSplits(const std::vector<int64_t>& train, int64_t test, int64_t side, uint64_t seed);

/// The trainer tests' experiment: separableSplits({160, 160}, 40, 8, 5) at ratio 4 with a balanced test set.
ImbalancedDataset tinyData(uint64_t seed = 1);
/// A few fast epochs of `loss` on it (afcl with gamma 1, eta 2; 3 + 3 epochs, batch 32, 2 threads).
TrainConfig tinyConfig(const std::string& loss = "afcl");
/// A run of seconds on writeTinyIdxDataset's images in `idxDir`: classes 0 and 6 at ratio 4, afcl, one contrastive
/// epoch, a 50-evaluation probe, batch 16, 2 threads (runs, sweeps and comparisons need many finished runs).
TrainConfig tinyIdxConfig(const QString& idxDir);
/// Copies a folder tree (a run directory to fake other statuses from).
bool copyDirectory(const QString& from, const QString& to);

} // namespace aclwb::test
