// SPDX-License-Identifier: MIT
#pragma once

#include "run/SweepPlan.h"

#include <QObject>
#include <QThreadPool>
#include <QVector>

#include <memory>

namespace aclwb {
class RunControl;
}

namespace aclwb::gui {

/// Runs a sweep's unfinished points inside the app, `jobs` at a time on a thread pool, each point a core
/// TrainingRun resumed from its own directory (so a point stopped midway continues from its checkpoint, and a
/// finished one is skipped). Every point is deterministic whatever runs beside it: each trainer has its own random
/// state. During the sweep LibTorch's process-wide thread count is the cores divided by the jobs.
class SweepRunner : public QObject {
    Q_OBJECT

public:
    explicit SweepRunner(QObject* parent = nullptr);
    ~SweepRunner() override;

    /// Starts the points of `plan` under `root` that are neither finished nor running in another process; false
    /// (nothing started) when already running.
    bool start(const SweepPlan& plan, const QString& root, int jobs);
    void pause();
    void resume();
    /// Stops: running points are cancelled at their next step (keeping their last checkpoint), the rest never start.
    void stop();
    bool running() const { return m_active > 0 || !m_queue.isEmpty(); }
    bool paused() const { return m_paused; }
    /// Points started by this runner (tests: a reopened sweep starts only the unfinished ones).
    int startedCount() const { return m_started; }
    /// Points left alone at the last start because another process was running them.
    int skippedRunning() const { return m_skippedRunning; }
    /// Blocks until every point of this start has ended (tests, closing).
    void wait();

Q_SIGNALS:
    void pointStarted(int point);
    /// outcome: "finished", "cancelled" or "failed" (with the core's message).
    void pointEnded(int point, const QString& outcome, const QString& message);
    /// No point left running; `stopped` when stop() ended it early.
    void finished(bool stopped);

private:
    void launchNext();
    void onPointEnded(int point, const QString& outcome, const QString& message);

    std::shared_ptr<SweepPlan> m_plan;
    QString m_root;
    QVector<int> m_queue;
    int m_active = 0;
    int m_started = 0;
    int m_skippedRunning = 0;
    int m_jobs = 1;
    int m_threadsBefore = 0;
    bool m_threadsChanged = false;
    bool m_paused = false;
    bool m_stopping = false;
    std::shared_ptr<RunControl> m_control;
    QThreadPool m_pool;
};

} // namespace aclwb::gui
