// SPDX-License-Identifier: MIT
#pragma once

#include "data/ImbalancedDataset.h"
#include "metrics/ClassificationMetrics.h"
#include "model/ContrastiveNet.h"
#include "train/TrainConfig.h"
#include "train/TrainingEvents.h"

#include <c10/core/Device.h>

#include <atomic>
#include <string>
#include <vector>

namespace aclwb {

/// What a finished (or cancelled) run produced.
struct TrainingResult {
    std::vector<EpochSummary> history;
    ClassificationMetrics test;
    /// Training throughput of the representation stage (contrastive, or end-to-end cross-entropy).
    double imagesPerSecond = 0.0;
    double seconds = 0.0;
    bool cancelled = false;
};

/// Two-stage training, shaped like LibTorch's mnist example: one function per epoch kind, train()/eval() set
/// explicitly, evaluation under NoGradGuard, the device chosen once and passed in.
///  - contrastive losses: stage 1 trains encoder + projection head with the AFCL family; stage 2 freezes the
///    encoder and trains the linear classifier with cross-entropy;
///  - ce / ce-weighted: one end-to-end stage of epochs_contrastive + epochs_linear epochs (same budget).
/// After every epoch a checkpoint is written to runDir/checkpoint.pt; `resume` continues from it and ends with the
/// same result as an uninterrupted run (same device and thread count). Cancellation is checked every step.
class Trainer {
public:
    Trainer(TrainConfig config, ImbalancedDataset data, c10::Device device);

    void setObserver(TrainingObserver* observer) { m_observer = observer; }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    /// Trains (or resumes) and returns the result; checkpoints go to runDir (which must exist).
    /// A NaN or infinite loss stops the run with an InputError naming the step and the parameters.
    TrainingResult run(const std::string& runDir, bool resume);

    /// Embeddings of a subset (encoder features or projections, per config.embedding), computed in eval mode.
    at::Tensor embed(const SubsetView& subset, bool projection);
    /// Class logits of a subset.
    at::Tensor logits(const SubsetView& subset);

    ContrastiveNet& model() { return m_model; }
    const TrainConfig& config() const { return m_config; }
    const ImbalancedDataset& data() const { return m_data; }

private:
    double representationEpoch(int64_t epoch, torch::optim::Optimizer& optimizer);
    double linearEpoch(int64_t epoch, torch::optim::Optimizer& optimizer, const at::Tensor& features,
                       const at::Tensor& labels);
    ClassificationMetrics validate();
    void setLearningRate(torch::optim::Optimizer& optimizer, double lr);
    void checkFinite(const at::Tensor& loss, const char* stage, int64_t epoch, int64_t step, double lr) const;
    /// Throws the divergence InputError: what went non-finite, where, the parameters and advice for this loss.
    [[noreturn]] void diverged(const std::string& what, int64_t epoch, int64_t step, double lr) const;
    void report(const char* stage, int64_t epoch, int64_t epochs, int64_t step, int64_t steps, double loss, double lr,
                double images, double seconds);
    bool cancelled() const { return m_cancel != nullptr && m_cancel->load(std::memory_order_relaxed); }

    TrainConfig m_config;
    ImbalancedDataset m_data;
    c10::Device m_device;
    ContrastiveNet m_model { nullptr };
    TrainingObserver* m_observer = nullptr;
    const std::atomic<bool>* m_cancel = nullptr;
    at::Tensor m_classWeights;
    // Throughput bookkeeping for the representation stage, and for ETA estimates.
    double m_stageImages = 0.0;
    double m_stageSeconds = 0.0;
    int64_t m_stepsDone = 0;
    int64_t m_stepsTotal = 0;
    double m_stepSeconds = 0.0;
    bool m_checkpointed = false; // whether runDir holds a checkpoint of this run (for the divergence message)
};

} // namespace aclwb
