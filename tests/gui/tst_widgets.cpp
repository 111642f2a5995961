// SPDX-License-Identifier: MIT
// The reusable views alone, on plain data: each shows what it is given, reacts to its switches, and every export
// writes a real PNG, SVG or PDF that loads back.
#include "AnimatedWebp.h"
#include "ClassColours.h"
#include "ClassCountHistogram.h"
#include "ConfusionMatrixView.h"
#include "CurvesView.h"
#include "EmbeddingScatter.h"
#include "HeatMapView.h"
#include "LogView.h"
#include "LossShapePlot.h"
#include "MetricsTable.h"
#include "PerClassBars.h"
#include "PlotExport.h"
#include "SampleGallery.h"
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
    void scatterDrawsEachClassWithMinorityOnTop();
    void scatterFramesKeepTheUsersZoom();
    void scatterHoverFindsTheRowUnderTheCursor();
    void scatterRectangleAndLassoSelectExactlyTheEnclosedRows_data();
    void scatterRectangleAndLassoSelectExactlyTheEnclosedRows();
    void galleryHoldsTheGivenSamples();
    void animatedWebpIsARealAnimation();
};

namespace {

/// Three classes of 60, 25 and 5 points on a grid, class c around x = 10 c; row r at a known place.
struct ScatterData {
    QStringList names { QStringLiteral("majority"), QStringLiteral("middle"), QStringLiteral("minority") };
    QVector<double> xy;
    QVector<int> labels;
    ScatterData()
    {
        const int counts[3] = { 60, 25, 5 };
        for (int c = 0; c < 3; ++c) {
            for (int k = 0; k < counts[c]; ++k) {
                xy << 10.0 * c + (k % 5) << static_cast<double>(k / 5);
                labels << c;
            }
        }
    }
};

} // namespace

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

void TestWidgets::scatterDrawsEachClassWithMinorityOnTop()
{
    const ScatterData d;
    EmbeddingScatter plot;
    plot.resize(600, 400);
    QVector<int> predicted = d.labels;
    predicted[0] = 2; // two mistakes: a majority point called minority, a minority point called majority
    predicted[89] = 0;
    plot.setPoints(d.names, d.xy, d.labels, predicted);
    QCOMPARE(plot.rows(), 90);
    const int counts[3] = { 60, 25, 5 };
    for (int c = 0; c < 3; ++c) {
        QCOMPARE(plot.classGraph(c)->dataCount(), counts[c]);
        QCOMPARE(plot.classGraph(c)->scatterStyle().brush().color(), classColour(c));
        QCOMPARE(plot.classGraph(c)->name(), QStringLiteral("%1 (%2)").arg(d.names[c]).arg(counts[c]));
    }
    // Drawn from the most points to the fewest: the minority class is drawn last, on top of the others.
    QCOMPARE(plot.drawingOrder(), (QVector<int> { 0, 1, 2 }));
    QVERIFY(plot.classGraph(2)->layer()->children().indexOf(plot.classGraph(2))
            > plot.classGraph(0)->layer()->children().indexOf(plot.classGraph(0)));
    QCOMPARE(plot.wrongCount(), 2);
    // The points of class 2 are where the data put them.
    const QCPGraph* minority = plot.classGraph(2);
    for (int k = 0; k < minority->dataCount(); ++k) {
        QVERIFY(minority->data()->at(k)->key >= 20.0 && minority->data()->at(k)->key <= 24.0);
    }
    // Reordered counts reorder the drawing.
    QVector<int> flipped = d.labels;
    for (int& l : flipped) {
        l = 2 - l;
    }
    plot.setPoints(d.names, d.xy, flipped);
    QCOMPARE(plot.drawingOrder(), (QVector<int> { 2, 1, 0 }));
    QCOMPARE(plot.wrongCount(), 0);
}

void TestWidgets::scatterFramesKeepTheUsersZoom()
{
    const ScatterData d;
    EmbeddingScatter plot;
    plot.resize(600, 400);
    plot.setPoints(d.names, d.xy, d.labels);
    QVERIFY(plot.followsLayout());
    // Untouched, a frame rescales the view to the new layout.
    QVector<double> bigger = d.xy;
    for (double& v : bigger) {
        v *= 3.0;
    }
    QVERIFY(plot.movePoints(bigger));
    QVERIFY(plot.xAxis->range().upper >= 3.0 * 24.0);
    // Zoomed by the user, frames move the points but keep the view.
    plot.setViewRange(QCPRange(1.0, 5.0), QCPRange(0.0, 2.0));
    QVERIFY(!plot.followsLayout());
    QVERIFY(plot.movePoints(d.xy));
    QCOMPARE(plot.xAxis->range(), QCPRange(1.0, 5.0));
    QCOMPARE(plot.yAxis->range(), QCPRange(0.0, 2.0));
    QCOMPARE(plot.position(7), QPointF(d.xy[14], d.xy[15]));
    QVERIFY(!plot.movePoints(QVector<double>(10, 0.0))); // a frame of other rows is refused
    plot.resetView();
    QVERIFY(plot.followsLayout());
}

void TestWidgets::scatterHoverFindsTheRowUnderTheCursor()
{
    const ScatterData d;
    EmbeddingScatter plot;
    plot.resize(600, 400);
    plot.show();
    plot.setPoints(d.names, d.xy, d.labels);
    plot.replot();
    QSignalSpy hovered(&plot, &EmbeddingScatter::hovered);
    for (int row : { 0, 37, 86 }) {
        const QPoint pixel(qRound(plot.xAxis->coordToPixel(d.xy[2 * row])),
                           qRound(plot.yAxis->coordToPixel(d.xy[2 * row + 1])));
        QCOMPARE(plot.rowAt(pixel), row);
        QTest::mouseMove(&plot, pixel);
        QTRY_VERIFY(!hovered.isEmpty() && hovered.last().at(0).toInt() == row);
    }
    QCOMPARE(plot.rowAt(QPoint(2, 2)), -1); // a corner far from every point
}

void TestWidgets::scatterRectangleAndLassoSelectExactlyTheEnclosedRows_data()
{
    QTest::addColumn<bool>("lasso");
    QTest::newRow("rectangle") << false;
    QTest::newRow("lasso") << true;
}

void TestWidgets::scatterRectangleAndLassoSelectExactlyTheEnclosedRows()
{
    QFETCH(bool, lasso);
    const ScatterData d;
    EmbeddingScatter plot;
    plot.resize(600, 400);
    plot.show();
    plot.setPoints(d.names, d.xy, d.labels);
    plot.replot();
    plot.setTool(lasso ? EmbeddingScatter::Tool::Lasso : EmbeddingScatter::Tool::Rectangle);
    QSignalSpy selected(&plot, &EmbeddingScatter::selected);
    // Around the points with 1.5 <= x <= 3.5 and 0.5 <= y <= 2.5 of the majority class (x = 2, 3; y = 1, 2).
    const auto at = [&](double x, double y) {
        return QPoint(qRound(plot.xAxis->coordToPixel(x)), qRound(plot.yAxis->coordToPixel(y)));
    };
    QTest::mousePress(&plot, Qt::LeftButton, Qt::NoModifier, at(1.5, 0.5));
    if (lasso) {
        for (const QPoint& p : { at(3.5, 0.5), at(3.5, 2.5), at(1.5, 2.5) }) {
            QMouseEvent move(QEvent::MouseMove, p, plot.mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&plot, &move);
        }
    } else {
        QMouseEvent move(QEvent::MouseMove, at(3.5, 2.5), plot.mapToGlobal(at(3.5, 2.5)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&plot, &move);
    }
    QTest::mouseRelease(&plot, Qt::LeftButton, Qt::NoModifier, lasso ? at(1.5, 2.5) : at(3.5, 2.5));
    QCOMPARE(selected.size(), 1);
    QVector<int> expected;
    for (int r = 0; r < plot.rows(); ++r) {
        const double x = d.xy[2 * r], y = d.xy[2 * r + 1];
        if (x > 1.5 && x < 3.5 && y > 0.5 && y < 2.5) {
            expected << r;
        }
    }
    QCOMPARE(expected.size(), 4);
    QCOMPARE(selected.front().at(0).value<QVector<int>>(), expected);
}

void TestWidgets::galleryHoldsTheGivenSamples()
{
    SampleGallery gallery;
    QImage grey(28, 28, QImage::Format_Grayscale8);
    grey.fill(100);
    const QStringList captions { QStringLiteral("Sample 3"), QStringLiteral("Sample 9"), QStringLiteral("Sample 12") };
    gallery.setSamples({ grey, grey }, captions, { false, true, false });
    QCOMPARE(gallery.count(), 3); // the third has no image yet: its caption is still there
    QCOMPARE(gallery.captions(), captions);
}

void TestWidgets::animatedWebpIsARealAnimation()
{
    if (!animatedWebpAvailable()) {
        QSKIP("built without libwebp-dev");
    }
    QTemporaryDir dir;
    QVector<QImage> frames;
    for (int k = 0; k < 3; ++k) {
        QImage frame(64, 48, QImage::Format_RGB32);
        frame.fill(QColor::fromHsv(k * 100, 200, 200));
        frames << frame;
    }
    const QString path = dir.filePath(QStringLiteral("replay.webp"));
    QCOMPARE(writeAnimatedWebp(frames, 500, path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP");
    QVERIFY(bytes.contains("ANIM"));
    QCOMPARE(bytes.count("ANMF"), 3); // one frame chunk per image
    QVERIFY(!writeAnimatedWebp({}, 500, path).isEmpty());
    QVERIFY(!writeAnimatedWebp(frames, 500, dir.filePath(QStringLiteral("missing/replay.webp"))).isEmpty());
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
