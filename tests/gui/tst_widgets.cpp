// SPDX-License-Identifier: MIT
// The reusable views alone, on plain data: each shows what it is given, reacts to its switches, and every export
// writes a real PNG, SVG or PDF that loads back.
#include "ClassCountHistogram.h"
#include "ConfusionMatrixView.h"
#include "CurvesView.h"
#include "HeatMapView.h"
#include "LogView.h"
#include "LossShapePlot.h"
#include "MetricsTable.h"
#include "PerClassBars.h"
#include "PlotExport.h"
#include "ThumbnailStrip.h"

#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>

using namespace aclwb::widgets;

class TestWidgets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void histogramFollowsCountsAndLogScale();
    void lossShapeFollowsGammaAndEta();
    void confusionMatrixValuesAndNormalisation();
    void heatMapCellsBestAndMissing();
    void perClassBarsMarkTheMinority();
    void curvesCollectPointsAndCoalesceRedraws();
    void exportsWriteRealFiles_data();
    void exportsWriteRealFiles();
    void metricsTableAndThumbnails();
};

void TestWidgets::histogramFollowsCountsAndLogScale()
{
    ClassCountHistogram h;
    h.resize(500, 300);
    h.setCounts({ QStringLiteral("T-shirt"), QStringLiteral("Shirt") }, { 5400, 540 }, { 600, 60 }, { 1000, 100 });
    QCOMPARE(h.drawnValues(0), (QVector<double> { 5400, 540 }));
    QCOMPARE(h.drawnValues(2), (QVector<double> { 1000, 100 }));
    // The ratio changes: the bars follow.
    h.setCounts({ QStringLiteral("T-shirt"), QStringLiteral("Shirt") }, { 5400, 54 }, { 600, 6 }, { 1000, 10 });
    QCOMPARE(h.drawnValues(0), (QVector<double> { 5400, 54 }));
    QVERIFY(!h.logScale());
    h.setLogScale(true);
    QCOMPARE(h.yAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(h.yAxis->range().lower > 0);
}

void TestWidgets::lossShapeFollowsGammaAndEta()
{
    LossShapePlot plot;
    plot.setParameters(0.0, 0.0);
    QCOMPARE(plot.focalWeightAt(0.5), 1.0); // gamma 0: every positive pair counts fully
    QCOMPARE(plot.penaltyAt(0.5), 0.0);
    plot.setParameters(2.0, 10.0);
    QVERIFY(std::abs(plot.focalWeightAt(0.5) - 0.25) < 0.02);            // (1 - 0.5)^2
    QVERIFY(plot.focalWeightAt(0.9) < 0.02);                             // easy positives fade
    QVERIFY(std::abs(plot.penaltyAt(0.5) - 10.0 * std::log(2.0)) < 0.2); // -eta log(1 - p)
}

void TestWidgets::confusionMatrixValuesAndNormalisation()
{
    ConfusionMatrixView view;
    view.setMatrix({ QStringLiteral("a"), QStringLiteral("b") }, { { 90, 10 }, { 30, 70 } });
    QCOMPARE(view.shownValue(0, 1), 10.0);
    QCOMPARE(view.cellText(1, 0), QLocale().toString(30.0, 'f', 0));
    view.setNormalized(true);
    QCOMPARE(view.shownValue(0, 1), 0.1);
    QCOMPARE(view.shownValue(1, 1), 0.7);
    QCOMPARE(view.cellText(1, 1), QLocale().toString(0.7, 'f', 2));
}

void TestWidgets::heatMapCellsBestAndMissing()
{
    // 2 gammas x 3 etas, one missing cell: the texts, the outlined best cell and the colour range follow the data.
    HeatMapView view;
    const double nan = std::nan("");
    view.setGrid(QStringLiteral("eta"), { QStringLiteral("0"), QStringLiteral("10"), QStringLiteral("100") },
                 QStringLiteral("gamma"), { QStringLiteral("0"), QStringLiteral("2") },
                 { { 0.70, 0.75, nan }, { 0.72, 0.81, 0.64 } }, { { 0.01, 0.02, nan }, { 0.03, 0.004, 0.05 } });
    QCOMPARE(view.bestCell(), qMakePair(1, 1));
    QCOMPARE(view.cellText(1, 1), QLocale().toString(0.81, 'f', 3) + QStringLiteral("\n\u00b1 ")
                                      + QLocale().toString(0.004, 'f', 3));
    QCOMPARE(view.cellText(0, 2), QStringLiteral("\u2013"));
    QVERIFY(view.cellText(2, 0).isEmpty()); // outside the grid
    const auto* map = qobject_cast<QCPColorMap*>(view.plottable(0));
    QVERIFY(map != nullptr);
    QCOMPARE(map->dataRange().lower, 0.64);
    QCOMPARE(map->dataRange().upper, 0.81);
    QCOMPARE(map->data()->cell(1, 0), 0.75); // (column, row)
    view.setValueRange(0.5, 1.0); // a fixed scale: the colours no longer stretch to the data
    QCOMPARE(map->dataRange().lower, 0.5);
    QCOMPARE(map->dataRange().upper, 1.0);
    QCOMPARE(view.bestCell(), qMakePair(1, 1));
    // Means only: no spread line; all missing: no best cell.
    view.setGrid(QStringLiteral("eta"), { QStringLiteral("0") }, QStringLiteral("gamma"), { QStringLiteral("0") },
                 { { 0.5 } });
    QCOMPARE(view.cellText(0, 0), QLocale().toString(0.5, 'f', 3));
    view.setGrid(QStringLiteral("eta"), { QStringLiteral("0") }, QStringLiteral("gamma"), { QStringLiteral("0") },
                 { { nan } });
    QCOMPARE(view.bestCell(), qMakePair(-1, -1));
}

void TestWidgets::perClassBarsMarkTheMinority()
{
    PerClassBars bars;
    bars.setData({ QStringLiteral("T-shirt"), QStringLiteral("Shirt"), QStringLiteral("Bag") }, { 0.95, 0.4, 0.8 },
                 { 5400, 54, 540 });
    QCOMPARE(bars.drawnAccuracy(), (QVector<double> { 0.95, 0.4, 0.8 }));
    QCOMPARE(bars.minorityClass(), 1);
    QVERIFY(bars.tickLabel(1).startsWith(QStringLiteral("Shirt")));
    QVERIFY(bars.tickLabel(1).contains(QStringLiteral("54")));
}

void TestWidgets::curvesCollectPointsAndCoalesceRedraws()
{
    CurvesView view;
    view.resize(800, 600);
    view.show();
    const int before = view.lossPlot(0)->replotCount();
    for (int k = 0; k < 2000; ++k) {
        view.addStep(0, k / 100.0, 4.5 - k * 1e-4);
    }
    view.addEpochMean(0, 1, 4.4);
    view.addValidation(1, 0.9, 0.6);
    view.addKnn(1, { QStringLiteral("a"), QStringLiteral("b") }, { 0.99, 0.3 });
    QCOMPARE(view.stepCount(0), 2000);
    QCOMPARE(view.epochCount(0), 1);
    QCOMPARE(view.validationCount(), 1);
    QCOMPARE(view.knnCount(1), 1);
    QTest::qWait(200);
    // 2000 appended points cost a handful of redraws, not 2000.
    QVERIFY2(view.lossPlot(0)->replotCount() - before <= 3,
             qPrintable(QString::number(view.lossPlot(0)->replotCount() - before)));
    view.setLogY(true);
    QCOMPARE(view.lossPlot(0)->yAxis->scaleType(), QCPAxis::stLogarithmic);
    view.clear();
    QCOMPARE(view.stepCount(0), 0);
    QCOMPARE(view.knnCount(0), 0);
}

void TestWidgets::exportsWriteRealFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TestWidgets::exportsWriteRealFiles()
{
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    PerClassBars bars;
    bars.resize(400, 300);
    bars.setData({ QStringLiteral("a"), QStringLiteral("b") }, { 0.9, 0.5 }, { 100, 10 });
    const QString path = dir.filePath(QStringLiteral("bars.") + suffix);
    QCOMPARE(exportPlot(&bars, path, 400, 300), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    if (suffix == QStringLiteral("png")) {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.width(), 800); // exported at 2x for sharp figures
    } else if (suffix == QStringLiteral("svg")) {
        QSvgRenderer svg(bytes);
        QVERIFY(svg.isValid());
        QVERIFY(bytes.contains("<svg"));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
    QVERIFY(!exportPlot(&bars, dir.filePath(QStringLiteral("bars.gif"))).isEmpty()); // refused with a reason
}

void TestWidgets::metricsTableAndThumbnails()
{
    MetricsTable table;
    table.setMetrics({ QStringLiteral("accuracy"), QStringLiteral("ROC AUC") }, { 0.875, std::nan("") });
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.item(1, 1)->text(), QStringLiteral("–"));
    QCOMPARE(table.toCsv(), QStringLiteral("metric,value\naccuracy,0.875\nROC AUC,\n"));
    ThumbnailStrip strip;
    QImage grey(28, 28, QImage::Format_Grayscale8);
    grey.fill(128);
    strip.setRows({ QStringLiteral("a"), QStringLiteral("b") }, { { grey, grey, grey }, { grey } });
    QCOMPARE(strip.rowCount(), 2);
    QCOMPARE(strip.imageCount(0), 3);
    QCOMPARE(strip.imageCount(1), 1);
    LogView log;
    log.appendLine(QStringLiteral("line one"));
    log.appendLine(QStringLiteral("an error"), true);
    QVERIFY(log.toPlainText().contains(QStringLiteral("an error")));
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
