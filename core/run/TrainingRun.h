// SPDX-License-Identifier: MIT
#pragma once

#include "train/TrainConfig.h"
#include "train/Trainer.h"
#include "train/TrainingEvents.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace aclwb {

class RunControl;
class RunLock;

/// One training job from start to finish, as `aclwb-cli train` and the GUI's worker both run it: load the data
/// (pausable, cancellable), write config.json, train or resume, export, and leave the run directory in a state
/// `RunDirectory` can name (marker files `running`, `cancelled`, `failed`). Every step is reported to the observer
/// (TrainingObserver's lifecycle events), ending with exactly one of onFinished, onCancelled, onFailed.
///
/// The folder has one writer: the run holds its RunLock from before the first byte it writes until the last. Every
/// refusal (a bad config, a folder in use, a folder holding another run or someone's own files, a resume with other
/// settings) comes before anything in the folder is touched, and a folder this run created is removed again when
/// nothing was written into it.
class TrainingRun {
public:
    TrainingRun(TrainConfig config, std::string runDir, bool resume);
    ~TrainingRun();

    void setObserver(TrainingObserver* observer) { m_observer = observer; }
    void setRunControl(const RunControl* control) { m_control = control; }
    /// Lets a new run write into an existing folder that is not an aclwb run (it holds other files). Off by default:
    /// a user's own config.json or model.pt must never be overwritten by accident.
    void setAllowForeignFolder(bool allow) { m_allowForeignFolder = allow; }
    /// Called once the run holds its folder and every refusal is behind it, before anything is written: the moment
    /// a log inside the folder may be opened (a sweep's per-run train.log), never earlier.
    void setOnLocked(std::function<void()> onLocked) { m_onLocked = std::move(onLocked); }

    /// Runs the job. Bad input (data, parameters, divergence) and other failures are reported through onFailed,
    /// written to runDir/failed, and rethrown (InputError stays InputError, so the CLI can exit with 2).
    RunOutcome execute();

    const TrainingResult& result() const { return m_result; }
    /// The trainer, once the data is loaded (for the GUI's exports and predictions), else null.
    Trainer* trainer() { return m_trainer.get(); }
    const std::string& runDir() const { return m_runDir; }

private:
    RunOutcome executeSteps();
    /// The refusals that need no lock: a live holder (unless `locked`: we hold it), and what the folder holds. Throws;
    /// touches nothing.
    void checkFolder(bool locked) const;
    /// After a failure: mark the run failed where it has a config, else remove a folder this run created.
    void cleanUpAfterFailure(const std::string& message);

    TrainConfig m_config;
    std::string m_runDir;
    bool m_resume = false;
    std::string m_createdFrom; // the first folder of runDir's path this run created; empty if it existed
    bool m_checksPassed = false;
    bool m_allowForeignFolder = false;
    std::function<void()> m_onLocked;
    std::unique_ptr<RunLock> m_lock;
    TrainingObserver* m_observer = nullptr;
    const RunControl* m_control = nullptr;
    std::unique_ptr<Trainer> m_trainer;
    TrainingResult m_result;
};

} // namespace aclwb
