// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/ClassificationMetrics.h"
#include "train/TrainConfig.h"
#include "train/TrainingEvents.h"

#include <QImage>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace aclwb::gui {

/// What the data preview found for the current experiment settings: the dataset's classes, the experiment's
/// per-class counts per split (from the core's imbalance builder) and a few sample images per chosen class.
struct DataPreview {
    quint64 request = 0;
    QStringList sourceClasses;
    QStringList classNames;
    QVector<double> train;
    QVector<double> validation;
    QVector<double> test;
    QVector<QVector<QImage>> thumbnails;
    QString fingerprint;
    QString error; // why the experiment cannot be built (the core's message), else empty
};

/// A run's start: classes, counts, stages and where it runs.
struct RunStartedEvent {
    QStringList classNames;
    QVector<double> train;
    QVector<double> validation;
    QVector<double> test;
    QStringList stages; // "contrastive", "linear" or "cross-entropy"
    QVector<int> stageEpochs;
    QVector<int> stepsPerEpoch;
    QString dataset;
    QString fingerprint;
    QString device;
    int threads = 0;
    bool resumed = false;
};

/// The latest step, and the losses of every step since the last event (x = epochs into the stage, fractional):
/// a fast run sends ~20 of these a second, never one per step, and the curves still get every point.
struct StepBatch {
    int stageIndex = 0;
    QString stage;
    int epoch = 0; // 0-based
    int epochs = 0;
    int step = 0;
    int steps = 0;
    double loss = 0.0;
    double lr = 0.0;
    double imagesPerSecond = 0.0;
    double etaSeconds = 0.0;
    double fractionDone = 0.0;
    QVector<QPointF> losses;
};

/// Classification metrics as plain numbers (NaN ROC AUC when it does not apply).
struct Metrics {
    bool valid = false;
    double accuracy = 0.0;
    double balancedAccuracy = 0.0;
    double macroF1 = 0.0;
    double rocAuc = 0.0;
    bool hasRocAuc = false;
    QVector<double> perClass;
    QVector<QVector<double>> confusion;
};

struct EpochEvent {
    int stageIndex = 0;
    QString stage;
    int epoch = 0;       // 0-based within the stage
    int globalEpoch = 0; // 1-based over the run
    double loss = 0.0;
    double seconds = 0.0;
    Metrics validation;
    bool replayed = false;
};

/// An embedding snapshot (EmbeddingSnapshot as Qt vectors): the points and the per-class 10-NN accuracies.
struct SnapshotEvent {
    int globalEpoch = 0;
    int points = 0;
    QString stage; // "contrastive", "linear", "cross-entropy"
    int stageEpoch = 0; // 0-based within the stage
    QString split;      // "validation" or "test"
    QVector<qint64> indices; // sample positions within the split
    QVector<int> labels;
    QVector<int> predicted; // empty before a classifier exists
    int featureDim = 0;
    int projectionDim = 0;
    QVector<float> features;    // points x featureDim
    QVector<float> projections; // points x projectionDim
    QVector<double> projectionKnn;
    QVector<double> featureKnn;
};

/// A 2-D layout to compute (EmbeddingWorker): the points in one space, the method and its settings, and an
/// optional previous layout to start from (warm start; rows matched by sample index).
struct LayoutRequest {
    quint64 id = 0;
    QString method = QStringLiteral("tsne"); // "tsne" or "pca"
    int rows = 0;
    int dims = 0;
    QVector<float> data; // rows x dims
    QVector<qint64> indices;
    QVector<int> labels;
    double perplexity = 30.0;
    int iterations = 1000;
    double theta = 0.5;
    quint64 seed = 1;
    int pcaDimensions = 50;
    QVector<qint64> warmIndices;
    QVector<double> warmLayout; // warmIndices.size() x 2
    int threads = 0;            // LibTorch threads of the layout thread (0: all hardware threads)
    int frameMilliseconds = 40; // at most one frame this often while optimising (animation)
    bool trust = true;          // compute the trust indicators at the end
};

/// A layout while it optimises (final = false: an animation frame) or done (final = true, with the trust
/// indicators), or why it failed (error).
struct LayoutFrame {
    quint64 id = 0;
    bool final = false;
    QString method; // "exact", "barnes-hut" (t-SNE) or "pca"
    int iteration = 0;
    int iterations = 0;
    double kl = 0.0;      // KL(P||Q) at klIteration (t-SNE only): the estimate while optimising, exact when final
    int klIteration = -1; // -1: not computed
    bool klEstimated = false; // kl from Barnes-Hut's normalisation (while optimising, and final above 5,000 points)
    QVector<double> xy;   // x0, y0, x1, y1, ...
    double seconds = 0.0;
    // Final frames: trustworthiness (k = 10) of the layout, and the 10-NN accuracy in the layout and in the
    // original space (computed on up to trustPoints rows).
    double trustworthiness = -1.0;
    double knnLayout = -1.0;
    double knnOriginal = -1.0;
    int trustPoints = 0;
    QString error;
};

struct FinishedEvent {
    Metrics test;
    double seconds = 0.0;
    double imagesPerSecond = 0.0;
    QString runDir;
};

/// Where a step sits on a stage's loss plot: epochs into the stage, the step's share of its epoch added (so
/// x = 1 is the end of the first epoch, where its mean is drawn). Live runs and opened runs place steps alike.
double stepPosition(int64_t epoch, int64_t step, int64_t stepsPerEpoch);
/// The same for a step of `stage` in a run of `config`: the linear probe solved by L-BFGS is one "epoch" of loss
/// evaluations, whose number is not known ahead, so its steps sit at their evaluation number (1, 2, ...).
double stepPosition(const TrainConfig& config, Stage stage, int64_t epoch, int64_t step, int64_t stepsPerEpoch);
/// Whether a stage's loss plot counts L-BFGS evaluations rather than epochs.
bool stepsAreEvaluations(const TrainConfig& config, Stage stage);

/// The core's snapshot as the plain vectors the GUI keeps.
SnapshotEvent snapshotEventFrom(const EmbeddingSnapshot& snapshot);

/// The core's metrics as the plain numbers the views take.
Metrics metricsFrom(const ClassificationMetrics& m);

/// Registers the types above for queued connections (call once, before the first worker starts).
void registerGuiEventTypes();

} // namespace aclwb::gui

Q_DECLARE_METATYPE(aclwb::gui::DataPreview)
Q_DECLARE_METATYPE(aclwb::gui::RunStartedEvent)
Q_DECLARE_METATYPE(aclwb::gui::StepBatch)
Q_DECLARE_METATYPE(aclwb::gui::EpochEvent)
Q_DECLARE_METATYPE(aclwb::gui::SnapshotEvent)
Q_DECLARE_METATYPE(aclwb::gui::FinishedEvent)
Q_DECLARE_METATYPE(aclwb::gui::LayoutRequest)
Q_DECLARE_METATYPE(aclwb::gui::LayoutFrame)
