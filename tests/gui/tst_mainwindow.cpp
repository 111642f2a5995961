// SPDX-License-Identifier: MIT
// The workbench end to end, as a user drives it: set parameters, train a tiny run on generated data, watch
// curves and results fill, find the run directory, save and load the config, reopen the run, and get the core's
// message (not a crash) for a bad data folder.
#include "ClassCountHistogram.h"
#include "CurvesView.h"
#include "EmbeddingExplorer.h"
#include "EmbeddingView.h"
#include "ExperimentModel.h"
#include "ExperimentPanel.h"
#include "LogView.h"
#include "MainWindow.h"
#include "MetricsTable.h"
#include "PerClassBars.h"
#include "ResultsView.h"
#include "ThumbnailStrip.h"
#include "support/GeneratedImages.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace aclwb;
using namespace aclwb::gui;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void experimentPanelShowsLiveCounts();
    void trainsATinyRunEndToEnd();
    void configRoundTripAndCommandLine();
    void badDataFolderShowsTheCoresMessage();

private:
    void useTinyData(MainWindow& w) const;
    QTemporaryDir m_dir;
    QString m_idx;
    QString m_finishedRun;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings of the test, not the user's
    qputenv("ACLWB_NO_DIALOGS", "1");
    qputenv("ACLWB_WORKSPACE", m_dir.filePath(QStringLiteral("workspace")).toUtf8());
    registerGuiEventTypes();
    m_idx = m_dir.filePath(QStringLiteral("idx"));
    QVERIFY(QDir().mkpath(m_idx));
    QVERIFY(test::writeTinyIdxDataset(m_idx, 40, false));
}

void TestMainWindow::useTinyData(MainWindow& w) const
{
    ExperimentModel* m = w.model();
    m->setValue("data_dir", m_idx.toStdString());
    m->setValue("classes", std::vector<int64_t> { 0, 6 });
    m->setValue("imbalance_ratio", 4.0);
    m->setValue("epochs_contrastive", int64_t(2));
    m->setValue("linear_max_iter", int64_t(200));
    m->setValue("batch_size", int64_t(16));
    m->setValue("snapshot_points", int64_t(30));
}

void TestMainWindow::experimentPanelShowsLiveCounts()
{
    MainWindow w;
    ExperimentPanel* panel = w.experimentPanel();
    QSignalSpy shown(panel, &ExperimentPanel::previewShown);
    useTinyData(w);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastPreview().classNames.size() == 2 && panel->lastPreview().train.value(1) > 0,
                             20000);
    // 40 per class, ratio 4, 10% validation: the counts are the core's imbalance builder's.
    QCOMPARE(panel->histogram()->drawnValues(0), (QVector<double> { 36, 9 }));
    QCOMPARE(panel->classBoxes().size(), 10);
    QVERIFY(panel->classBoxes()[0]->text().contains(QStringLiteral("majority")));
    // Moving the ratio slider changes the counts.
    panel->ratioSlider()->setValue(100); // log10(R) = 1: ratio 10
    QCOMPARE(w.model()->config().imbalanceRatio, 10.0);
    QCOMPARE(panel->ratioSpin()->value(), 10.0);
    QTRY_VERIFY_WITH_TIMEOUT(panel->histogram()->drawnValues(0) == (QVector<double> { 36, 4 }), 20000);
    // Checking a third class adds it after the others.
    panel->classBoxes()[2]->setChecked(true);
    QCOMPARE(w.model()->config().classes, (std::vector<int64_t> { 0, 6, 2 }));
    QTRY_VERIFY_WITH_TIMEOUT(panel->histogram()->drawnValues(0).size() == 3, 20000);
    QVERIFY(panel->thumbnails()->rowCount() == 3);
}

void TestMainWindow::trainsATinyRunEndToEnd()
{
    MainWindow w;
    w.show();
    useTinyData(w);
    QSignalSpy ended(&w, &MainWindow::runEnded);
    QVERIFY(w.startRun());
    QCOMPARE(w.controller()->state(), RunController::State::Running);
    QVERIFY(ended.wait(120000));
    // Curves: every step of both stages, the epoch means, validation per linear epoch, 10-NN per snapshot.
    QVERIFY(w.curves()->stepCount(0) >= 2);
    QCOMPARE(w.curves()->epochCount(0), 2);
    QCOMPARE(w.curves()->epochCount(1), 1); // the linear probe, solved in one
    QCOMPARE(w.curves()->validationCount(), 1);
    // Stage 2 counts the probe's loss evaluations, one point each, from 1.
    QVERIFY(w.curves()->stepCount(1) >= 2);
    QCOMPARE(w.curves()->stepAxisLabel(1), QStringLiteral("L-BFGS loss evaluation"));
    const QCPGraph* probe = w.curves()->lossPlot(1)->graph(0);
    QCOMPARE(probe->data()->at(0)->key, 1.0);
    QCOMPARE(probe->data()->at(probe->dataCount() - 1)->key, static_cast<double>(probe->dataCount()));
    QCOMPARE(w.curves()->knnCount(1), 3); // snapshots after contrastive epochs 1, 2 and at the end
    // The embedding tab followed the run's snapshots; five validation points are too few for t-SNE at perplexity
    // 30, and it says so, naming the parameter.
    EmbeddingExplorer* explorer = w.embedding()->explorer();
    QCOMPARE(explorer->epochs(), (QVector<int> { 1, 2, 3 }));
    QCOMPARE(explorer->currentEpoch(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!explorer->computing(), 30000);
    QVERIFY2(w.embedding()->statusLabel()->text().contains(QStringLiteral("perplexity")),
             qPrintable(w.embedding()->statusLabel()->text()));
    // Results: the test set, per class.
    QVERIFY(w.results()->title().startsWith(QStringLiteral("Test set")));
    QCOMPARE(w.results()->perClass()->drawnAccuracy().size(), 2);
    QVERIFY(w.results()->metricsTable()->rowCount() == 4);
    QVERIFY(w.log()->toPlainText().contains(QStringLiteral("balanced accuracy")));
    // The run directory is the CLI's.
    const QString runDir = w.controller()->runDir();
    QVERIFY(runDir.startsWith(m_dir.filePath(QStringLiteral("workspace/runs/"))));
    for (const char* name :
         { "config.json", "results.json", "model.pt", "metrics.csv", "steps.csv", "snapshots/knn.csv" }) {
        QVERIFY2(QFile::exists(runDir + QLatin1Char('/') + QString::fromLatin1(name)), name);
    }
    m_finishedRun = runDir;

    // Reopened in a fresh window: curves, results and config come back from the directory.
    MainWindow again;
    QVERIFY(again.openRun(runDir));
    QCOMPARE(again.curves()->epochCount(1), 1);
    QCOMPARE(again.curves()->stepCount(1), w.curves()->stepCount(1));
    QCOMPARE(again.curves()->stepAxisLabel(1), QStringLiteral("L-BFGS loss evaluation"));
    QCOMPARE(again.curves()->stepCount(0), w.curves()->stepCount(0));
    QCOMPARE(again.curves()->knnCount(0), 3);
    QVERIFY(again.results()->title().startsWith(QStringLiteral("Test set")));
    QCOMPARE(again.results()->perClass()->drawnAccuracy(), w.results()->perClass()->drawnAccuracy());
    QCOMPARE(again.model()->config().linearMaxIter, int64_t(200));
    QCOMPARE(again.embedding()->explorer()->epochs(), (QVector<int> { 1, 2, 3 }));
}

void TestMainWindow::configRoundTripAndCommandLine()
{
    MainWindow w;
    useTinyData(w);
    w.model()->setValue("gamma", 3.0);
    w.model()->setValue("normalization", std::string("positives"));
    const QString path = m_dir.filePath(QStringLiteral("experiment.json"));
    QVERIFY(w.saveConfig(path));
    MainWindow other;
    QVERIFY(other.loadConfig(path));
    QCOMPARE(other.model()->toJsonText(), w.model()->toJsonText());
    // The same JSON aclwb-cli reads: the command line names exactly the changed keys.
    const QString command = w.commandLine(QStringLiteral("runs/x"));
    QVERIFY(command.startsWith(QStringLiteral("aclwb-cli train ")));
    QVERIFY(command.contains(QStringLiteral("--gamma 3")));
    QVERIFY(command.contains(QStringLiteral("--normalization positives")));
    QVERIFY(command.contains(QStringLiteral("--classes 0,6")));
    QVERIFY(command.endsWith(QStringLiteral("--out runs/x")));
    QVERIFY(!command.contains(QStringLiteral("--views"))); // unchanged keys are left out
    QSignalSpy errors(&other, &MainWindow::errorShown);
    QVERIFY(!other.loadConfig(m_dir.filePath(QStringLiteral("missing.json"))));
    QCOMPARE(errors.count(), 1);
}

void TestMainWindow::badDataFolderShowsTheCoresMessage()
{
    MainWindow w;
    useTinyData(w);
    w.model()->setValue("data_dir", m_dir.filePath(QStringLiteral("no-such-folder")).toStdString());
    QSignalSpy errors(&w, &MainWindow::errorShown);
    QSignalSpy ended(&w, &MainWindow::runEnded);
    QVERIFY(w.startRun());
    QVERIFY(ended.wait(60000));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.front().front().toString().contains(QStringLiteral("no-such-folder")),
             qPrintable(errors.front().front().toString()));
    QCOMPARE(w.controller()->state(), RunController::State::Idle); // the app stays usable
    // An impossible experiment is refused before anything starts, with the reason.
    w.model()->setValue("loss", std::string("cl"));
    QVERIFY(!w.startRun());
    QCOMPARE(errors.count(), 2);
    QVERIFY(errors.back().front().toString().contains(QStringLiteral("must be 0 for loss cl")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
