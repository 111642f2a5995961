// SPDX-License-Identifier: MIT
#pragma once

#include "train/TrainingEvents.h"

#include <string>
#include <vector>

namespace aclwb {

/// The text formats of a run directory's files (docs/MODEL_FORMAT.md), each with its writer and its reader, so the
/// trainer, the exporter, `aclwb-cli runs` and the GUI share one definition. Readers throw InputError naming the
/// file and line; every file is written atomically by the caller.

/// metrics.csv: one row per epoch (stage, 1-based epoch, loss, lr, seconds, validation metrics and per-class
/// accuracy where a classifier existed).
std::string formatMetricsCsv(const std::vector<EpochSummary>& history, size_t classes);
/// The epochs of metrics.csv (validation metrics without confusion matrices, which only results.json holds).
std::vector<EpochSummary> readMetricsCsv(const std::string& path);

/// steps.csv: stage, 1-based epoch, 1-based step, loss, lr; one row per optimisation step.
std::string formatStepsCsv(const std::vector<StepRecord>& steps);
std::vector<StepRecord> readStepsCsv(const std::string& path);

/// snapshots/epoch-NNN.csv: index, label, predicted (-1 before a classifier exists), f0..f{F-1}, p0..p{P-1}.
std::string snapshotFileName(int64_t globalEpoch);
std::string formatSnapshotCsv(const EmbeddingSnapshot& snapshot);
/// Reads the points of a snapshot file; featureDim/projectionDim come from the header. Stage, epoch and kNN
/// accuracies are not in the file (see snapshots/knn.csv); globalEpoch is taken from the file name when it fits.
EmbeddingSnapshot readSnapshotCsv(const std::string& path);

/// snapshots/knn.csv: one row per snapshot: global_epoch, stage, epoch (1-based), split, the 10-NN accuracy of
/// each class in the feature space, then in the projection space.
std::string formatKnnCsv(const std::vector<EmbeddingSnapshot>& snapshots, size_t classes);
/// Fills stage, epoch, split and kNN accuracies of `snapshots` (matched by globalEpoch) from knn.csv.
std::vector<EmbeddingSnapshot> readKnnCsv(const std::string& path);

/// embeddings.csv: e0..e{d-1},label; one row per test image.
struct EmbeddingTable {
    int64_t dim = 0;
    std::vector<double> values; // rows x dim
    std::vector<int64_t> labels;
    int64_t rows() const { return static_cast<int64_t>(labels.size()); }
};
EmbeddingTable readEmbeddingsCsv(const std::string& path);

} // namespace aclwb
