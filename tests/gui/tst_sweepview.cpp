// SPDX-License-Identifier: MIT
// The Sweeps tab on generated data: a 2 x 2 sweep run inside the app fills the heat map with the values in the
// runs' results.json; a stopped sweep reopened later runs only its unfinished points; a cell click asks to compare
// its runs; the new-sweep dialog counts runs and refuses bad values; the Slurm export writes the job folder.
#include "HeatMapView.h"
#include "SweepDialog.h"
#include "SweepRunner.h"
#include "SweepView.h"
#include "run/RunDirectory.h"
#include "run/SweepFile.h"
#include "support/GeneratedImages.h"
#include "support/TestData.h"
#include "train/ConfigSchema.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <unistd.h>

using namespace aclwb;
using namespace aclwb::gui;

class TestSweepView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void heatMapHoldsTheRunsResults();
    void stoppedSweepContinuesWithUnfinishedPoints();
    void dialogCountsRunsAndRefusesBadValues();
    void pointsRunningElsewhereAreLeftAlone();

private:
    TrainConfig m_config;
    QTemporaryDir m_dir;
};

void TestSweepView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString idx = m_dir.filePath(QStringLiteral("idx"));
    QVERIFY(QDir().mkpath(idx));
    QVERIFY(test::writeTinyIdxDataset(idx, 40, false));
    m_config = test::tinyIdxConfig(idx);
}

void TestSweepView::heatMapHoldsTheRunsResults()
{
    SweepView view;
    view.resize(900, 600);
    view.show();
    const QString root = m_dir.filePath(QStringLiteral("sweep-2x2"));
    const SweepPlan plan(m_config, { "gamma=0,2", "eta=0,4" }, {});
    QString error;
    QVERIFY2(view.createSweep(plan, root, &error), qPrintable(error));
    QSignalSpy done(view.runner(), &SweepRunner::finished);
    QVERIFY(view.startSweep(2));
    QVERIFY(done.wait(180000));
    QCOMPARE(done.front().at(0).toBool(), false);
    QCOMPARE(view.runner()->startedCount(), 4);
    // Every cell shows the balanced accuracy of its run's results.json (one seed: no spread).
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 2; ++c) {
            const QStringList runs = view.cellRuns(r, c);
            QCOMPARE(runs.size(), 1);
            const nlohmann::json results = readJsonFileStrict(runs.front().toStdString() + "/results.json");
            QCOMPARE(results.at("config").at("gamma").get<double>(), c == 0 ? 0.0 : 2.0);
            QCOMPARE(results.at("config").at("eta").get<double>(), r == 0 ? 0.0 : 4.0);
            const double balanced = results.at("test").at("balanced_accuracy").get<double>();
            QCOMPARE(view.heatMap()->cellText(r, c).section(QLatin1Char('\n'), 0, 0),
                     QLocale().toString(balanced, 'f', 3));
        }
    }
    QVERIFY(view.progressLabel()->text().startsWith(QStringLiteral("4 of 4 runs finished")));
    // Clicking a cell asks for its runs.
    QSignalSpy open(&view, &SweepView::openRequested);
    view.heatMap()->replot();
    const QPoint pixel(qRound(view.heatMap()->xAxis->coordToPixel(1)), qRound(view.heatMap()->yAxis->coordToPixel(0)));
    QCOMPARE(view.heatMap()->cellAt(pixel), qMakePair(0, 1));
    QTest::mouseClick(view.heatMap(), Qt::LeftButton, Qt::NoModifier, pixel);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.front().at(0).toString(), view.cellRuns(0, 1).front());
    // The same sweep for a cluster.
    SlurmOptions o;
    o.tasks = 2;
    QVERIFY2(view.exportSlurm(m_dir.filePath(QStringLiteral("slurm")), o, &error), qPrintable(error));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("slurm/sweep.sbatch"))));
    QVERIFY(isSweepDirectory(m_dir.filePath(QStringLiteral("slurm/runs")).toStdString()));
}

void TestSweepView::stoppedSweepContinuesWithUnfinishedPoints()
{
    const QString root = m_dir.filePath(QStringLiteral("sweep-stop"));
    const SweepPlan plan(m_config, { "gamma=0,1", "eta=0,2" }, { "1", "2" });
    int finishedBefore = 0;
    {
        SweepView view;
        QString error;
        QVERIFY(view.createSweep(plan, root, &error));
        QSignalSpy ended(view.runner(), &SweepRunner::pointEnded);
        QSignalSpy done(view.runner(), &SweepRunner::finished);
        QVERIFY(view.startSweep(1));
        QVERIFY(ended.wait(120000));
        view.runner()->stop(); // after the first point: the rest never start
        QVERIFY(done.wait(120000));
        QCOMPARE(done.front().at(0).toBool(), true);
        for (size_t k = 0; k < plan.points().size(); ++k) {
            finishedBefore += plan.status(root.toStdString(), k) == RunStatus::Finished ? 1 : 0;
        }
        QVERIFY(finishedBefore >= 1 && finishedBefore < 8);
    }
    // Reopened later (a new window): only the unfinished points run.
    SweepView view;
    QString error;
    QVERIFY2(view.openSweep(root, &error), qPrintable(error));
    QCOMPARE(view.plan()->points().size(), size_t(8));
    QSignalSpy done(view.runner(), &SweepRunner::finished);
    QVERIFY(view.startSweep(2));
    QVERIFY(done.wait(240000));
    QCOMPARE(view.runner()->startedCount(), 8 - finishedBefore);
    for (size_t k = 0; k < plan.points().size(); ++k) {
        QCOMPARE(plan.status(root.toStdString(), k), std::optional<RunStatus>(RunStatus::Finished));
    }
    // Two seeds per cell now: the cells carry a spread.
    QVERIFY(view.heatMap()->cellText(0, 0).contains(QStringLiteral("\u00b1")));
    QVERIFY(view.heatMap()->cellText(0, 0).contains(QStringLiteral("n = 2")));
}

void TestSweepView::dialogCountsRunsAndRefusesBadValues()
{
    SweepDialog dialog(m_config, m_dir.filePath(QStringLiteral("workspace")));
    dialog.gammaEdit()->setText(QStringLiteral("0, 1, 2"));
    dialog.etaEdit()->setText(QStringLiteral("0,10,100"));
    dialog.seedsEdit()->setText(QStringLiteral("1,2"));
    QVERIFY(dialog.plan().has_value());
    QCOMPARE(dialog.plan()->points().size(), size_t(18));
    QVERIFY(dialog.summaryText().startsWith(QStringLiteral("18 run")));
    dialog.tauEdit()->setText(QStringLiteral("0.1,0.5"));
    QCOMPARE(dialog.plan()->points().size(), size_t(36));
    dialog.etaEdit()->setText(QStringLiteral("0,-1"));
    QVERIFY(!dialog.plan().has_value());
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("eta")), qPrintable(dialog.summaryText()));
}

void TestSweepView::pointsRunningElsewhereAreLeftAlone()
{
    // aclwb-cli sweep (or another window) trains one point of the folder right now: Continue must not train it too.
    const QString root = m_dir.filePath(QStringLiteral("sweep-shared"));
    const SweepPlan plan(m_config, { "gamma=0,1" }, {});
    SweepView view;
    QString error;
    QVERIFY(view.createSweep(plan, root, &error));
    plan.prepare(root.toStdString(), 0);
    writeRunMarker(plan.pointDir(root.toStdString(), 0), kRunningMarker, std::to_string(::getpid()));
    QSignalSpy done(view.runner(), &SweepRunner::finished);
    QVERIFY(view.startSweep(2));
    QVERIFY(done.wait(120000));
    QCOMPARE(view.runner()->startedCount(), 1);
    QCOMPARE(view.runner()->skippedRunning(), 1);
    QCOMPARE(plan.status(root.toStdString(), 0), std::optional<RunStatus>(RunStatus::Running));
    QCOMPARE(plan.status(root.toStdString(), 1), std::optional<RunStatus>(RunStatus::Finished));
    QVERIFY(view.progressLabel()->text().contains(QStringLiteral("left to the process")));
}

QTEST_MAIN(TestSweepView)
#include "tst_sweepview.moc"
