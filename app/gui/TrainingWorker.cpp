// SPDX-License-Identifier: MIT
#include "TrainingWorker.h"

#include "run/TrainingRun.h"
#include "train/ConfigSchema.h"
#include "train/ProgressThrottle.h"
#include "util/ErrorText.h"
#include "util/InputError.h"
#include "util/RunControl.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace aclwb::gui {
namespace {

QVector<double> toQVector(const std::vector<int64_t>& v)
{
    QVector<double> out;
    for (int64_t x : v) {
        out.push_back(static_cast<double>(x));
    }
    return out;
}

/// Turns the core's observer calls (on this thread) into the worker's signals, batching steps at 20 a second.
class Bridge : public TrainingObserver {
public:
    explicit Bridge(TrainingWorker& worker)
        : m_worker(worker)
    { }

    void onLoadingData(const std::string& description) override
    {
        Q_EMIT m_worker.loadingData(QString::fromStdString(description));
    }
    void onWarning(const std::string& message) override { Q_EMIT m_worker.warning(QString::fromStdString(message)); }
    void onRunStarted(const RunInfo& info) override
    {
        RunStartedEvent e;
        for (const std::string& name : info.classNames) {
            e.classNames.push_back(QString::fromStdString(name));
        }
        e.train = toQVector(info.trainCounts);
        e.validation = toQVector(info.validationCounts);
        e.test = toQVector(info.testCounts);
        for (size_t s = 0; s < info.stages.size(); ++s) {
            e.stages.push_back(QString::fromLatin1(stageName(info.stages[s])));
            e.stageEpochs.push_back(static_cast<int>(info.stageEpochs[s]));
            e.stepsPerEpoch.push_back(static_cast<int>(info.stageStepsPerEpoch[s]));
        }
        m_stages = info.stages;
        m_stepsPerEpoch = info.stageStepsPerEpoch;
        m_config = info.config;
        e.dataset = QString::fromStdString(info.datasetName);
        e.fingerprint = QString::fromStdString(info.fingerprint);
        e.device = QString::fromStdString(info.device);
        e.threads = info.threads;
        e.resumed = info.resumed;
        Q_EMIT m_worker.runStarted(e);
    }
    void onStepsRestored(const std::vector<StepRecord>& steps) override
    {
        for (size_t s = 0; s < m_stages.size(); ++s) {
            StepBatch b;
            b.stageIndex = static_cast<int>(s);
            b.stage = QString::fromLatin1(stageName(m_stages[s]));
            for (const StepRecord& r : steps) {
                if (r.stage == m_stages[s]) {
                    b.losses.push_back(QPointF(x(s, r.epoch, r.step), r.loss));
                }
            }
            if (!b.losses.isEmpty()) {
                Q_EMIT m_worker.stepsRestored(b);
            }
        }
    }
    void onStageStarted(Stage stage, int64_t epochs) override
    {
        Q_EMIT m_worker.stageStarted(stageIndex(stage), QString::fromLatin1(stageName(stage)),
                                     static_cast<int>(epochs));
    }
    void onStep(const TrainingProgress& p) override
    {
        const int s = stageIndex(p.stage);
        if (s != m_pending.stageIndex && !m_pending.losses.isEmpty()) {
            flush();
        }
        m_pending.stageIndex = s;
        m_pending.stage = QString::fromLatin1(stageName(p.stage));
        m_pending.epoch = static_cast<int>(p.epoch);
        m_pending.epochs = static_cast<int>(p.epochs);
        m_pending.step = static_cast<int>(p.step);
        m_pending.steps = static_cast<int>(p.stepsPerEpoch);
        m_pending.loss = p.loss;
        m_pending.lr = p.lr;
        m_pending.imagesPerSecond = p.imagesPerSecond;
        m_pending.etaSeconds = p.etaSeconds;
        m_pending.fractionDone = p.fractionDone;
        m_pending.losses.push_back(QPointF(x(static_cast<size_t>(s), p.epoch, p.step), p.loss));
        if (m_throttle.admit(ProgressThrottle::Clock::now(), p.step + 1 == p.stepsPerEpoch)) {
            flush();
        }
    }
    void onEpoch(const EpochSummary& s) override
    {
        flush();
        EpochEvent e;
        e.stageIndex = stageIndex(s.stage);
        e.stage = QString::fromLatin1(stageName(s.stage));
        e.epoch = static_cast<int>(s.epoch);
        e.globalEpoch = static_cast<int>(globalEpochOf(m_config, s.stage, s.epoch));
        e.loss = s.meanLoss;
        e.seconds = s.seconds;
        if (s.validation && s.validation->samples > 0) {
            e.validation = metricsFrom(*s.validation);
        }
        e.replayed = s.replayed;
        Q_EMIT m_worker.epochFinished(e);
    }
    void onSnapshot(const EmbeddingSnapshot& s) override
    {
        Q_EMIT m_worker.snapshot(snapshotEventFrom(s));
    }
    void onEvaluating() override
    {
        flush();
        Q_EMIT m_worker.evaluating();
    }
    void onExporting() override { Q_EMIT m_worker.exporting(); }
    void onCancelled(bool checkpointed) override
    {
        flush();
        Q_EMIT m_worker.cancelled(checkpointed);
    }
    void onFailed(const std::string& message) override
    {
        flush();
        Q_EMIT m_worker.failed(QString::fromStdString(message));
    }

private:
    int stageIndex(Stage stage) const
    {
        for (size_t s = 0; s < m_stages.size(); ++s) {
            if (m_stages[s] == stage) {
                return static_cast<int>(s);
            }
        }
        return 0;
    }
    double x(size_t stage, int64_t epoch, int64_t step) const
    {
        return stepPosition(m_config, stage < m_stages.size() ? m_stages[stage] : Stage::Contrastive, epoch, step,
                            stage < m_stepsPerEpoch.size() ? m_stepsPerEpoch[stage] : 1);
    }
    void flush()
    {
        if (!m_pending.losses.isEmpty()) {
            Q_EMIT m_worker.steps(m_pending);
            m_pending.losses.clear();
        }
    }

    TrainingWorker& m_worker;
    std::vector<Stage> m_stages;
    std::vector<int64_t> m_stepsPerEpoch;
    TrainConfig m_config;
    ProgressThrottle m_throttle { 20.0 };
    StepBatch m_pending;
};

} // namespace

TrainingWorker::TrainingWorker(QObject* parent)
    : QObject(parent)
{ }

void TrainingWorker::start(const QString& configJson, const QString& runDir, bool resume, RunControl* control)
{
    TrainConfig config;
    try {
        from_json(parseJsonStrict(configJson.toStdString(), "the run's config"), config);
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(describeException(e)));
        Q_EMIT idle();
        return;
    }
    Bridge bridge(*this);
    TrainingRun run(config, runDir.toStdString(), resume);
    run.setObserver(&bridge);
    run.setRunControl(control);
    try {
        if (run.execute() == RunOutcome::Finished) {
            FinishedEvent e;
            e.test = metricsFrom(run.result().test);
            e.seconds = run.result().seconds;
            e.imagesPerSecond = run.result().imagesPerSecond;
            e.runDir = runDir;
            Q_EMIT finished(e);
        }
    } catch (const std::exception&) {
        // TrainingRun reported it through onFailed (and marked the run directory) before rethrowing.
    }
    Q_EMIT idle();
}

} // namespace aclwb::gui
