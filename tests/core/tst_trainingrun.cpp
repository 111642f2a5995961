// SPDX-License-Identifier: MIT
// The services a front end drives a run through: pause/resume that changes nothing, cancel at any moment, the
// lifecycle events in order (with the history replayed on resume), embedding snapshots, run files, and two
// trainers in two threads that each compute exactly what they compute alone.
#include "data/ImbalancedDataset.h"
#include "run/RunDirectory.h"
#include "run/RunHolder.h"
#include "run/RunLock.h"
#include "run/TrainingRun.h"
#include "support/GeneratedImages.h"
#include "support/TestData.h"
#include "train/RunFiles.h"
#include "train/Trainer.h"
#include "util/InputError.h"
#include "util/RunControl.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <torch/torch.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

#include <unistd.h>

using namespace aclwb;
using namespace std::chrono_literals;

namespace {

using test::tinyConfig;
using test::tinyData;

bool sameParameters(ContrastiveNet& a, ContrastiveNet& b)
{
    const auto pb = b->named_parameters();
    for (const auto& item : a->named_parameters()) {
        if (!torch::equal(item.value(), pb[item.key()])) {
            return false;
        }
    }
    return true;
}

/// Records every event as a short line, in order.
class Recorder : public TrainingObserver {
public:
    std::vector<std::string> events;
    std::vector<EmbeddingSnapshot> snapshots;
    size_t restoredSteps = 0;
    int steps = 0;
    std::function<void(const TrainingProgress&)> onEachStep;

    void onLoadingData(const std::string&) override { events.push_back("loading"); }
    void onRunStarted(const RunInfo& info) override
    {
        events.push_back(std::string("started") + (info.resumed ? " resumed" : ""));
    }
    void onStepsRestored(const std::vector<StepRecord>& s) override { restoredSteps = s.size(); }
    void onStageStarted(Stage stage, int64_t) override { events.push_back(std::string("stage ") + stageName(stage)); }
    void onStep(const TrainingProgress& p) override
    {
        ++steps;
        if (onEachStep) {
            onEachStep(p);
        }
    }
    void onEpoch(const EpochSummary& e) override
    {
        events.push_back(std::string(e.replayed ? "replayed " : "epoch ") + stageName(e.stage) + " "
                         + std::to_string(e.epoch + 1));
    }
    void onSnapshot(const EmbeddingSnapshot& s) override
    {
        events.push_back("snapshot " + std::to_string(s.globalEpoch));
        snapshots.push_back(s);
    }
    void onStageFinished(Stage stage) override { events.push_back(std::string("end ") + stageName(stage)); }
    void onEvaluating() override { events.push_back("evaluating"); }
    void onExporting() override { events.push_back("exporting"); }
    void onFinished(const ClassificationMetrics&) override { events.push_back("finished"); }
    void onCancelled(bool checkpointed) override
    {
        events.push_back(std::string("cancelled") + (checkpointed ? " checkpointed" : ""));
    }
    void onFailed(const std::string&) override { events.push_back("failed"); }
};

} // namespace

class TestTrainingRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pauseAndResumeChangeNothing();
    void cancelWhilePausedAndBeforeStart();
    void lifecycleEventsInOrder();
    void resumeReplaysHistoryFirst();
    void snapshotsAreRecordedAndChangeNothing();
    void twoTrainersInTwoThreadsMatchSolo();
    void failureIsReportedAndMarked();
    void refusalsTouchNothing();
    void secondWriterIsRefused();

private:
    TrainConfig diskConfig(const QString& out) const;
    QTemporaryDir m_dir;
    QString m_idx;
};

void TestTrainingRun::initTestCase()
{
    torch::set_num_threads(2);
    m_idx = m_dir.filePath(QStringLiteral("idx"));
    QVERIFY(QDir().mkpath(m_idx));
    QVERIFY(test::writeTinyIdxDataset(m_idx, 40, false));
}

TrainConfig TestTrainingRun::diskConfig(const QString& out) const
{
    (void)out;
    TrainConfig c = tinyConfig();
    c.dataDir = m_idx.toStdString();
    c.classes = { 0, 6 };
    c.imbalanceRatio = 4;
    c.epochsContrastive = 2;
    c.epochsLinear = 2;
    c.batchSize = 16;
    return c;
}

void TestTrainingRun::pauseAndResumeChangeNothing()
{
    QTemporaryDir a;
    QTemporaryDir b;
    Trainer uninterrupted(tinyConfig(), tinyData(), torch::kCPU);
    uninterrupted.run(a.path().toStdString(), false);

    // Paused from inside a step of epoch 2, held for a while, resumed from another thread.
    RunControl control;
    Recorder recorder;
    std::atomic<int> stepsAtPause { -1 };
    recorder.onEachStep = [&](const TrainingProgress& p) {
        if (p.stage == Stage::Contrastive && p.epoch == 1 && p.step == 2 && stepsAtPause < 0) {
            control.pause();
            stepsAtPause = recorder.steps;
        }
    };
    Trainer paused(tinyConfig(), tinyData(), torch::kCPU);
    paused.setObserver(&recorder);
    paused.setRunControl(&control);
    TrainingResult result;
    std::thread job([&] { result = paused.run(b.path().toStdString(), false); });
    while (stepsAtPause < 0) {
        std::this_thread::sleep_for(5ms);
    }
    std::this_thread::sleep_for(300ms);
    QCOMPARE(recorder.steps, stepsAtPause.load()); // no step ran while paused
    control.resume();
    job.join();
    QVERIFY(!result.cancelled);
    QVERIFY(sameParameters(paused.model(), uninterrupted.model()));
}

void TestTrainingRun::cancelWhilePausedAndBeforeStart()
{
    QTemporaryDir dir;
    RunControl control;
    Recorder recorder;
    recorder.onEachStep = [&](const TrainingProgress& p) {
        if (p.epoch == 0 && p.step == 0) {
            control.pause();
        }
    };
    Trainer trainer(tinyConfig(), tinyData(), torch::kCPU);
    trainer.setObserver(&recorder);
    trainer.setRunControl(&control);
    TrainingResult result;
    std::thread job([&] { result = trainer.run(dir.path().toStdString(), false); });
    while (!control.isPaused()) {
        std::this_thread::sleep_for(5ms);
    }
    control.cancel();
    job.join();
    QVERIFY(result.cancelled);
    QVERIFY(result.history.empty());
    QVERIFY(result.steps.empty()); // the unfinished epoch's steps are not kept

    // Cancelled before the run starts: it returns at once, and control calls after the end are harmless.
    RunControl early;
    early.cancel();
    Trainer second(tinyConfig(), tinyData(), torch::kCPU);
    second.setRunControl(&early);
    QVERIFY(second.run(dir.path().toStdString(), false).cancelled);
    early.pause();
    early.resume();
}

void TestTrainingRun::lifecycleEventsInOrder()
{
    const QString out = m_dir.filePath(QStringLiteral("lifecycle"));
    TrainConfig c = diskConfig(out);
    TrainingRun run(c, out.toStdString(), false);
    Recorder recorder;
    run.setObserver(&recorder);
    QCOMPARE(run.execute(), RunOutcome::Finished);
    const std::vector<std::string> want {
        "loading",         "started",      "stage contrastive", "epoch contrastive 1", "epoch contrastive 2",
        "end contrastive", "stage linear", "epoch linear 1",    "end linear",          "evaluating",
        "exporting",       "finished"
    };
    QCOMPARE(recorder.events, want);
    const RunSummary s = readRunSummary(out.toStdString());
    QCOMPARE(s.listing.status, RunStatus::Finished);
    QCOMPARE(s.history.size(), size_t(3)); // the linear probe is solved in one epoch
    QCOMPARE(static_cast<int>(s.steps.size()), recorder.steps);
    QVERIFY(!QFile::exists(out + QStringLiteral("/running")));
}

void TestTrainingRun::resumeReplaysHistoryFirst()
{
    const QString out = m_dir.filePath(QStringLiteral("replay"));
    TrainConfig c = diskConfig(out);
    RunControl control;
    Recorder first;
    first.onEachStep = [&](const TrainingProgress& p) {
        if (p.stage == Stage::Linear) {
            control.cancel(); // stop in stage 2's first epoch
        }
    };
    TrainingRun interrupted(c, out.toStdString(), false);
    interrupted.setObserver(&first);
    interrupted.setRunControl(&control);
    QCOMPARE(interrupted.execute(), RunOutcome::Cancelled);
    QCOMPARE(first.events.back(), std::string("cancelled checkpointed"));
    QCOMPARE(inspectRun(out.toStdString()).status, RunStatus::Cancelled);
    const size_t stepsOfStage1 = readStepsCsv(QString(out + QStringLiteral("/steps.csv")).toStdString()).size();

    Recorder second;
    TrainingRun resumed(c, out.toStdString(), true);
    resumed.setObserver(&second);
    QCOMPARE(resumed.execute(), RunOutcome::Finished);
    const std::vector<std::string> head {
        "loading",      "started resumed", "replayed contrastive 1", "replayed contrastive 2",
        "stage linear", "epoch linear 1"
    };
    QCOMPARE(std::vector<std::string>(second.events.begin(), second.events.begin() + 6), head);
    QCOMPARE(second.restoredSteps, stepsOfStage1); // the curve starts complete
    QCOMPARE(inspectRun(out.toStdString()).status, RunStatus::Finished);
    QVERIFY(!QFile::exists(out + QStringLiteral("/cancelled")));
}

void TestTrainingRun::snapshotsAreRecordedAndChangeNothing()
{
    QTemporaryDir plain;
    QTemporaryDir recorded;
    Trainer without(tinyConfig(), tinyData(), torch::kCPU);
    without.run(plain.path().toStdString(), false);
    TrainConfig c = tinyConfig();
    c.snapshotEvery = 2;
    c.snapshotPoints = 30;
    Trainer with(c, tinyData(), torch::kCPU);
    Recorder recorder;
    with.setObserver(&recorder);
    with.run(recorded.path().toStdString(), false);
    QVERIFY(sameParameters(with.model(), without.model())); // snapshots are read-only for the model

    // Every 2nd contrastive epoch (epoch 2) and the end (global epoch 4 = 3 contrastive + the probe, with predictions).
    QCOMPARE(recorder.snapshots.size(), size_t(2));
    const EmbeddingSnapshot& mid = recorder.snapshots.front();
    const EmbeddingSnapshot& end = recorder.snapshots.back();
    QCOMPARE(mid.globalEpoch, int64_t(2));
    QCOMPARE(end.globalEpoch, int64_t(4));
    QVERIFY(mid.predicted.empty());
    QCOMPARE(end.predicted.size(), end.indices.size());
    // 30 of the validation points, minority kept whole, the same points each time.
    const ImbalancedDataset data = tinyData();
    QCOMPARE(mid.size(), std::min<int64_t>(30, data.validation.size()));
    QCOMPARE(mid.indices, end.indices);
    const int64_t minority = std::count(mid.labels.begin(), mid.labels.end(), int64_t(1));
    QCOMPARE(minority, data.validation.classCounts[1]);
    QCOMPARE(mid.features.size(), size_t(mid.size() * mid.featureDim));
    QCOMPARE(mid.projectionDim, int64_t(128));
    for (double a : end.projectionKnnAccuracy) {
        QVERIFY(a >= 0.0 && a <= 1.0);
    }
    // The files say the same.
    const EmbeddingSnapshot back = readRunSnapshot(recorded.path().toStdString(), 4);
    QCOMPARE(back.indices, end.indices);
    QCOMPARE(back.predicted, end.predicted);
    QCOMPARE(back.stage, Stage::Linear);
    QCOMPARE(back.projectionKnnAccuracy.size(), end.projectionKnnAccuracy.size());
    QVERIFY(std::abs(back.features[5] - end.features[5]) <= 1e-6f * std::max(1.0f, std::abs(end.features[5])));
}

void TestTrainingRun::twoTrainersInTwoThreadsMatchSolo()
{
    QTemporaryDir a;
    QTemporaryDir b;
    QTemporaryDir solo;
    TrainConfig other = tinyConfig();
    other.seed = 7;
    Trainer alone(other, tinyData(), torch::kCPU);
    alone.run(solo.path().toStdString(), false);

    // Built and trained at the same time: the other's initialisation and steps must not leak into either.
    std::unique_ptr<Trainer> first;
    std::unique_ptr<Trainer> second;
    std::thread t1([&] {
        first = std::make_unique<Trainer>(tinyConfig(), tinyData(), torch::kCPU);
        first->run(a.path().toStdString(), false);
    });
    std::thread t2([&] {
        second = std::make_unique<Trainer>(other, tinyData(), torch::kCPU);
        second->run(b.path().toStdString(), false);
    });
    t1.join();
    t2.join();
    QVERIFY(sameParameters(second->model(), alone.model()));
    Trainer firstAlone(tinyConfig(), tinyData(), torch::kCPU);
    QTemporaryDir c;
    firstAlone.run(c.path().toStdString(), false);
    QVERIFY(sameParameters(first->model(), firstAlone.model()));
}

void TestTrainingRun::failureIsReportedAndMarked()
{
    const QString out = m_dir.filePath(QStringLiteral("fails"));
    TrainConfig c = diskConfig(out);
    c.loss = "ce";
    c.gamma = 0;
    c.eta = 0;
    c.optimizer = "sgd";
    c.lr = 1e35;
    c.schedule = "constant";
    TrainingRun run(c, out.toStdString(), false);
    Recorder recorder;
    run.setObserver(&recorder);
    QVERIFY_EXCEPTION_THROWN(run.execute(), InputError);
    QCOMPARE(recorder.events.back(), std::string("failed"));
    const RunListing listing = inspectRun(out.toStdString());
    QCOMPARE(listing.status, RunStatus::Failed);
    QVERIFY(QString::fromStdString(listing.reason).contains(QStringLiteral("training diverged")));

    // Bad data: nothing is left behind in a directory the run created itself.
    TrainConfig bad = diskConfig(out);
    bad.dataDir = m_dir.filePath(QStringLiteral("no-such-data")).toStdString();
    const QString fresh = m_dir.filePath(QStringLiteral("never"));
    TrainingRun failing(bad, fresh.toStdString(), false);
    QVERIFY_EXCEPTION_THROWN(failing.execute(), InputError);
    QVERIFY(!QFileInfo::exists(fresh));
}

namespace {

/// Every file under `dir` with its bytes: a refusal must leave exactly this.
QMap<QString, QByteArray> folderContents(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        files.insert(QDir(dir).relativeFilePath(path), f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("?"));
    }
    return files;
}

} // namespace

void TestTrainingRun::refusalsTouchNothing()
{
    const QString out = m_dir.filePath(QStringLiteral("refusals"));
    {
        TrainingRun run(diskConfig(out), out.toStdString(), false);
        QCOMPARE(run.execute(), RunOutcome::Finished);
    }
    // An interrupted run: no results.json, a checkpoint, and a dead holder's running marker.
    QFile::remove(out + QStringLiteral("/results.json"));
    RunHolder dead = RunHolder::current(30);
    dead.startTicks += 1;
    writeRunMarker(out.toStdString(), kRunningMarker, dead.toJson());
    const QMap<QString, QByteArray> before = folderContents(out);

    // A resume with other run-defining settings: refused naming the key, before config.json or `failed` change.
    for (const std::function<void(TrainConfig&)>& change : std::vector<std::function<void(TrainConfig&)>> {
             [](TrainConfig& c) { c.gamma = 5; }, [](TrainConfig& c) { c.seed = 99; },
             [](TrainConfig& c) { c.epochsContrastive = 3; }, [](TrainConfig& c) { c.classes = { 0, 5 }; },
             [](TrainConfig& c) { c.loss = "cl"; c.gamma = 0; c.eta = 0; } }) {
        TrainConfig other = diskConfig(out);
        change(other);
        TrainingRun resume(other, out.toStdString(), true);
        Recorder recorder;
        resume.setObserver(&recorder);
        try {
            resume.execute();
            QFAIL("a resume with other settings ran");
        } catch (const InputError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("other settings")), e.what());
        }
        QCOMPARE(recorder.events.back(), std::string("failed")); // the observer still hears of it
        QCOMPARE(folderContents(out), before);
    }
    // A new run into it: refused, and the interrupted run keeps its files (no `failed`, marker untouched).
    TrainingRun again(diskConfig(out), out.toStdString(), false);
    QVERIFY_EXCEPTION_THROWN(again.execute(), InputError);
    QCOMPARE(folderContents(out), before);

    // Someone's own folder (their config.json, metrics.csv, model.pt): never written into without the flag.
    const QString theirs = m_dir.filePath(QStringLiteral("theirs"));
    QVERIFY(QDir().mkpath(theirs));
    QVERIFY(test::writeText(theirs + QStringLiteral("/config.json"), "{\"my_experiment\": 1}"));
    QVERIFY(test::writeText(theirs + QStringLiteral("/metrics.csv"), "epoch,loss\n1,0.5\n"));
    QVERIFY(test::writeText(theirs + QStringLiteral("/model.pt"), "weights"));
    const QMap<QString, QByteArray> own = folderContents(theirs);
    TrainingRun intoTheirs(diskConfig(theirs), theirs.toStdString(), false);
    try {
        intoTheirs.execute();
        QFAIL("a run overwrote a folder that is not an aclwb run");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("--into-existing")), e.what());
    }
    QCOMPARE(folderContents(theirs), own);

    // A device this build lacks is refused before a folder exists (no empty run folder is left).
    if (!torch::cuda::is_available()) {
        TrainConfig cuda = diskConfig(out);
        cuda.device = "cuda";
        const QString never = m_dir.filePath(QStringLiteral("never-cuda"));
        TrainingRun onCuda(cuda, never.toStdString(), false);
        QVERIFY_EXCEPTION_THROWN(onCuda.execute(), InputError);
        QVERIFY(!QFileInfo::exists(never));
    }
}

void TestTrainingRun::secondWriterIsRefused()
{
    // Another process holds the folder (its lock is held; here by a RunLock, which is what a live trainer has):
    // a second run is refused with RunFolderInUse naming the holder, and the first holder's files stay as they were.
    const QString out = m_dir.filePath(QStringLiteral("held"));
    QVERIFY(QDir().mkpath(out));
    RunLock holder(out.toStdString());
    const QMap<QString, QByteArray> before = folderContents(out);
    for (bool resume : { false, true }) {
        TrainingRun second(diskConfig(out), out.toStdString(), resume);
        try {
            second.execute();
            QFAIL("two writers shared a run folder");
        } catch (const RunFolderInUse& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("pid %1").arg(::getpid())), e.what());
        }
        QCOMPARE(folderContents(out), before);
    }
    holder.release();
    TrainingRun now(diskConfig(out), out.toStdString(), false);
    QCOMPARE(now.execute(), RunOutcome::Finished);
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/running")));
}

QTEST_MAIN(TestTrainingRun)
#include "tst_trainingrun.moc"
