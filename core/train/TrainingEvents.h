// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/ClassificationMetrics.h"

#include <optional>
#include <string>

namespace aclwb {

/// Progress after one optimisation step: small and copyable, so it can cross threads (the GUI queues it to its
/// main thread) and never carries tensors.
struct TrainingProgress {
    std::string stage; // "contrastive", "linear" or "cross-entropy"
    int64_t epoch = 0; // 0-based, within the stage
    int64_t epochs = 0;
    int64_t step = 0; // 0-based, within the epoch
    int64_t stepsPerEpoch = 0;
    double loss = 0.0;
    double lr = 0.0;
    double imagesPerSecond = 0.0;
    double etaSeconds = 0.0; // for the whole run
};

/// One finished epoch: its mean loss and, where a classifier exists, validation metrics.
struct EpochSummary {
    std::string stage;
    int64_t epoch = 0;
    double meanLoss = 0.0;
    double lr = 0.0;
    double seconds = 0.0;
    std::optional<ClassificationMetrics> validation;
};

/// Receives progress from a running Trainer, on the trainer's thread. The CLI prints it; the GUI's worker turns
/// it into queued signals.
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void onStep(const TrainingProgress& progress) { (void)progress; }
    virtual void onEpoch(const EpochSummary& summary) { (void)summary; }
};

} // namespace aclwb
