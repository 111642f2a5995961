// SPDX-License-Identifier: MIT
// Run directories as a typed API: each status is read correctly from the files alone, every kind of damage is
// named without stopping the listing, the file readers invert the writers, and a sweep plan is decided (names,
// validation, slices, status) before anything runs.
#include "run/RunDirectory.h"
#include "run/RunHolder.h"
#include "run/SweepPlan.h"
#include "run/TrainingRun.h"
#include "support/GeneratedImages.h"
#include "support/TestData.h"
#include "train/RunFiles.h"
#include "util/InputError.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <torch/torch.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace aclwb;

namespace {

bool truncateFile(const QString& path, double keep)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.resize(static_cast<qint64>(static_cast<double>(f.size()) * keep));
}

} // namespace

class TestRunDirectory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusesFromFiles();
    void holderOnAnotherHostOrReusedPid();
    void listingNeitherHangsNorRepeatsNorHides();
    void damageIsNamedAndListingGoesOn_data();
    void damageIsNamedAndListingGoesOn();
    void summaryOfAFinishedRun();
    void filesRoundTrip();
    void sweepPlanDecidesEverythingFirst();
    void sweepPlanRefusals_data();
    void sweepPlanRefusals();

private:
    QTemporaryDir m_dir;
    QString m_finished;
    TrainConfig m_config;
};

void TestRunDirectory::initTestCase()
{
    torch::set_num_threads(2);
    const QString idx = m_dir.filePath(QStringLiteral("idx"));
    QVERIFY(QDir().mkpath(idx));
    QVERIFY(test::writeTinyIdxDataset(idx, 40, false));
    m_config.dataDir = idx.toStdString();
    m_config.classes = { 0, 6 };
    m_config.imbalanceRatio = 4;
    m_config.loss = "afcl";
    m_config.gamma = 1;
    m_config.eta = 3;
    m_config.epochsContrastive = 2;
    m_config.epochsLinear = 2;
    m_config.batchSize = 16;
    m_config.snapshotEvery = 1;
    m_config.snapshotPoints = 20;
    m_config.threads = 2;
    m_finished = m_dir.filePath(QStringLiteral("runs/finished"));
    TrainingRun run(m_config, m_finished.toStdString(), false);
    QCOMPARE(run.execute(), RunOutcome::Finished);
}

void TestRunDirectory::statusesFromFiles()
{
    const QString root = m_dir.filePath(QStringLiteral("statuses"));
    auto variant = [&](const char* name) {
        const QString dir = root + QLatin1Char('/') + QString::fromLatin1(name);
        test::copyDirectory(m_finished, dir);
        return dir;
    };
    variant("a-finished");
    QFile::remove(variant("b-incomplete") + QStringLiteral("/results.json"));
    const QString noModel = variant("c-exported-half");
    QFile::remove(noModel + QStringLiteral("/model.pt"));
    const QString cancelled = variant("d-cancelled");
    QFile::remove(cancelled + QStringLiteral("/results.json"));
    writeRunMarker(cancelled.toStdString(), kCancelledMarker, "cancelled; resumable from checkpoint.pt");
    const QString failed = variant("e-failed");
    QFile::remove(failed + QStringLiteral("/results.json"));
    writeRunMarker(failed.toStdString(), kFailedMarker, "training diverged: the loss is nan");
    const QString running = variant("f-running");
    QFile::remove(running + QStringLiteral("/results.json"));
    writeRunMarker(running.toStdString(), kRunningMarker, std::to_string(::getpid()));
    const QString stale = variant("g-stale-marker");
    QFile::remove(stale + QStringLiteral("/results.json"));
    writeRunMarker(stale.toStdString(), kRunningMarker, "999999999");
    QDir().mkpath(root + QStringLiteral("/sweep/gamma=1")); // a run one level deeper (a sweep's point) is found too
    test::copyDirectory(m_finished, root + QStringLiteral("/sweep/gamma=1"));
    QDir().mkpath(root + QStringLiteral("/not-a-run"));

    const std::vector<RunListing> runs = listRuns(root.toStdString());
    QCOMPARE(runs.size(), size_t(8));
    const std::vector<std::pair<std::string, RunStatus>> want {
        { "a-finished", RunStatus::Finished },
        { "b-incomplete", RunStatus::Incomplete },
        { "c-exported-half", RunStatus::Incomplete },
        { "d-cancelled", RunStatus::Cancelled },
        { "e-failed", RunStatus::Failed },
        { "f-running", RunStatus::Running },
        { "g-stale-marker", RunStatus::Incomplete },
        { "sweep/gamma=1", RunStatus::Finished },
    };
    for (size_t k = 0; k < want.size(); ++k) {
        QCOMPARE(runs[k].name, want[k].first);
        QVERIFY2(runs[k].status == want[k].second, (runs[k].name + ": " + statusName(runs[k].status)).c_str());
    }
    QVERIFY(QString::fromStdString(runs[2].reason).contains(QStringLiteral("model.pt is missing")));
    QCOMPARE(runs[4].reason, std::string("training diverged: the loss is nan"));
    QCOMPARE(runs[0].epochsDone, int64_t(3)); // 2 contrastive + the linear probe
    QCOMPARE(runs[1].epochsDone, int64_t(3)); // from metrics.csv, without results.json
    QVERIFY(runs[0].minorityAccuracy().has_value());
    QVERIFY_EXCEPTION_THROWN(listRuns(root.toStdString() + "/absent"), InputError);
}

void TestRunDirectory::holderOnAnotherHostOrReusedPid()
{
    // The running marker as a trainer on another machine (a Slurm node) or a dead local process leaves it.
    const QString root = m_dir.filePath(QStringLiteral("holders"));
    auto unfinished = [&](const char* name, const RunHolder& h) {
        const QString dir = root + QLatin1Char('/') + QString::fromLatin1(name);
        test::copyDirectory(m_finished, dir);
        QFile::remove(dir + QStringLiteral("/results.json"));
        writeRunMarker(dir.toStdString(), kRunningMarker, h.toJson());
        return inspectRun(dir.toStdString());
    };
    RunHolder remote = RunHolder::current(30);
    remote.host = "node-17.cluster.invalid";
    remote.pid = 999999; // no such pid here, and it must not matter
    const RunListing fresh = unfinished("fresh", remote);
    QVERIFY2(fresh.status == RunStatus::Running, fresh.reason.c_str());
    QCOMPARE(fresh.holderHost, remote.host);
    QVERIFY2(QString::fromStdString(fresh.reason).contains(QStringLiteral("on node-17.cluster.invalid")),
             fresh.reason.c_str());
    remote.heartbeat -= 3600;
    const RunListing stale = unfinished("stale", remote);
    QVERIFY2(stale.status == RunStatus::Incomplete, statusName(stale.status));
    QVERIFY(stale.staleHolder);
    QVERIFY2(QString::fromStdString(stale.reason).startsWith(QStringLiteral("stale: probably killed on node-17")),
             stale.reason.c_str());
    QVERIFY2(QString::fromStdString(stale.reason).contains(QStringLiteral("resumable")), stale.reason.c_str());
    RunHolder reused = RunHolder::current(30); // this process's pid, but another start time
    reused.startTicks += 100;
    const RunListing dead = unfinished("reused-pid", reused);
    QVERIFY2(dead.status == RunStatus::Incomplete, statusName(dead.status));
    QVERIFY(!dead.staleHolder);
    const RunListing live = unfinished("live", RunHolder::current(30));
    QVERIFY2(live.status == RunStatus::Running, live.reason.c_str());
}

void TestRunDirectory::listingNeitherHangsNorRepeatsNorHides()
{
    const QString root = m_dir.filePath(QStringLiteral("odd-listing"));
    test::copyDirectory(m_finished, root + QStringLiteral("/a-run"));
    // A named pipe where results.json should be: opening it would block the whole listing forever.
    const QString piped = root + QStringLiteral("/b-fifo");
    test::copyDirectory(m_finished, piped);
    QFile::remove(piped + QStringLiteral("/results.json"));
    QCOMPARE(::mkfifo((piped + QStringLiteral("/results.json")).toLocal8Bit().constData(), 0644), 0);
    // A symbolic link to a run, and a loop: each run is listed once.
    QVERIFY(QFile::link(root + QStringLiteral("/a-run"), root + QStringLiteral("/c-link")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/d-loop")));
    QVERIFY(QFile::link(root, root + QStringLiteral("/d-loop/back")));
    // Run files without their config.json: listed as damaged, not left out.
    test::copyDirectory(m_finished, root + QStringLiteral("/e-no-config"));
    QFile::remove(root + QStringLiteral("/e-no-config/config.json"));
    const std::vector<RunListing> runs = listRuns(root.toStdString());
    QCOMPARE(runs.size(), size_t(3));
    QCOMPARE(runs[0].name, std::string("a-run"));
    QVERIFY(runs[0].status == RunStatus::Finished);
    QCOMPARE(runs[1].name, std::string("b-fifo"));
    QVERIFY(runs[1].status == RunStatus::Damaged);
    QVERIFY2(QString::fromStdString(runs[1].reason).contains(QStringLiteral("results.json")), runs[1].reason.c_str());
    QCOMPARE(runs[2].name, std::string("e-no-config"));
    QVERIFY(runs[2].status == RunStatus::Damaged);
    QVERIFY2(QString::fromStdString(runs[2].reason).contains(QStringLiteral("config.json is missing")),
             runs[2].reason.c_str());
}

void TestRunDirectory::damageIsNamedAndListingGoesOn_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("keep");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("results.json cut") << QStringLiteral("results.json") << 0.5 << QStringLiteral("results.json");
    QTest::newRow("results.json emptied") << QStringLiteral("results.json") << 0.0 << QStringLiteral("results.json");
    QTest::newRow("config.json cut") << QStringLiteral("config.json") << 0.6 << QStringLiteral("config.json");
    QTest::newRow("metrics.csv cut") << QStringLiteral("metrics.csv") << 0.7 << QStringLiteral("metrics.csv");
    QTest::newRow("steps.csv cut") << QStringLiteral("steps.csv") << 0.5 << QStringLiteral("steps.csv");
    QTest::newRow("snapshot cut") << QStringLiteral("snapshots/epoch-002.csv") << 0.5
                                  << QStringLiteral("epoch-002.csv");
    QTest::newRow("knn.csv cut") << QStringLiteral("snapshots/knn.csv") << 0.5 << QStringLiteral("knn.csv");
    QTest::newRow("checkpoint cut") << QStringLiteral("checkpoint.pt") << 0.5 << QStringLiteral("checkpoint.pt");
    QTest::newRow("model cut") << QStringLiteral("model.pt") << 0.5 << QStringLiteral("model.pt");
}

void TestRunDirectory::damageIsNamedAndListingGoesOn()
{
    QFETCH(QString, file);
    QFETCH(double, keep);
    QFETCH(QString, mentions);
    QTemporaryDir root;
    QVERIFY(test::copyDirectory(m_finished, root.filePath(QStringLiteral("good"))));
    QVERIFY(test::copyDirectory(m_finished, root.filePath(QStringLiteral("hurt"))));
    QVERIFY(truncateFile(root.filePath(QStringLiteral("hurt/") + file), keep));
    const std::vector<RunListing> runs = listRuns(root.path().toStdString());
    QCOMPARE(runs.size(), size_t(2));
    QCOMPARE(runs[0].status, RunStatus::Finished);
    QCOMPARE(runs[1].status, RunStatus::Damaged);
    QVERIFY2(QString::fromStdString(runs[1].reason).contains(mentions), runs[1].reason.c_str());
    // The full summary reads snapshots too, and reports the same damage instead of throwing.
    const RunSummary s = readRunSummary(root.filePath(QStringLiteral("hurt")).toStdString());
    QCOMPARE(s.listing.status, RunStatus::Damaged);
}

void TestRunDirectory::summaryOfAFinishedRun()
{
    const RunSummary s = readRunSummary(m_finished.toStdString());
    QCOMPARE(s.listing.status, RunStatus::Finished);
    QCOMPARE(s.listing.classNames, (std::vector<std::string> { "T-shirt/top", "Shirt" }));
    QCOMPARE(s.listing.config->gamma, 1.0);
    QCOMPARE(s.history.size(), size_t(3));
    QCOMPARE(s.history.front().epoch, int64_t(0)); // 1-based in the files, 0-based in memory
    QCOMPARE(s.history.back().stage, Stage::Linear);
    QVERIFY(s.history.back().validation.has_value());
    QVERIFY(!s.history.back().validation->confusion.empty()); // from results.json
    QCOMPARE(s.snapshotEpochs, (std::vector<int64_t> { 1, 2, 3 }));
    QVERIFY(!s.steps.empty());
    QCOMPARE(s.imageShape, (std::vector<int64_t> { 1, 6, 6 }));
    QVERIFY_EXCEPTION_THROWN(readRunSummary(m_dir.path().toStdString()), InputError);
}

void TestRunDirectory::filesRoundTrip()
{
    std::vector<EpochSummary> history(2);
    history[0].stage = Stage::CrossEntropy;
    history[0].epoch = 0;
    history[0].meanLoss = 0.5;
    history[1] = history[0];
    history[1].epoch = 1;
    ClassificationMetrics m;
    m.accuracy = 0.75;
    m.balancedAccuracy = 0.625;
    m.macroF1 = 0.6;
    m.perClassAccuracy = { 1.0, 0.25 };
    history[1].validation = m;
    const QString path = m_dir.filePath(QStringLiteral("m.csv"));
    QVERIFY(test::writeText(path, QByteArray::fromStdString(formatMetricsCsv(history, 2))));
    const std::vector<EpochSummary> back = readMetricsCsv(path.toStdString());
    QCOMPARE(back.size(), size_t(2));
    QCOMPARE(back[1].epoch, int64_t(1));
    QVERIFY(!back[0].validation.has_value());
    QCOMPARE(back[1].validation->perClassAccuracy, m.perClassAccuracy);

    std::vector<StepRecord> steps { { Stage::Contrastive, 0, 0, 4.5, 1e-3 }, { Stage::Linear, 2, 7, 0.25, 0.01 } };
    QVERIFY(test::writeText(path, QByteArray::fromStdString(formatStepsCsv(steps))));
    const std::vector<StepRecord> stepsBack = readStepsCsv(path.toStdString());
    QCOMPARE(stepsBack.size(), size_t(2));
    QCOMPARE(stepsBack[1].stage, Stage::Linear);
    QCOMPARE(stepsBack[1].epoch, int64_t(2));
    QCOMPARE(stepsBack[1].step, int64_t(7));
    QCOMPARE(stepsBack[1].loss, 0.25);
    // A row cut short names the file and line.
    QVERIFY(test::writeText(path, "stage,epoch,step,loss,lr\ncontrastive,1,1,4.5\n"));
    try {
        readStepsCsv(path.toStdString());
        QFAIL("no exception");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("m.csv:2")), e.what());
    }
}

void TestRunDirectory::sweepPlanDecidesEverythingFirst()
{
    TrainConfig base = m_config;
    base.snapshotEvery = 0;
    const SweepPlan plan(base, { "gamma=0,2", "eta=1,10" }, { "1", "2" });
    QCOMPARE(plan.points().size(), size_t(8));
    QCOMPARE(plan.points().front().name, std::string("gamma=0_eta=1_seed=1"));
    QCOMPARE(plan.points().back().name, std::string("gamma=2_eta=10_seed=2"));
    QCOMPARE(plan.points()[5].config.eta, 1.0);
    QCOMPARE(plan.points()[5].config.gamma, 2.0);
    QCOMPARE(plan.points()[5].config.seed, uint64_t(2));
    QCOMPARE(plan.slice(1, 3), (std::vector<size_t> { 1, 4, 7 }));
    QTemporaryDir root;
    QVERIFY(!plan.status(root.path().toStdString(), 0).has_value()); // never started
    plan.prepare(root.path().toStdString(), 0);
    QCOMPARE(*plan.status(root.path().toStdString(), 0), RunStatus::Incomplete);
    const QString csv = QString::fromStdString(plan.summaryCsv(root.path().toStdString()));
    QVERIFY(csv.startsWith(QStringLiteral("run,status,gamma,eta,seed,test_accuracy")));
    QVERIFY(csv.contains(QStringLiteral("gamma=0_eta=1_seed=1,incomplete,0,1,1,")));
    QVERIFY(csv.contains(QStringLiteral("gamma=2_eta=10_seed=2,pending,2,10,2,")));
}

void TestRunDirectory::sweepPlanRefusals_data()
{
    QTest::addColumn<QStringList>("grids");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << QStringList { QStringLiteral("gama=1") } << QStringLiteral("unknown config key");
    QTest::newRow("schema value") << QStringList { QStringLiteral("profile=expo") }
                                  << QStringLiteral("invalid value for --grid profile");
    QTest::newRow("invalid point") << QStringList { QStringLiteral("loss=cl,afcl") }
                                   << QStringLiteral("grid point loss=cl: invalid config gamma");
    QTest::newRow("list key") << QStringList { QStringLiteral("classes=1") } << QStringLiteral("list-valued");
    QTest::newRow("twice") << QStringList { QStringLiteral("eta=1"), QStringLiteral("eta=2") }
                           << QStringLiteral("swept twice");
    QTest::newRow("value twice") << QStringList { QStringLiteral("eta=1,1") } << QStringLiteral("listed twice");
    QTest::newRow("nothing") << QStringList() << QStringLiteral("nothing to sweep");
    QTest::newRow("no values") << QStringList { QStringLiteral("eta") } << QStringLiteral("expected key=v1");
}

void TestRunDirectory::sweepPlanRefusals()
{
    QFETCH(QStringList, grids);
    QFETCH(QString, mentions);
    std::vector<std::string> g;
    for (const QString& s : grids) {
        g.push_back(s.toStdString());
    }
    try {
        SweepPlan(m_config, g, {});
        QFAIL("no exception");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
    }
}

QTEST_MAIN(TestRunDirectory)
#include "tst_rundirectory.moc"
