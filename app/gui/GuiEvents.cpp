// SPDX-License-Identifier: MIT
#include "GuiEvents.h"

#include <algorithm>
#include <cmath>

namespace aclwb::gui {

double stepPosition(int64_t epoch, int64_t step, int64_t stepsPerEpoch)
{
    return static_cast<double>(epoch)
        + static_cast<double>(step + 1) / static_cast<double>(std::max<int64_t>(1, stepsPerEpoch));
}

bool stepsAreEvaluations(const TrainConfig& config, Stage stage)
{
    return stage == Stage::Linear && config.solvesLinearProbe();
}

double stepPosition(const TrainConfig& config, Stage stage, int64_t epoch, int64_t step, int64_t stepsPerEpoch)
{
    return stepsAreEvaluations(config, stage) ? static_cast<double>(step + 1)
                                              : stepPosition(epoch, step, stepsPerEpoch);
}

SnapshotEvent snapshotEventFrom(const EmbeddingSnapshot& s)
{
    SnapshotEvent e;
    e.globalEpoch = static_cast<int>(s.globalEpoch);
    e.points = static_cast<int>(s.size());
    e.stage = QString::fromLatin1(stageName(s.stage));
    e.stageEpoch = static_cast<int>(s.epoch);
    e.split = QString::fromStdString(s.split);
    e.indices = QVector<qint64>(s.indices.begin(), s.indices.end());
    for (int64_t label : s.labels) {
        e.labels.push_back(static_cast<int>(label));
    }
    for (int64_t p : s.predicted) {
        e.predicted.push_back(static_cast<int>(p));
    }
    e.featureDim = static_cast<int>(s.featureDim);
    e.projectionDim = static_cast<int>(s.projectionDim);
    e.features = QVector<float>(s.features.begin(), s.features.end());
    e.projections = QVector<float>(s.projections.begin(), s.projections.end());
    e.projectionKnn = QVector<double>(s.projectionKnnAccuracy.begin(), s.projectionKnnAccuracy.end());
    e.featureKnn = QVector<double>(s.featureKnnAccuracy.begin(), s.featureKnnAccuracy.end());
    return e;
}

Metrics metricsFrom(const ClassificationMetrics& m)
{
    Metrics out;
    out.valid = !m.perClassAccuracy.empty();
    out.accuracy = m.accuracy;
    out.balancedAccuracy = m.balancedAccuracy;
    out.macroF1 = m.macroF1;
    out.hasRocAuc = m.rocAuc.has_value();
    out.rocAuc = m.rocAuc.value_or(std::nan(""));
    out.perClass = QVector<double>(m.perClassAccuracy.begin(), m.perClassAccuracy.end());
    for (const auto& row : m.confusion) {
        QVector<double> r;
        for (int64_t v : row) {
            r.push_back(static_cast<double>(v));
        }
        out.confusion.push_back(r);
    }
    return out;
}

void registerGuiEventTypes()
{
    qRegisterMetaType<DataPreview>();
    qRegisterMetaType<RunStartedEvent>();
    qRegisterMetaType<StepBatch>();
    qRegisterMetaType<EpochEvent>();
    qRegisterMetaType<SnapshotEvent>();
    qRegisterMetaType<FinishedEvent>();
    qRegisterMetaType<LayoutRequest>();
    qRegisterMetaType<LayoutFrame>();
}

} // namespace aclwb::gui
