// SPDX-License-Identifier: MIT
#pragma once

#include "GuiEvents.h"

#include <QObject>

namespace aclwb {
class RunControl;
}

namespace aclwb::gui {

/// Runs one core TrainingRun on the thread it lives on (Qt's worker pattern: moved to a QThread by RunController).
/// The command comes in as a queued slot call; progress leaves as queued signals of small registered value types,
/// never tensors. Pause, resume and stop go straight to the thread-safe RunControl, because this thread is busy
/// training and would not see a queued command until the run ends.
class TrainingWorker : public QObject {
    Q_OBJECT

public:
    explicit TrainingWorker(QObject* parent = nullptr);

public Q_SLOTS:
    /// `configJson`: a run config (config.json's format); `runDir`: where the run's files go.
    void start(const QString& configJson, const QString& runDir, bool resume, aclwb::RunControl* control);

Q_SIGNALS:
    void loadingData(const QString& description);
    void warning(const QString& message);
    void runStarted(const aclwb::gui::RunStartedEvent& event);
    void stepsRestored(const aclwb::gui::StepBatch& steps);
    void stageStarted(int stageIndex, const QString& stage, int epochs);
    void steps(const aclwb::gui::StepBatch& batch);
    void epochFinished(const aclwb::gui::EpochEvent& event);
    void snapshot(const aclwb::gui::SnapshotEvent& event);
    void evaluating();
    void exporting();
    void finished(const aclwb::gui::FinishedEvent& event);
    void cancelled(bool checkpointed);
    void failed(const QString& message);
    /// Always last, whatever the outcome: the worker is idle again.
    void idle();
};

} // namespace aclwb::gui
