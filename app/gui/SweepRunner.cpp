// SPDX-License-Identifier: MIT
#include "SweepRunner.h"

#include "run/TrainingRun.h"
#include "util/InputError.h"
#include "train/ConfigSchema.h"
#include "util/ErrorText.h"
#include "util/RunControl.h"
#include "util/Threads.h"

#include <QThread>
#include <QtConcurrent/QtConcurrent>

#include <algorithm>

namespace aclwb::gui {

SweepRunner::SweepRunner(QObject* parent)
    : QObject(parent)
{
}

SweepRunner::~SweepRunner()
{
    stop();
    wait();
    if (m_threadsChanged) {
        configureThreads(m_threadsBefore);
    }
}

bool SweepRunner::start(const SweepPlan& plan, const QString& root, int jobs)
{
    if (running()) {
        return false;
    }
    m_plan = std::make_shared<SweepPlan>(plan);
    m_root = root;
    m_jobs = std::max(1, jobs);
    m_queue.clear();
    m_started = 0;
    m_stopping = false;
    m_paused = false;
    m_control = std::make_shared<RunControl>();
    m_skippedRunning = 0;
    for (size_t k = 0; k < plan.points().size(); ++k) {
        const std::optional<RunStatus> status = plan.status(root.toStdString(), k);
        if (status == RunStatus::Running) {
            ++m_skippedRunning; // another process (aclwb-cli sweep, another window) trains it: never two at once
        } else if (status != RunStatus::Finished) {
            m_queue << static_cast<int>(k);
        }
    }
    if (m_queue.isEmpty()) {
        Q_EMIT finished(false);
        return true;
    }
    m_pool.setMaxThreadCount(m_jobs);
    // Each point's trainer starts from the process-wide count: share the cores out between the jobs.
    m_threadsBefore = currentThreads();
    m_threadsChanged = true;
    configureThreads(std::max(1, QThread::idealThreadCount() / m_jobs));
    for (int k = 0; k < m_jobs; ++k) {
        launchNext();
    }
    return true;
}

void SweepRunner::launchNext()
{
    if (m_stopping || m_queue.isEmpty()) {
        return;
    }
    const int point = m_queue.takeFirst();
    ++m_active;
    ++m_started;
    Q_EMIT pointStarted(point);
    const std::shared_ptr<SweepPlan> plan = m_plan;
    const std::string root = m_root.toStdString();
    const std::shared_ptr<RunControl> control = m_control;
    (void)QtConcurrent::run(&m_pool, [this, plan, root, control, point] {
        QString outcome = QStringLiteral("failed");
        QString message;
        try {
            plan->prepare(root, static_cast<size_t>(point));
            const std::string dir = plan->pointDir(root, static_cast<size_t>(point));
            // As `aclwb-cli sweep` does: resume from the point's own directory (a fresh one simply starts).
            TrainConfig config;
            from_json(readJsonFileStrict(dir + "/config.json"), config);
            TrainingRun run(config, dir, true);
            run.setRunControl(control.get());
            const RunOutcome o = run.execute();
            outcome = o == RunOutcome::Finished ? QStringLiteral("finished")
                : o == RunOutcome::Cancelled    ? QStringLiteral("cancelled")
                                                : QStringLiteral("failed");
        } catch (const RunFolderInUse& e) {
            outcome = QStringLiteral("in use"); // another process took the point after the sweep looked: not a failure
            message = QString::fromStdString(e.what());
        } catch (const std::exception& e) {
            message = QString::fromStdString(describeException(e));
        }
        // Queued to the GUI thread; dropped by Qt if the runner is gone (the destructor waits for the pool first).
        QMetaObject::invokeMethod(
            this, [this, point, outcome, message] { onPointEnded(point, outcome, message); }, Qt::QueuedConnection);
    });
}

void SweepRunner::onPointEnded(int point, const QString& outcome, const QString& message)
{
    --m_active;
    Q_EMIT pointEnded(point, outcome, message);
    launchNext();
    if (m_active == 0 && (m_queue.isEmpty() || m_stopping)) {
        m_queue.clear();
        configureThreads(m_threadsBefore);
        m_threadsChanged = false;
        const bool stopped = m_stopping;
        m_stopping = false;
        m_paused = false;
        Q_EMIT finished(stopped);
    }
}

void SweepRunner::pause()
{
    if (m_control && running() && !m_paused) {
        m_paused = true;
        m_control->pause();
    }
}

void SweepRunner::resume()
{
    if (m_control && m_paused) {
        m_paused = false;
        m_control->resume();
    }
}

void SweepRunner::stop()
{
    if (!running()) {
        return;
    }
    m_stopping = true;
    m_queue.clear();
    if (m_control) {
        m_control->cancel(); // also wakes paused points
    }
}

void SweepRunner::wait()
{
    m_pool.waitForDone();
}

} // namespace aclwb::gui
