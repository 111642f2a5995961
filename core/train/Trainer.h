// SPDX-License-Identifier: MIT
#pragma once

#include "data/ImbalancedDataset.h"
#include "metrics/ClassificationMetrics.h"
#include "model/ContrastiveNet.h"
#include "train/EtaEstimator.h"
#include "train/TrainConfig.h"
#include "train/TrainingEvents.h"
#include "util/RunControl.h"

#include <ATen/core/Generator.h>
#include <c10/core/Device.h>

#include <functional>
#include <string>
#include <vector>

namespace torch::optim {
class Optimizer;
}

namespace aclwb {

/// What a finished (or cancelled) run produced.
struct TrainingResult {
    std::vector<EpochSummary> history;
    std::vector<StepRecord> steps;
    ClassificationMetrics test;
    /// Training throughput of the representation stage (contrastive, or end-to-end cross-entropy).
    double imagesPerSecond = 0.0;
    double seconds = 0.0;
    bool cancelled = false;
    /// Whether runDir holds a checkpoint (a cancelled run can then be resumed from it).
    bool checkpointed = false;
};

/// Two-stage training, shaped like LibTorch's mnist example: one function per epoch, train()/eval() set
/// explicitly, evaluation under NoGradGuard, the device chosen once and passed in.
///  - contrastive losses: stage 1 trains encoder + projection head with the AFCL family; stage 2 freezes the
///    encoder and trains the linear classifier with cross-entropy;
///  - ce / ce-weighted: one end-to-end stage of epochs_contrastive + epochs_linear epochs (same budget).
/// After every epoch runDir gets checkpoint.pt, metrics.csv and steps.csv (and, with snapshot_every, an embedding
/// snapshot); `resume` continues from the checkpoint and ends with the same result as an uninterrupted run (same
/// device and thread count). A RunControl is checked every step (pause blocks, cancel stops after the step).
/// Randomness (initialisation, sampling, augmentation) comes from the trainer's own generators seeded by the config,
/// never from LibTorch's global one, so trainers in different threads do not disturb each other.
class Trainer {
public:
    Trainer(TrainConfig config, ImbalancedDataset data, c10::Device device);

    void setObserver(TrainingObserver* observer) { m_observer = observer; }
    void setRunControl(const RunControl* control) { m_control = control; }

    /// Trains (or resumes) and returns the result; run files go to runDir (which must exist). A NaN or infinite
    /// loss stops the run with an InputError naming the step and the parameters. Cancellation returns a result
    /// with `cancelled` set; the thread count of the calling thread is set from the process's (at::init_num_threads),
    /// so a trainer on a worker thread computes exactly as on the main thread.
    TrainingResult run(const std::string& runDir, bool resume);

    /// Runs `steps` optimisation steps of the first stage on its first batches, through exactly the code path of a
    /// real run (gather, augmentation, forward, loss, backward, optimiser), reporting each to the observer; writes
    /// nothing. For `aclwb-cli bench-train`, so the benchmark times the trainer's own step, not a copy.
    void trainRepresentationSteps(int64_t steps);

    /// Embeddings of a subset (encoder features, or projections) in eval mode; checks the run control per batch.
    at::Tensor embed(const SubsetView& subset, bool projection);
    /// Class logits of a subset.
    at::Tensor logits(const SubsetView& subset);
    /// Embeddings of the fixed snapshot subsample now, with the classifier's predictions when `withPredictions`.
    /// Leaves every module's train/eval mode as it found it.
    EmbeddingSnapshot snapshot(Stage stage, int64_t epoch, int64_t globalEpoch, bool withPredictions);

    ContrastiveNet& model() { return m_model; }
    const TrainConfig& config() const { return m_config; }
    const ImbalancedDataset& data() const { return m_data; }
    /// The stages this config runs, in order.
    std::vector<Stage> stages() const;
    int64_t epochsOf(Stage stage) const;

private:
    using LossOfBatch = std::function<at::Tensor(const at::Tensor& positions, int64_t epoch, int64_t step)>;
    /// One epoch of any stage: the shared training step (control, schedule, zero_grad, finite check, backward,
    /// step, bookkeeping, report) around `lossOf`, which computes a batch's loss.
    double trainEpoch(Stage stage, int64_t epoch, torch::optim::Optimizer& optimizer,
                      const std::vector<at::Tensor>& batches, double baseLr, int64_t warmupSteps,
                      const LossOfBatch& lossOf);
    /// Forgets the step records of an epoch that did not finish: the checkpoint is at that epoch's start, and a
    /// resume records them again.
    void dropStepsOf(Stage stage, int64_t epoch);
    /// Reports one optimisation step (ETA bookkeeping and the observer's onStep).
    void reportStep(Stage stage, int64_t epoch, int64_t step, int64_t steps, double loss, double lr, double seconds,
                    double images);
    /// Stage 2 with linear_solver lbfgs: fits the classifier on the frozen features (train/LinearProbe.h), one
    /// step record per loss evaluation; returns the final loss. Throws RunCancelled when cancelled.
    double solveLinearProbe(const at::Tensor& features, const at::Tensor& labels);
    at::Tensor representationLoss(const at::Tensor& positions, int64_t epoch, int64_t step, at::Generator& augment);
    ClassificationMetrics validate(size_t stageIndex);
    void setLearningRate(torch::optim::Optimizer& optimizer, double lr);
    void checkFinite(const at::Tensor& loss, Stage stage, int64_t epoch, int64_t step, double lr) const;
    /// Throws the divergence InputError: what went non-finite, where, the parameters and advice for this loss.
    [[noreturn]] void diverged(const std::string& what, int64_t epoch, int64_t step, double lr) const;
    void writeEpochFiles(const std::string& runDir);
    void takeSnapshot(const std::string& runDir, Stage stage, int64_t epoch, bool withPredictions);
    /// What stage 1 trains (and bench-train times).
    std::vector<at::Tensor> representationParameters() const;
    bool cancelled() const { return m_control != nullptr && m_control->isCancelled(); }

    TrainConfig m_config;
    ImbalancedDataset m_data;
    c10::Device m_device;
    ContrastiveNet m_model { nullptr };
    TrainingObserver* m_observer = nullptr;
    const RunControl* m_control = nullptr;
    at::Tensor m_classWeights;
    at::Tensor m_snapshotPositions; // fixed subsample of the snapshot split
    TrainingResult m_result;
    EtaEstimator m_eta;
    size_t m_stageIndex = 0;
    // Throughput bookkeeping for the representation stage.
    double m_stageImages = 0.0;
    double m_stageSeconds = 0.0;
    bool m_checkpointed = false;
    std::vector<EmbeddingSnapshot> m_snapshotIndex; // stage, epoch and kNN of every snapshot (for knn.csv)
};

} // namespace aclwb
