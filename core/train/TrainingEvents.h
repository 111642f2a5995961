// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/ClassificationMetrics.h"
#include "train/TrainConfig.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace aclwb {

/// The stages of a run. Contrastive runs have Contrastive then Linear; ce / ce-weighted have one CrossEntropy stage.
enum class Stage { Contrastive, Linear, CrossEntropy };

/// "contrastive", "linear", "cross-entropy": the names in logs, metrics.csv, steps.csv and results.json.
const char* stageName(Stage stage);
/// The inverse of stageName; InputError for any other text.
Stage parseStage(const std::string& text);

/// The stages a config runs, in order.
std::vector<Stage> stagesOf(const TrainConfig& config);
/// Epochs of one stage: the linear stage solved by L-BFGS is one epoch; ce runs epochs_contrastive + epochs_linear
/// (the same budget as the two stages).
int64_t epochsOf(const TrainConfig& config, Stage stage);
/// Epochs of the whole run (what the runs listing and progress bars count to).
int64_t totalEpochsOf(const TrainConfig& config);

/// The epoch over the whole run, 1-based: a linear epoch comes after the contrastive ones. Snapshot file names,
/// knn.csv and the validation curve all count this way.
int64_t globalEpochOf(const TrainConfig& config, Stage stage, int64_t epoch);

/// What a run is about to do, sent once before the first step (and after a resume restored its state).
struct RunInfo {
    TrainConfig config;
    std::string datasetName;
    std::string fingerprint; // of the chosen samples (same seed and data options -> same fingerprint)
    std::vector<std::string> classNames;
    std::vector<int64_t> trainCounts;
    std::vector<int64_t> validationCounts;
    std::vector<int64_t> testCounts;
    /// The stages in order with their epochs and optimisation steps per epoch.
    std::vector<Stage> stages;
    std::vector<int64_t> stageEpochs;
    std::vector<int64_t> stageStepsPerEpoch;
    std::string device;
    int threads = 0;
    bool resumed = false;
};

/// Progress after one optimisation step: small and copyable, so it can cross threads (the GUI queues it to its
/// main thread) and never carries tensors.
struct TrainingProgress {
    Stage stage = Stage::Contrastive;
    int64_t epoch = 0; // 0-based, within the stage
    int64_t epochs = 0;
    int64_t step = 0; // 0-based, within the epoch
    int64_t stepsPerEpoch = 0;
    double loss = 0.0;
    double lr = 0.0;
    double imagesPerSecond = 0.0;
    double etaSeconds = 0.0;   // the rest of the run, each stage priced by its own step time, evaluation included
    double fractionDone = 0.0; // of the whole run, in [0, 1]
};

/// One finished epoch: its mean loss and, where a classifier exists, validation metrics. In JSON (results.json and
/// the checkpoint alike) the epoch is 1-based.
struct EpochSummary {
    Stage stage = Stage::Contrastive;
    int64_t epoch = 0; // 0-based, within the stage
    double meanLoss = 0.0;
    double lr = 0.0;
    double seconds = 0.0;
    std::optional<ClassificationMetrics> validation;
    /// True when the epoch was restored from a checkpoint and replayed, not trained now.
    bool replayed = false;
};

void to_json(nlohmann::json& j, const EpochSummary& e);
/// InputError naming the missing or mistyped key.
void from_json(const nlohmann::json& j, EpochSummary& e);

/// The loss of one optimisation step, as steps.csv records it (so curves can be redrawn from disk).
struct StepRecord {
    Stage stage = Stage::Contrastive;
    int64_t epoch = 0; // 0-based, within the stage
    int64_t step = 0;  // 0-based, within the epoch
    double loss = 0.0;
    double lr = 0.0;
};

/// Embeddings of a fixed, class-stratified subsample (the validation split, or test without one) after an epoch:
/// plain arrays (never tensors) so they cross threads and go to disk as they are.
struct EmbeddingSnapshot {
    Stage stage = Stage::Contrastive;
    int64_t epoch = 0;              // 0-based, within the stage
    int64_t globalEpoch = 0;        // 1-based over the whole run: the file name's NNN
    std::string split;              // "validation" or "test"
    std::vector<int64_t> indices;   // sample positions within the split
    std::vector<int64_t> labels;    // experiment class
    std::vector<int64_t> predicted; // classifier's class once a classifier exists, else empty
    int64_t featureDim = 0;
    int64_t projectionDim = 0;
    std::vector<float> features;    // rows x featureDim, encoder output
    std::vector<float> projections; // rows x projectionDim, the contrastive space (L2-normalised)
    /// 10-NN accuracy of each class in the encoder-feature and projection spaces (leave-one-out, cosine).
    std::vector<double> featureKnnAccuracy;
    std::vector<double> projectionKnnAccuracy;

    int64_t size() const { return static_cast<int64_t>(indices.size()); }
};

/// How a run ended.
enum class RunOutcome { Finished, Cancelled, Failed };

/// Receives a running job's events on the job's own thread. Every method has an empty default. The CLI prints
/// them; the GUI's worker turns them into queued signals. Order: onRunStarted, then per stage onStageStarted,
/// onStep... onEpoch (and onSnapshot)..., onStageFinished; onEvaluating, onExporting; and last exactly one of
/// onFinished, onCancelled, onFailed. On a resume, restored epochs arrive first through onEpoch with replayed = true
/// and the restored step losses through onStepsRestored.
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void onLoadingData(const std::string& description) { (void)description; }
    /// Something the user should hear about that does not stop the run (e.g. skipped unreadable images).
    virtual void onWarning(const std::string& message) { (void)message; }
    virtual void onRunStarted(const RunInfo& info) { (void)info; }
    virtual void onStepsRestored(const std::vector<StepRecord>& steps) { (void)steps; }
    virtual void onStageStarted(Stage stage, int64_t epochs) { (void)stage, (void)epochs; }
    virtual void onStep(const TrainingProgress& progress) { (void)progress; }
    virtual void onEpoch(const EpochSummary& summary) { (void)summary; }
    virtual void onSnapshot(const EmbeddingSnapshot& snapshot) { (void)snapshot; }
    virtual void onStageFinished(Stage stage) { (void)stage; }
    virtual void onEvaluating() { }
    virtual void onExporting() { }
    virtual void onFinished(const ClassificationMetrics& test) { (void)test; }
    virtual void onCancelled(bool checkpointed) { (void)checkpointed; }
    virtual void onFailed(const std::string& message) { (void)message; }
};

} // namespace aclwb
