// SPDX-License-Identifier: MIT
// The embedding tab's model and view on a real finished run (trained here on generated images, snapshots every
// epoch): replay in order, sample images under the cursor and in a selection's gallery, the exports, the trust
// indicators, and the layout thread giving way to a newer snapshot or a closing window.
#include "AnimatedWebp.h"
#include "DataPreviewService.h"
#include "EmbeddingExplorer.h"
#include "EmbeddingScatter.h"
#include "EmbeddingView.h"
#include "EmbeddingWorker.h"
#include "GuiEvents.h"
#include "SampleGallery.h"
#include "run/RunDirectory.h"
#include "run/TrainingRun.h"
#include "support/GeneratedImages.h"
#include "train/TrainConfig.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>
#include <random>

using namespace aclwb;
using namespace aclwb::gui;

class TestEmbeddingExplorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finishedRunReplaysItsSnapshotsInOrder();
    void hoverAndGalleryShowTheSamplesImages();
    void exportsWriteCoordinatesAndReplayFrames();
    void testPointsAndPcaAndTrust();
    void trustWarningSaysWhenThePictureMisleads();
    void newSnapshotSupersedesTheRunningLayout();
    void closingStopsALayoutInProgress();

private:
    /// Settings small enough for the run's few validation points.
    static EmbeddingExplorer::Settings quick(EmbeddingExplorer::Settings s)
    {
        s.perplexity = 5.0;
        s.iterations = 300;
        return s;
    }
    static SnapshotEvent synthetic(int epoch, int n, uint32_t seed);

    QTemporaryDir m_dir;
    QString m_run;
    std::vector<int64_t> m_epochs;
};

void TestEmbeddingExplorer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerGuiEventTypes();
    const QString idx = m_dir.filePath(QStringLiteral("idx"));
    QVERIFY(QDir().mkpath(idx));
    QVERIFY(test::writeTinyIdxDataset(idx, 300, false));
    TrainConfig c;
    c.dataDir = idx.toStdString();
    c.classes = { 0, 6 };
    c.imbalanceRatio = 3.0;
    c.epochsContrastive = 3;
    c.batchSize = 32;
    c.linearMaxIter = 100;
    c.snapshotEvery = 1;
    c.snapshotPoints = 500;
    m_run = m_dir.filePath(QStringLiteral("run"));
    TrainingRun run(c, m_run.toStdString(), false);
    QCOMPARE(run.execute(), RunOutcome::Finished);
    m_epochs = readRunSummary(m_run.toStdString()).snapshotEpochs;
    QCOMPARE(m_epochs.size(), size_t(4)); // after each contrastive epoch and at the end
}

void TestEmbeddingExplorer::finishedRunReplaysItsSnapshotsInOrder()
{
    DataPreviewService images;
    EmbeddingExplorer explorer(&images);
    explorer.setSettings(quick(explorer.settings()));
    QString error;
    QVERIFY2(explorer.openRun(m_run, &error), qPrintable(error));
    QCOMPARE(explorer.epochs(), QVector<int>(m_epochs.begin(), m_epochs.end()));
    QCOMPARE(explorer.currentEpoch(), 4); // opens at the last snapshot
    QSignalSpy shown(&explorer, &EmbeddingExplorer::currentEpochChanged);
    QSignalSpy playing(&explorer, &EmbeddingExplorer::playingChanged);
    QVector<int> finalRows;
    connect(&explorer, &EmbeddingExplorer::frameReady, &explorer, [&](const LayoutFrame& f) {
        if (f.final) {
            QVERIFY(f.error.isEmpty());
            finalRows << static_cast<int>(f.xy.size() / 2);
        }
    });
    explorer.play();
    QVERIFY(explorer.playing());
    QTRY_VERIFY_WITH_TIMEOUT(!explorer.playing(), 120000);
    QVector<int> order;
    for (const QList<QVariant>& args : shown) {
        order << args.at(0).toInt();
    }
    QCOMPARE(order, (QVector<int> { 1, 2, 3, 4 })); // from the first epoch to the last, each once
    QCOMPARE(playing.size(), 2);                     // started, then ended by itself
    QCOMPARE(explorer.finishedLayouts().size(), size_t(4));
    for (int rows : finalRows) {
        QCOMPARE(rows, explorer.rows());
    }
    // A layout is kept: showing an epoch again needs no computing.
    explorer.showEpoch(2);
    QVERIFY(!explorer.computing());
    QCOMPARE(explorer.layout(), explorer.finishedLayouts().at(2));
    // The snapshot's points are the run's, row for row.
    const EmbeddingSnapshot onDisk = readRunSnapshot(m_run.toStdString(), 2);
    QCOMPARE(explorer.shownPoints().indices, QVector<qint64>(onDisk.indices.begin(), onDisk.indices.end()));
}

void TestEmbeddingExplorer::hoverAndGalleryShowTheSamplesImages()
{
    DataPreviewService images;
    EmbeddingExplorer explorer(&images);
    explorer.setSettings(quick(explorer.settings()));
    EmbeddingView view(&explorer);
    view.resize(1000, 700);
    view.show();
    QString error;
    QVERIFY(explorer.openRun(m_run, &error));
    QTRY_VERIFY_WITH_TIMEOUT(explorer.imagesLoaded() && !explorer.computing(), 60000);
    QTRY_COMPARE(view.scatter()->rows(), explorer.rows());
    view.scatter()->replot();
    // The generated images are 20 * (source class) grey: classes 0 and 6 -> 0 and 120.
    const SnapshotEvent& points = explorer.shownPoints();
    const int rowOfClass1 = static_cast<int>(points.labels.indexOf(1));
    QVERIFY(rowOfClass1 >= 0);
    for (int row : { 0, rowOfClass1 }) {
        const QImage image = explorer.image(row);
        QVERIFY(!image.isNull());
        QCOMPARE(qGray(image.pixel(2, 2)), points.labels[row] == 1 ? 120 : 0);
    }
    // Hovering the row's point shows its image and says which sample it is.
    const QVector<double> xy = explorer.layout();
    const QPoint pixel(qRound(view.scatter()->xAxis->coordToPixel(xy[2 * rowOfClass1])),
                       qRound(view.scatter()->yAxis->coordToPixel(xy[2 * rowOfClass1 + 1])));
    QTest::mouseMove(view.scatter(), pixel);
    const int hit = view.scatter()->rowAt(pixel);
    QVERIFY(hit >= 0);
    QTRY_COMPARE(view.inspectorText()->text(), explorer.describe(hit));
    QVERIFY(view.inspectorText()->text().contains(QStringLiteral("Sample %1").arg(points.indices[hit])));
    QVERIFY(!view.inspectorImage()->pixmap().isNull());
    // A selection's gallery holds exactly the selected samples.
    const QVector<int> rows { 0, rowOfClass1, explorer.rows() - 1 };
    widgets::SampleGallery* gallery = view.showGallery(rows);
    QCOMPARE(gallery->count(), 3);
    QStringList captions;
    for (int row : rows) {
        captions << explorer.caption(row);
        QVERIFY(explorer.caption(row).startsWith(QStringLiteral("#%1 ").arg(points.indices[row])));
    }
    QCOMPARE(gallery->captions(), captions);
}

void TestEmbeddingExplorer::exportsWriteCoordinatesAndReplayFrames()
{
    DataPreviewService images;
    EmbeddingExplorer explorer(&images);
    explorer.setSettings(quick(explorer.settings()));
    EmbeddingView view(&explorer);
    view.resize(1000, 700);
    QString error;
    QVERIFY(explorer.openRun(m_run, &error));
    QTRY_VERIFY_WITH_TIMEOUT(!explorer.computing(), 60000);
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("embedding.csv"));
    QVERIFY2(view.exportCoordinates(csv, &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.front(), QByteArray("epoch,split,index,label,class,predicted,x,y"));
    QCOMPARE(lines.size(), explorer.rows() + 1);
    const QList<QByteArray> first = lines[1].split(',');
    QCOMPARE(first[0].toInt(), 4);
    QCOMPARE(first[2].toLongLong(), explorer.shownPoints().indices[0]);
    QCOMPARE(first[6].toDouble(), explorer.layout()[0]);
    QVERIFY(!view.exportCoordinates(out.filePath(QStringLiteral("no/such/dir/e.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("e.csv")));

    // The replay, asked for while a middle epoch is shown: every epoch's layout is computed first (from the first
    // epoch on), then one PNG per epoch (and the animation).
    explorer.showEpoch(2);
    QTRY_VERIFY_WITH_TIMEOUT(!explorer.computing(), 60000);
    QSignalSpy exported(&view, &EmbeddingView::replayExported);
    view.exportReplay(out.path());
    QVERIFY(exported.wait(120000));
    QCOMPARE(exported.front().at(2).toString(), QString());
    QCOMPARE(exported.front().at(1).toInt(), 4);
    for (int epoch : { 1, 2, 3, 4 }) {
        QImage frame(out.filePath(QStringLiteral("epoch-%1.png").arg(epoch, 3, 10, QLatin1Char('0'))));
        QVERIFY(!frame.isNull());
        QCOMPARE(frame.width(), 900);
    }
    if (widgets::animatedWebpAvailable()) {
        QFile webp(out.filePath(QStringLiteral("replay.webp")));
        QVERIFY(webp.open(QIODevice::ReadOnly));
        QCOMPARE(webp.readAll().count("ANMF"), 4);
    }
}

void TestEmbeddingExplorer::testPointsAndPcaAndTrust()
{
    EmbeddingExplorer explorer(nullptr);
    EmbeddingView view(&explorer);
    QString error;
    QVERIFY(explorer.openRun(m_run, &error));
    QVERIFY(explorer.hasTestPoints());
    EmbeddingExplorer::Settings s = quick(explorer.settings());
    s.points = EmbeddingExplorer::Points::Test;
    s.method = QStringLiteral("pca");
    explorer.setSettings(s);
    QTRY_VERIFY_WITH_TIMEOUT(!explorer.computing(), 60000);
    const LayoutFrame frame = explorer.lastFrame();
    QVERIFY2(frame.error.isEmpty(), qPrintable(frame.error));
    QCOMPARE(frame.method, QStringLiteral("pca"));
    // Every test image of the run, as embeddings.csv holds them.
    const RunSummary summary = readRunSummary(m_run.toStdString());
    int64_t tests = 0;
    for (int64_t n : summary.testCounts) {
        tests += n;
    }
    QCOMPARE(static_cast<int64_t>(explorer.rows()), tests);
    QCOMPARE(view.pointsBox()->currentIndex(), 1);
    QVERIFY(!view.spaceBox()->isEnabled()); // embeddings.csv has one space
    QVERIFY(frame.trustworthiness >= 0.0 && frame.trustworthiness <= 1.0);
    QVERIFY(frame.knnLayout >= 0.0 && frame.knnLayout <= 1.0);
    QVERIFY(frame.knnOriginal >= 0.0 && frame.knnOriginal <= 1.0);
    QVERIFY(view.trustLabel()->text().contains(QStringLiteral("Trustworthiness")));
    QCOMPARE(view.warningLabel()->text(), EmbeddingExplorer::trustWarning(frame));
}

void TestEmbeddingExplorer::trustWarningSaysWhenThePictureMisleads()
{
    LayoutFrame f;
    f.final = true;
    f.trustworthiness = 0.97;
    f.knnLayout = 0.95;
    f.knnOriginal = 0.94;
    QCOMPARE(EmbeddingExplorer::trustWarning(f), QString()); // agree: no warning
    f.knnLayout = 0.99;
    f.knnOriginal = 0.80;
    QVERIFY(EmbeddingExplorer::trustWarning(f).contains(QStringLiteral("more cleanly")));
    f.knnLayout = 0.70;
    QVERIFY(EmbeddingExplorer::trustWarning(f).contains(QStringLiteral("better than this picture")));
    f.knnLayout = 0.80;
    f.trustworthiness = 0.7;
    QVERIFY(EmbeddingExplorer::trustWarning(f).contains(QStringLiteral("Trustworthiness")));
    f.final = false;
    QCOMPARE(EmbeddingExplorer::trustWarning(f), QString()); // nothing to say before the layout is done
}

SnapshotEvent TestEmbeddingExplorer::synthetic(int epoch, int n, uint32_t seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0F, 1.0F);
    SnapshotEvent s;
    s.globalEpoch = epoch;
    s.stage = QStringLiteral("contrastive");
    s.split = QStringLiteral("validation");
    s.projectionDim = s.featureDim = 16;
    for (int r = 0; r < n; ++r) {
        s.indices << r;
        s.labels << r % 3;
        for (int d = 0; d < 16; ++d) {
            s.projections << noise(rng) + (d == r % 3 ? 4.0F : 0.0F);
        }
    }
    s.features = s.projections;
    s.points = n;
    return s;
}

void TestEmbeddingExplorer::newSnapshotSupersedesTheRunningLayout()
{
    EmbeddingExplorer explorer(nullptr);
    EmbeddingExplorer::Settings s = explorer.settings();
    s.iterations = 1000000; // far longer than the test: only a cancelled layout makes room for the next
    explorer.setSettings(s);
    explorer.beginRun({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }, TrainConfig(), QString());
    QVector<quint64> ids;
    // Context: the explorer, so frames still queued when the test ends go with it (not into a dead `ids`).
    connect(explorer.worker(), &EmbeddingWorker::frame, &explorer, [&](const LayoutFrame& f) { ids << f.id; });
    explorer.addSnapshot(synthetic(1, 400, 1));
    QTRY_VERIFY_WITH_TIMEOUT(!ids.isEmpty(), 60000);
    const quint64 firstId = ids.front();
    QCOMPARE(explorer.currentEpoch(), 1);
    explorer.addSnapshot(synthetic(2, 400, 2)); // the live view follows the run: epoch 2 supersedes epoch 1
    QCOMPARE(explorer.currentEpoch(), 2);
    // One worker thread computes one layout at a time: a frame of the new layout means the old one stopped.
    QTRY_VERIFY_WITH_TIMEOUT(ids.back() > firstId, 60000);
    const int newFrom = static_cast<int>(ids.indexOf(ids.back()));
    for (int k = newFrom; k < ids.size(); ++k) {
        QVERIFY(ids[k] > firstId);
    }
    QCOMPARE(explorer.epochs(), (QVector<int> { 1, 2 }));
    QVERIFY(explorer.computing());
}

void TestEmbeddingExplorer::closingStopsALayoutInProgress()
{
    auto explorer = std::make_unique<EmbeddingExplorer>(nullptr);
    EmbeddingExplorer::Settings s = explorer->settings();
    s.iterations = 1000000;
    explorer->setSettings(s);
    explorer->beginRun({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }, TrainConfig(), QString());
    QSignalSpy frames(explorer.get(), &EmbeddingExplorer::frameReady);
    explorer->addSnapshot(synthetic(1, 400, 3));
    QVERIFY(frames.wait(60000));
    QVERIFY(explorer->computing());
    // The window closes mid-layout: the destructor stops the worker and joins its thread (a million iterations
    // would otherwise keep it for many minutes, past the test's timeout).
    explorer.reset();
    QVERIFY(!explorer);
}

QTEST_MAIN(TestEmbeddingExplorer)
#include "tst_embeddingexplorer.moc"
