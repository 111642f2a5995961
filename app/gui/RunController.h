// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QThread>

#include <memory>

namespace aclwb {
class RunControl;
}

namespace aclwb::gui {

class TrainingWorker;

/// Owns the training thread and its worker (Qt's worker pattern): start() hands a run to the worker's thread,
/// pause/resume/stop act at once through the run's RunControl, and the destructor stops the run and waits, so the
/// window never outlives its thread and nothing is torn down mid-step.
class RunController : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Running, Paused, Stopping };
    Q_ENUM(State)

    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    /// Connect to its signals to follow a run; they arrive queued on the GUI thread.
    TrainingWorker* worker() const { return m_worker; }
    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Idle; }
    QString runDir() const { return m_runDir; }

public Q_SLOTS:
    /// Ignored unless idle.
    void start(const QString& configJson, const QString& runDir, bool resume);
    void pause();
    void resume();
    /// Stops after the current step; the last completed epoch stays checkpointed (resumable).
    void stop();
    /// Stops and waits up to `milliseconds` for the worker to become idle (used when the window closes).
    bool stopAndWait(int milliseconds);

Q_SIGNALS:
    void stateChanged(aclwb::gui::RunController::State state);

private:
    void setState(State state);

    QThread m_thread;
    TrainingWorker* m_worker = nullptr;
    std::unique_ptr<RunControl> m_control;
    State m_state = State::Idle;
    QString m_runDir;
};

} // namespace aclwb::gui
