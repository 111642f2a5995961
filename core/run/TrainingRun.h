// SPDX-License-Identifier: MIT
#pragma once

#include "train/TrainConfig.h"
#include "train/Trainer.h"
#include "train/TrainingEvents.h"

#include <memory>
#include <string>
#include <vector>

namespace aclwb {

class RunControl;

/// One training job from start to finish, as `aclwb-cli train` and the GUI's worker both run it: load the data
/// (pausable, cancellable), write config.json, train or resume, export, and leave the run directory in a state
/// `RunDirectory` can name (marker files `running`, `cancelled`, `failed`). Every step is reported to the observer
/// (TrainingObserver's lifecycle events), ending with exactly one of onFinished, onCancelled, onFailed.
class TrainingRun {
public:
    TrainingRun(TrainConfig config, std::string runDir, bool resume);
    ~TrainingRun();

    void setObserver(TrainingObserver* observer) { m_observer = observer; }
    void setRunControl(const RunControl* control) { m_control = control; }

    /// Runs the job. Bad input (data, parameters, divergence) and other failures are reported through onFailed,
    /// written to runDir/failed, and rethrown (InputError stays InputError, so the CLI can exit with 2).
    RunOutcome execute();

    const TrainingResult& result() const { return m_result; }
    /// The trainer, once the data is loaded (for the GUI's exports and predictions), else null.
    Trainer* trainer() { return m_trainer.get(); }
    const std::string& runDir() const { return m_runDir; }

private:
    RunOutcome executeSteps();

    TrainConfig m_config;
    std::string m_runDir;
    bool m_resume = false;
    bool m_createdDir = false;
    TrainingObserver* m_observer = nullptr;
    const RunControl* m_control = nullptr;
    std::unique_ptr<Trainer> m_trainer;
    TrainingResult m_result;
};

} // namespace aclwb
