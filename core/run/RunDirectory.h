// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/ClassificationMetrics.h"
#include "train/TrainConfig.h"
#include "train/TrainingEvents.h"

#include <optional>
#include <string>
#include <vector>

namespace aclwb {

/// Marker files a TrainingRun leaves in its directory: `running` (the holder: host, pid, start time, heartbeat; see
/// RunHolder and RunLock), `cancelled`, `failed` (holding the reason). results.json is the "finished" marker and is
/// written last.
inline constexpr const char* kRunningMarker = "running";
inline constexpr const char* kCancelledMarker = "cancelled";
inline constexpr const char* kFailedMarker = "failed";

/// Writes a marker atomically (best effort: a marker that cannot be written must not hide the run's own error).
void writeRunMarker(const std::string& runDir, const char* marker, const std::string& text);
void removeRunMarker(const std::string& runDir, const char* marker);

/// Where a run stands, decided from its files without loading any model or tensor.
enum class RunStatus {
    Finished,   // results.json and model.pt
    Running,    // a live process holds it (judgeHolder: the lock, the pid's start time, or a fresh heartbeat)
    Incomplete, // interrupted (killed, a stale heartbeat, or results.json without model.pt): `train --resume` continues it
    Cancelled,  // stopped by the user; resumable from its checkpoint when it has one
    Failed,     // stopped by an error, named in `failed`
    Damaged,    // a run file is corrupt or truncated; the reason names it
};

/// "finished", "running", "incomplete", "cancelled", "failed", "damaged".
const char* statusName(RunStatus status);

/// One row of a listing: enough for a table of runs, read from the small files only.
struct RunListing {
    std::string path;
    std::string name; // path relative to the listed folder
    RunStatus status = RunStatus::Damaged;
    std::string reason; // why damaged or failed, what is missing, or who holds it (host, pid, heartbeat)
    std::string holderHost; // the host named in the `running` marker, when it names one
    bool staleHolder = false; // that host's heartbeat stopped: probably killed there (status Incomplete)
    std::optional<TrainConfig> config;
    std::vector<std::string> classNames;
    std::vector<int64_t> trainCounts;
    std::optional<ClassificationMetrics> test;
    int64_t epochsDone = 0;
    int64_t epochsTotal = 0;
    double seconds = 0.0;
    std::string device;

    /// Test accuracy of the class with the fewest training images (the minority), when known.
    std::optional<double> minorityAccuracy() const;
};

/// Everything a run directory says about a run, typed: the GUI redraws a run's curves and results from it.
struct RunSummary {
    RunListing listing;
    std::vector<int64_t> validationCounts;
    std::vector<int64_t> testCounts;
    std::vector<EpochSummary> history;   // results.json when finished (with confusion matrices), else metrics.csv
    std::vector<StepRecord> steps;       // steps.csv
    std::vector<int64_t> snapshotEpochs; // global epochs with a snapshot file, ascending
    double imagesPerSecond = 0.0;
    int threads = 0;
    std::vector<int64_t> imageShape;
};

/// Reads one run directory. Never throws for damage: a corrupt or truncated config.json, results.json,
/// metrics.csv, steps.csv, snapshot or checkpoint makes the status Damaged with the reason.
RunListing inspectRun(const std::string& runDir);
/// inspectRun plus the history, steps and snapshot list. InputError when `runDir` is not a run directory.
RunSummary readRunSummary(const std::string& runDir);
/// Every run under `folder` (a directory holding config.json is a run; others are searched up to 3 levels deep,
/// so sweeps' points are found), sorted by name. A damaged run never stops the listing of the others.
std::vector<RunListing> listRuns(const std::string& folder);

/// The global epochs with a snapshots/epoch-NNN.csv file, ascending (none when there is no snapshots folder). Also
/// for a run still being written (the GUI following a resumed run), where readRunSummary may not apply yet.
std::vector<int64_t> listSnapshotEpochs(const std::string& runDir);
/// A snapshot of a run: the points from snapshots/epoch-NNN.csv with stage, epoch and kNN from knn.csv.
EmbeddingSnapshot readRunSnapshot(const std::string& runDir, int64_t globalEpoch);

} // namespace aclwb
