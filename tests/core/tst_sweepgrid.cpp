// SPDX-License-Identifier: MIT
// What the workbench compares runs and sweeps with: seed spreads, the keys two configs differ in, sweep.json, the
// heat map's cells read from real runs' results.json, and the Slurm job script.
#include "run/ConfigDiff.h"
#include "run/SeedSpread.h"
#include "run/SlurmExport.h"
#include "run/SweepFile.h"
#include "run/SweepGrid.h"
#include "run/TrainingRun.h"
#include "support/GeneratedImages.h"
#include "support/TestData.h"
#include "train/ConfigSchema.h"
#include "util/InputError.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>

using namespace aclwb;

class TestSweepGrid : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spreadOverSeeds();
    void differingKeysAndSeedSiblings();
    void sweepFileRoundTripsAndGuardsItsFolder();
    void gridHoldsTheRunsResults();
    void slurmScriptAsksForWhatWasChosen();
    void onePointIsNeverSweptTwice_data();
    void onePointIsNeverSweptTwice();
    void pointFolderHoldingAnotherRunIsRefused();
    void runIdentityLeavesOutWhereAndHowFast();

private:
    TrainConfig m_base;
    QTemporaryDir m_dir;
};

void TestSweepGrid::initTestCase()
{
    const QString idx = m_dir.filePath(QStringLiteral("idx"));
    QVERIFY(QDir().mkpath(idx));
    QVERIFY(test::writeTinyIdxDataset(idx, 40, false));
    m_base = test::tinyIdxConfig(idx);
}

void TestSweepGrid::spreadOverSeeds()
{
    const Spread s = spreadOf({ 0.80, 0.82, 0.84 });
    QVERIFY(std::abs(s.mean - 0.82) < 1e-12);
    QVERIFY(std::abs(s.std - 0.02) < 1e-12); // sample standard deviation (n - 1)
    QCOMPARE(s.n, 3);
    const Spread one = spreadOf({ 0.9 });
    QVERIFY(!one.hasStd());
    QVERIFY(std::isnan(spreadOf({}).mean));
    // 0.82 +- 0.02 against 0.83 +- 0.02: within; against 0.90 +- 0.01: not; with one seed: unknown.
    QCOMPARE(withinSpread(s, spreadOf({ 0.81, 0.83, 0.85 })), std::optional<bool>(true));
    QCOMPARE(withinSpread(s, spreadOf({ 0.89, 0.90, 0.91 })), std::optional<bool>(false));
    QCOMPARE(withinSpread(s, one), std::optional<bool>());
}

void TestSweepGrid::differingKeysAndSeedSiblings()
{
    TrainConfig a = m_base;
    TrainConfig b = m_base;
    QVERIFY(differingKeys({ a, b }).empty());
    b.gamma = 2.0;
    b.seed = 7;
    b.threads = 1; // how fast it ran: listed as a difference, but not a different experiment
    QCOMPARE(differingKeys({ a, b }), (std::vector<std::string> { "gamma", "seed", "threads" })); // schema order
    QCOMPARE(configValueText(b, "gamma"), std::string("2.0"));
    QVERIFY(!sameExceptSeed(a, b));
    b.gamma = a.gamma;
    QVERIFY(sameExceptSeed(a, b)); // seed and threads differ: the same setting, another seed
    TrainConfig c = m_base;
    c.eta = 5.0;
    QCOMPARE(differingKeys({ a, b, c }), (std::vector<std::string> { "eta", "seed", "threads" }));
}

void TestSweepGrid::sweepFileRoundTripsAndGuardsItsFolder()
{
    const std::string root = m_dir.filePath(QStringLiteral("file")).toStdString();
    const SweepPlan plan(m_base, { "gamma=0,2", "eta=0,1,10" }, { "1", "2" });
    writeSweepFile(plan, root);
    QVERIFY(isSweepDirectory(root));
    const SweepPlan back = readSweepFile(root);
    QCOMPARE(back.points().size(), size_t(12));
    for (size_t k = 0; k < plan.points().size(); ++k) {
        QCOMPARE(back.points()[k].name, plan.points()[k].name);
    }
    QCOMPARE(formatSweepFile(back), formatSweepFile(plan));
    writeSweepFile(plan, root); // the same sweep again: fine (a resumed sweep)
    const SweepPlan other(m_base, { "gamma=0,5" }, { "1" });
    QVERIFY_EXCEPTION_THROWN(writeSweepFile(other, root), InputError);
    QFile corrupt(QString::fromStdString(root) + QStringLiteral("/sweep.json"));
    QVERIFY(corrupt.open(QIODevice::WriteOnly | QIODevice::Truncate));
    corrupt.write("{\"format\": 1, \"base\": {}, \"axes\": [{\"key\": \"gamma\"}]}");
    corrupt.close();
    try {
        readSweepFile(root);
        QFAIL("a sweep.json without values was accepted");
    } catch (const InputError& e) {
        QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("sweep.json")));
    }
}

void TestSweepGrid::gridHoldsTheRunsResults()
{
    const std::string root = m_dir.filePath(QStringLiteral("grid")).toStdString();
    const SweepPlan plan(m_base, { "gamma=0,2", "eta=0,3" }, { "1", "2" });
    SweepGrid empty = sweepGrid(plan, root, RunMetric::BalancedAccuracy);
    QCOMPARE(empty.columnKey, std::string("gamma"));
    QCOMPARE(empty.rowKey, std::string("eta"));
    QCOMPARE(empty.rows, (std::vector<std::string> { "0", "3" }));
    QCOMPARE(empty.finished, 0);
    QCOMPARE(empty.total, 8);
    QVERIFY(std::isnan(empty.cells[0][0].value.mean));
    // Run every point except gamma=2, eta=3, seed=2.
    for (size_t k = 0; k < plan.points().size(); ++k) {
        if (plan.points()[k].name == "gamma=2_eta=3_seed=2") {
            continue;
        }
        plan.prepare(root, k);
        TrainingRun run(plan.points()[k].config, plan.pointDir(root, k), false);
        QCOMPARE(run.execute(), RunOutcome::Finished);
    }
    const SweepGrid g = sweepGrid(plan, root, RunMetric::BalancedAccuracy);
    QCOMPARE(g.finished, 7);
    for (size_t r = 0; r < 2; ++r) {
        for (size_t c = 0; c < 2; ++c) {
            const SweepCell& cell = g.cells[r][c];
            QCOMPARE(cell.points.size(), size_t(2));
            // The cell's mean is the mean of its runs' results.json, read here on their own.
            std::vector<double> mine;
            for (size_t k : cell.points) {
                const nlohmann::json results = readJsonFileStrict(plan.pointDir(root, k) + "/results.json");
                QCOMPARE(plan.points()[k].settings[0].second, g.columns[c]);
                QCOMPARE(plan.points()[k].settings[1].second, g.rows[r]);
                mine.push_back(results.at("test").at("balanced_accuracy").get<double>());
                if (mine.size() == 1 && r == 1 && c == 1) {
                    break; // seed 2 of this cell never ran
                }
            }
            QCOMPARE(cell.finished, static_cast<int>(mine.size()));
            QVERIFY(std::abs(cell.value.mean - spreadOf(mine).mean) < 1e-12);
            QCOMPARE(cell.value.hasStd(), mine.size() == 2);
        }
    }
    // Another metric, and a slice that does not exist.
    const SweepGrid minority = sweepGrid(plan, root, RunMetric::MinorityAccuracy);
    QCOMPARE(minority.finished, 7);
    QVERIFY_EXCEPTION_THROWN(sweepGrid(plan, root, RunMetric::Accuracy, { { "tau", "0.1" } }), InputError);
}

void TestSweepGrid::slurmScriptAsksForWhatWasChosen()
{
    const SweepPlan plan(m_base, { "gamma=0,1,2", "eta=0,10" }, { "1", "2" });
    SlurmOptions o;
    o.tasks = 4;
    o.gpusPerTask = 1;
    o.partition = "gpu";
    const std::string s = slurmScript(plan, o);
    QVERIFY(s.rfind("#!/bin/bash\n", 0) == 0);
    QVERIFY(s.find("#SBATCH --array=0-3\n") != std::string::npos);
    QVERIFY(s.find("#SBATCH --gres=gpu:1\n") != std::string::npos);
    QVERIFY(s.find("#SBATCH --partition=gpu\n") != std::string::npos);
    QVERIFY(s.find("--grid gamma=0,1,2 --grid eta=0,10 --grid seed=1,2 --out runs --index \"$SLURM_ARRAY_TASK_ID\" "
                   "--count 4")
            != std::string::npos);
    o.tasks = 100; // more tasks than points: one per point
    QVERIFY(slurmScript(plan, o).find("#SBATCH --array=0-11\n") != std::string::npos);
    o.time = "tomorrow";
    QVERIFY_EXCEPTION_THROWN(slurmScript(plan, o), InputError);
    o.time = "1-12:00:00";
    o.partition = "gpu; rm -rf /";
    QVERIFY_EXCEPTION_THROWN(slurmScript(plan, o), InputError);
    o.partition = "gpu";
    // A swept text value that a shell would read as a command or a pattern is refused, naming it.
    TrainConfig base = m_base;
    const SweepPlan risky(base, { "cache_dir=/tmp/a;touch_x,/tmp/b" }, {});
    try {
        slurmScript(risky, o);
        QFAIL("a value with ';' went into the job script");
    } catch (const InputError& e) {
        QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("cache_dir")));
    }
    // Seed first stays first: the cluster's points are named and sliced as here.
    const SweepPlan seedFirst(m_base, { "seed=1,2", "gamma=0,1" }, {});
    QVERIFY(slurmScript(seedFirst, o).find("--grid seed=1,2 --grid gamma=0,1 ") != std::string::npos);
    // The export makes logs/ (sbatch opens --output there before the script runs) and refuses, untouched, a folder
    // that holds another sweep.
    const std::string folder = m_dir.filePath(QStringLiteral("slurm")).toStdString();
    exportSlurmJob(plan, folder, o);
    QVERIFY(QDir(QString::fromStdString(folder) + QStringLiteral("/logs")).exists());
    QFile config(QString::fromStdString(folder) + QStringLiteral("/config.json"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray before = config.readAll();
    config.close();
    SlurmOptions other = o;
    other.cpusPerTask = 8;
    QVERIFY_EXCEPTION_THROWN(exportSlurmJob(plan, folder, other), InputError);
    QVERIFY(config.open(QIODevice::ReadOnly));
    QCOMPARE(config.readAll(), before);
}

void TestSweepGrid::onePointIsNeverSweptTwice_data()
{
    QTest::addColumn<QStringList>("grids");
    QTest::addColumn<QStringList>("seeds");
    QTest::addColumn<QString>("mentions");
    // Two texts, one value of the key's type: the same run in two folders under two names.
    QTest::newRow("real") << QStringList { QStringLiteral("gamma=1,1.0") } << QStringList()
                          << QStringLiteral("--grid gamma: 1 and 1.0 are the same value");
    QTest::newRow("exponent") << QStringList { QStringLiteral("eta=0,10,1e1") } << QStringList()
                              << QStringLiteral("--grid eta: 10 and 1e1 are the same value");
    QTest::newRow("negative zero") << QStringList { QStringLiteral("gamma=0,-0") } << QStringList()
                                   << QStringLiteral("--grid gamma: 0 and -0 are the same value");
    QTest::newRow("bool") << QStringList { QStringLiteral("augment=true,on") } << QStringList()
                          << QStringLiteral("--grid augment: true and on are the same value");
    QTest::newRow("integer") << QStringList { QStringLiteral("batch_size=16,016") } << QStringList()
                             << QStringLiteral("--grid batch_size: 16 and 016 are the same value");
    QTest::newRow("seeds") << QStringList { QStringLiteral("gamma=0,2") }
                           << QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("01") }
                           << QStringLiteral("--seeds: 1 and 01 are the same seed");
    // The same text twice is still named as before.
    QTest::newRow("same text") << QStringList { QStringLiteral("gamma=1,1") } << QStringList()
                               << QStringLiteral("value '1' is listed twice for 'gamma'");
}

void TestSweepGrid::onePointIsNeverSweptTwice()
{
    QFETCH(QStringList, grids);
    QFETCH(QStringList, seeds);
    QFETCH(QString, mentions);
    std::vector<std::string> g;
    for (const QString& text : grids) {
        g.push_back(text.toStdString());
    }
    std::vector<std::string> s;
    for (const QString& text : seeds) {
        s.push_back(text.toStdString());
    }
    try {
        const SweepPlan plan(m_base, g, s);
        QFAIL(qPrintable(QStringLiteral("planned %1 points").arg(plan.points().size())));
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
    }
    // Different values of one axis are fine.
    QCOMPARE(SweepPlan(m_base, { "gamma=1,1.5" }, { "1", "10" }).points().size(), size_t(4));
}

void TestSweepGrid::pointFolderHoldingAnotherRunIsRefused()
{
    // A point's folder that holds another config's run (copied or renamed there, or left by an older sweep with
    // another base) was trained, resumed and reported under the point's label.
    const std::string root = m_dir.filePath(QStringLiteral("foreign")).toStdString();
    const SweepPlan plan(m_base, { "gamma=0,2" }, { "1" });
    QCOMPARE(plan.points()[0].name, std::string("gamma=0_seed=1"));
    const std::string dir = plan.pointDir(root, 0);

    // gamma=2's run, finished, in gamma=0's folder.
    TrainingRun other(plan.points()[1].config, dir, false);
    QCOMPARE(other.execute(), RunOutcome::Finished);
    const std::optional<RunListing> listing = plan.inspect(root, 0);
    QVERIFY(listing.has_value());
    QCOMPARE(listing->status, RunStatus::Damaged); // not Finished: it is not this point's result
    QVERIFY2(QString::fromStdString(listing->reason)
                 .contains(QStringLiteral("another run than sweep point gamma=0_seed=1 (gamma = 2.0 there, 0.0 for "
                                          "the point)")),
             listing->reason.c_str());
    QVERIFY(!listing->test.has_value());
    QCOMPARE(*plan.status(root, 0), RunStatus::Damaged);
    const QString csv = QString::fromStdString(plan.summaryCsv(root));
    QVERIFY2(csv.contains(QStringLiteral("\ngamma=0_seed=1,damaged,0,1,,,,,,,\n")), qPrintable(csv));
    QCOMPARE(sweepGrid(plan, root, RunMetric::BalancedAccuracy).finished, 0);
    try {
        plan.prepare(root, 0);
        QFAIL("a folder holding another run was prepared as the point");
    } catch (const InputError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.startsWith(QString::fromStdString(dir) + QStringLiteral(": ")), e.what());
        QVERIFY2(message.contains(QStringLiteral("gamma = 2.0 there, 0.0 for the point")), e.what());
    }

    // A config.json that differs only in where and how fast the point runs is still the point: prepared, resumable.
    const std::string second = plan.pointDir(root, 1);
    QVERIFY(QDir().mkpath(QString::fromStdString(second)));
    TrainConfig moved = plan.points()[1].config;
    moved.threads = 1;
    moved.device = "auto";
    moved.snapshotEvery = 1;
    QVERIFY(test::writeText(QString::fromStdString(second) + QStringLiteral("/config.json"),
                            QByteArray::fromStdString(nlohmann::json(moved).dump(2))));
    plan.prepare(root, 1);
    QCOMPARE(*plan.status(root, 1), RunStatus::Incomplete);
    QVERIFY(plan.inspect(root, 1)->reason.find("another run") == std::string::npos);
}

void TestSweepGrid::runIdentityLeavesOutWhereAndHowFast()
{
    TrainConfig a = m_base;
    TrainConfig b = m_base;
    b.device = "auto";
    b.threads = 1;
    b.cacheDir = "none";
    b.snapshotEvery = 3;
    b.snapshotPoints = 100;
    QVERIFY(runIdentity(a) == runIdentity(b));
    QVERIFY(!runIdentity(a).contains("device"));
    QVERIFY(runIdentity(a).at("gamma") == nlohmann::json(a.gamma));
    b.seed = 2;
    QVERIFY(runIdentity(a) != runIdentity(b));
    QVERIFY(sameExceptSeed(a, b));
}

QTEST_MAIN(TestSweepGrid)
#include "tst_sweepgrid.moc"
