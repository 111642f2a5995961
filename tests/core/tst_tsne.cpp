// SPDX-License-Identifier: MIT
// t-SNE: cluster separation, KL decrease, determinism, exact vs Barnes-Hut agreement, the iterable API and
// cancellation, quality measures against hand-computed values, and refusals.
#include "embed/EmbeddingQuality.h"
#include "embed/Pca.h"
#include "embed/Tsne.h"
#include "util/InputError.h"

#include <QtTest/QtTest>

#include <torch/torch.h>

using namespace aclwb;

namespace {

struct Clusters {
    torch::Tensor x;
    torch::Tensor y;
};

/// `classes` Gaussian clusters in `dim` dimensions, sizes falling 4:1 (imbalanced, like our embeddings).
Clusters clusters(int64_t perClass, int64_t classes, int64_t dim, uint64_t seed)
{
    torch::Generator g = torch::make_generator<torch::CPUGeneratorImpl>(seed);
    std::vector<torch::Tensor> xs;
    std::vector<int64_t> ys;
    for (int64_t c = 0; c < classes; ++c) {
        const int64_t n = std::max<int64_t>(8, perClass - c * perClass / (classes + 1));
        const torch::Tensor centre = torch::randn({ 1, dim }, g, torch::kDouble) * 6.0;
        xs.push_back(centre + torch::randn({ n, dim }, g, torch::kDouble));
        ys.insert(ys.end(), static_cast<size_t>(n), c);
    }
    return { torch::cat(xs), torch::tensor(ys, torch::kLong) };
}

} // namespace

class TestTsne : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }
    void separatesClusters_data();
    void separatesClusters();
    void klDecreases();
    void klEstimateFollowsExactKl_data();
    void klEstimateFollowsExactKl();
    void sameSeedSameLayout();
    void barnesHutWithThetaZeroMatchesExact();
    void iterableStepsAndCancel();
    void trustworthinessHandComputed();
    void knnAccuracyOnSeparatedData();
    void pcaFindsTheMainAxis();
    void degenerateInput_data();
    void degenerateInput();
    void warmStartStaysCloseAndLowersKl();
    void warmStartPlacesNewPoints();
    void refusals_data();
    void refusals();
};

void TestTsne::separatesClusters_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("exact") << static_cast<int>(TsneMethod::Exact);
    QTest::newRow("barnes-hut") << static_cast<int>(TsneMethod::BarnesHut);
}

void TestTsne::separatesClusters()
{
    QFETCH(int, method);
    const Clusters c = clusters(80, 4, 20, 1);
    Tsne tsne(c.x, TsneOptions().perplexity(15).iterations(500).method(static_cast<TsneMethod>(method)));
    tsne.step(500);
    QVERIFY(tsne.finished());
    const torch::Tensor layout = tsne.layout();
    QCOMPARE(layout.sizes(), (torch::IntArrayRef { c.x.size(0), 2 }));
    const double inLayout = knnAccuracy(layout, c.y, 10);
    const double inOriginal = knnAccuracy(c.x, c.y, 10);
    QVERIFY2(inLayout >= inOriginal - 0.02 && inLayout > 0.95,
             qPrintable(QStringLiteral("kNN accuracy layout %1, original %2").arg(inLayout).arg(inOriginal)));
    QVERIFY(trustworthiness(c.x, layout, 10) > 0.9);
}

void TestTsne::klDecreases()
{
    const Clusters c = clusters(60, 3, 10, 2);
    Tsne tsne(c.x, TsneOptions().perplexity(10).iterations(600).method(TsneMethod::BarnesHut));
    tsne.step(300);
    const double early = tsne.klDivergence();
    tsne.step(300);
    const double late = tsne.klDivergence();
    QVERIFY2(late < early, qPrintable(QStringLiteral("KL %1 -> %2").arg(early).arg(late)));
    QVERIFY(late > 0);
}

void TestTsne::klEstimateFollowsExactKl_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("barnes-hut") << static_cast<int>(TsneMethod::BarnesHut);
    QTest::newRow("exact") << static_cast<int>(TsneMethod::Exact);
}

void TestTsne::klEstimateFollowsExactKl()
{
    // The GUI shows the estimate on every animation frame: it must track the exact KL as the layout converges.
    QFETCH(int, method);
    const Clusters c = clusters(70, 3, 10, 5);
    Tsne tsne(c.x, TsneOptions().perplexity(10).iterations(600).method(static_cast<TsneMethod>(method)));
    QCOMPARE(tsne.klDivergenceEstimate(), tsne.klDivergence()); // before any iteration: the exact value
    for (int64_t done : { 300, 300 }) {
        tsne.step(done);
        const double exact = tsne.klDivergence();
        const double estimate = tsne.klDivergenceEstimate();
        QVERIFY2(std::abs(estimate - exact) < 0.03 * exact,
                 qPrintable(QStringLiteral("at %1: estimate %2, exact %3").arg(tsne.iteration()).arg(estimate).arg(exact)));
    }
}

void TestTsne::sameSeedSameLayout()
{
    const Clusters c = clusters(50, 3, 8, 3);
    for (bool pca : { true, false }) {
        Tsne a(c.x, TsneOptions().perplexity(10).iterations(200).pca_init(pca).seed(5));
        Tsne b(c.x, TsneOptions().perplexity(10).iterations(200).pca_init(pca).seed(5));
        a.step(200);
        b.step(200);
        QVERIFY(torch::equal(a.layout(), b.layout()));
    }
    Tsne a(c.x, TsneOptions().perplexity(10).iterations(50).pca_init(false).seed(5));
    Tsne b(c.x, TsneOptions().perplexity(10).iterations(50).pca_init(false).seed(6));
    QVERIFY(!torch::equal(a.layout(), b.layout()));
}

void TestTsne::barnesHutWithThetaZeroMatchesExact()
{
    // With theta = 0 Barnes-Hut visits every point: its gradient is the exact one. t-SNE amplifies rounding over
    // many iterations, so compare a few steps from the same start (the first moves every point).
    const Clusters c = clusters(30, 3, 6, 4);
    Tsne exact(c.x, TsneOptions().perplexity(8).iterations(300).method(TsneMethod::Exact));
    Tsne tree(c.x, TsneOptions().perplexity(8).iterations(300).method(TsneMethod::BarnesHut).theta(0.0));
    exact.step(5);
    tree.step(5);
    const double difference = (exact.layout() - tree.layout()).abs().max().item<double>();
    const double scale = exact.layout().abs().max().item<double>();
    // Barnes-Hut sums in float32: agreement to 1e-4 of the layout's scale (a wrong gradient is off by O(1)).
    QVERIFY2(difference < 1e-4 * scale,
             qPrintable(QStringLiteral("max difference %1 at scale %2").arg(difference).arg(scale)));
    // With theta = 0.5 it is an approximation; its optima must be about as good. t-SNE is chaotic (any change in
    // rounding ends in another local optimum), so compare the mean KL over five seeds, not one run's positions.
    double exactKl = 0.0;
    double approxKl = 0.0;
    for (uint64_t seed = 1; seed <= 5; ++seed) {
        Tsne e(c.x, TsneOptions().perplexity(8).iterations(300).method(TsneMethod::Exact).seed(seed).pca_init(false));
        Tsne a(c.x,
               TsneOptions().perplexity(8).iterations(300).method(TsneMethod::BarnesHut).theta(0.5).seed(seed).pca_init(
                   false));
        e.step(300);
        a.step(300);
        exactKl += e.klDivergence() / 5.0;
        approxKl += a.klDivergence() / 5.0;
    }
    QVERIFY2(approxKl < 1.1 * exactKl,
             qPrintable(QStringLiteral("mean KL %1 (theta 0.5) vs %2 (exact)").arg(approxKl).arg(exactKl)));
}

void TestTsne::iterableStepsAndCancel()
{
    const Clusters c = clusters(40, 2, 5, 6);
    Tsne tsne(c.x, TsneOptions().perplexity(8).iterations(120));
    torch::Tensor previous = tsne.layout();
    int calls = 0;
    while (!tsne.finished()) {
        QCOMPARE(tsne.step(50), std::min<int64_t>(50, 120 - 50 * calls));
        const torch::Tensor now = tsne.layout();
        QVERIFY(!torch::equal(now, previous)); // each chunk moves the layout
        previous = now;
        ++calls;
    }
    QCOMPARE(calls, 3);
    QCOMPARE(tsne.iteration(), int64_t(120));
    QCOMPARE(tsne.step(10), int64_t(0));

    std::atomic<bool> cancel { true };
    Tsne stopped(c.x, TsneOptions().perplexity(8).iterations(100));
    stopped.setCancelFlag(&cancel);
    QCOMPARE(stopped.step(100), int64_t(0));
    cancel.store(false);
    QCOMPARE(stopped.step(10), int64_t(10));
}

void TestTsne::trustworthinessHandComputed()
{
    // 1-D points 0 1 3 7 15 31; the layout swaps the second and third. With k = 1, points 0..3 each get a layout
    // neighbour of original rank 2 (penalty 1 each): T = 1 - 2 / (6 * 1 * (12 - 3 - 1)) * 4 = 5/6.
    const torch::Tensor x = torch::tensor({ 0.0, 1.0, 3.0, 7.0, 15.0, 31.0 }, torch::kDouble).unsqueeze(1);
    const torch::Tensor y = torch::tensor({ 0.0, 3.0, 1.0, 7.0, 15.0, 31.0 }, torch::kDouble).unsqueeze(1);
    QVERIFY(std::abs(trustworthiness(x, y, 1) - 5.0 / 6.0) < 1e-12);
    QCOMPARE(trustworthiness(x, x, 2), 1.0);
}

void TestTsne::knnAccuracyOnSeparatedData()
{
    const torch::Tensor x = torch::tensor({ 0.0, 0.1, 0.2, 0.3, 10.0, 10.1, 10.2, 10.3 }, torch::kDouble).unsqueeze(1);
    const torch::Tensor y = torch::tensor({ 0, 0, 0, 0, 1, 1, 1, 1 }, torch::kLong);
    QCOMPARE(knnAccuracy(x, y, 3), 1.0);
    QCOMPARE(knnAccuracy(x, torch::tensor({ 0, 1, 0, 1, 0, 1, 0, 1 }, torch::kLong), 1) < 0.5, true);
}

void TestTsne::pcaFindsTheMainAxis()
{
    torch::Generator g = torch::make_generator<torch::CPUGeneratorImpl>(9);
    const torch::Tensor t = torch::randn({ 200, 1 }, g, torch::kDouble) * 10;
    const torch::Tensor x = torch::cat({ t, 2 * t, torch::randn({ 200, 1 }, g, torch::kDouble) * 0.01 }, 1);
    const torch::Tensor p = pcaProject(x, 2);
    QCOMPARE(p.sizes(), (torch::IntArrayRef { 200, 2 }));
    QVERIFY(p.select(1, 0).var().item<double>() > 1000 * p.select(1, 1).var().item<double>());
    QVERIFY(torch::equal(pcaProject(x, 2), p)); // deterministic, signs included
}

void TestTsne::refusals_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("three rows") << 0 << QStringLiteral("at least 4 rows");
    QTest::newRow("nan") << 1 << QStringLiteral("NaN");
    QTest::newRow("perplexity too large") << 2 << QStringLiteral("perplexity");
    QTest::newRow("fft") << 3 << QStringLiteral("not implemented");
    QTest::newRow("negative theta") << 4 << QStringLiteral("theta");
    QTest::newRow("all rows identical") << 5 << QStringLiteral("all 20 points are identical");
}

void TestTsne::refusals()
{
    QFETCH(int, which);
    QFETCH(QString, mentions);
    torch::Tensor x = torch::randn({ 20, 3 }, torch::kDouble);
    TsneOptions o = TsneOptions().perplexity(5);
    try {
        switch (which) {
        case 0: Tsne(torch::randn({ 3, 3 }), o); break;
        case 1:
            x[4][1] = std::nan("");
            Tsne(x, o);
            break;
        case 2: Tsne(x, TsneOptions().perplexity(7)); break;
        case 3: parseTsneMethod("fft"); break;
        case 4: Tsne(x, o.theta(-1)); break;
        case 5: Tsne(torch::ones({ 20, 3 }, torch::kDouble) * 7.0, o); break;
        default: QFAIL("unknown case");
        }
        QFAIL("no exception");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
    }
}

void TestTsne::degenerateInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("method");
    QTest::newRow("huge values, exact") << QStringLiteral("huge") << static_cast<int>(TsneMethod::Exact);
    QTest::newRow("values 1e200, exact") << QStringLiteral("huger") << static_cast<int>(TsneMethod::Exact);
    QTest::newRow("many duplicates, barnes-hut")
        << QStringLiteral("duplicates") << static_cast<int>(TsneMethod::BarnesHut);
    QTest::newRow("many duplicates, exact") << QStringLiteral("duplicates") << static_cast<int>(TsneMethod::Exact);
    QTest::newRow("one varying column") << QStringLiteral("onecolumn") << static_cast<int>(TsneMethod::Exact);
}

void TestTsne::degenerateInput()
{
    // Inputs that once gave an all-NaN layout: the layout and KL must be finite and the clusters still found.
    QFETCH(QString, kind);
    QFETCH(int, method);
    Clusters c = clusters(60, 3, 5, 3);
    if (kind == QStringLiteral("huge")) {
        c.x = c.x * 1e160;
    } else if (kind == QStringLiteral("huger")) {
        c.x = c.x * 1e200;
    } else if (kind == QStringLiteral("duplicates")) {
        // Each run of 5 rows collapsed onto its first (class sizes are multiples of 5): 4 in 5 rows are duplicates.
        const torch::Tensor rows = torch::arange(c.x.size(0));
        c.x = c.x.index({ rows - rows.remainder(5) });
        c.x = c.x.repeat({ method == static_cast<int>(TsneMethod::BarnesHut) ? 7 : 1, 1 });
        c.y = c.y.repeat({ method == static_cast<int>(TsneMethod::BarnesHut) ? 7 : 1 });
    } else {
        c.x.narrow(1, 1, 4).zero_();
    }
    Tsne tsne(c.x, TsneOptions().perplexity(5).iterations(500).method(static_cast<TsneMethod>(method)));
    tsne.step(500);
    const torch::Tensor layout = tsne.layout();
    QVERIFY(torch::isfinite(layout).all().item<bool>());
    QVERIFY(std::isfinite(tsne.klDivergence()));
    // The classes are found as well as in the original space (the layout is not just finite but meaningful).
    const double inLayout = knnAccuracy(layout, c.y, 10);
    const double inOriginal = knnAccuracy(c.x, c.y, 10);
    // (Exact duplicates tie in the kNN count; a single varying column is only checked for a finite layout.)
    const double slack = kind == QStringLiteral("duplicates") ? 0.1 : kind == QStringLiteral("onecolumn") ? 1.0 : 0.05;
    QVERIFY2(
        inLayout >= inOriginal - slack,
        qPrintable(QStringLiteral("%1: kNN accuracy layout %2, original %3").arg(kind).arg(inLayout).arg(inOriginal)));
}

namespace {

/// Procrustes distance: the residual of the best rotation, reflection and scale of `b` onto `a`, both centred and
/// scaled to unit Frobenius norm (0: the same picture, 1: unrelated).
double procrustes(torch::Tensor a, torch::Tensor b)
{
    a = a - a.mean(0);
    b = b - b.mean(0);
    a = a / a.norm();
    b = b / b.norm();
    const torch::Tensor singular = torch::linalg::svdvals(a.t().mm(b), c10::nullopt);
    return 1.0 - std::pow(singular.sum().item<double>(), 2);
}

} // namespace

void TestTsne::warmStartStaysCloseAndLowersKl()
{
    const Clusters c = clusters(60, 4, 10, 2);
    Tsne cold(c.x, TsneOptions().perplexity(10).iterations(600).method(TsneMethod::Exact));
    cold.step(600);
    const torch::Tensor converged = cold.layout();
    // The next "epoch": the same points slightly moved, started from the converged layout without exaggeration.
    torch::Generator g = torch::make_generator<torch::CPUGeneratorImpl>(9);
    const torch::Tensor moved = c.x + 0.05 * torch::randn(c.x.sizes(), g, torch::kDouble);
    TsneWarmStart warm;
    for (int64_t i = 0; i < c.x.size(0); ++i) {
        warm.previousIndices.push_back(i);
        warm.indices.push_back(i);
    }
    warm.previousLayout = cold.coordinates();
    Tsne next(moved,
              TsneOptions().perplexity(10).iterations(200).early_exaggeration_iterations(0).method(TsneMethod::Exact),
              warm);
    QVERIFY(torch::equal(next.layout(), converged)); // it starts exactly where the last one ended
    const double klStart = next.klDivergence();
    next.step(200);
    QVERIFY2(next.klDivergence() <= klStart,
             qPrintable(QStringLiteral("KL %1 -> %2").arg(klStart).arg(next.klDivergence())));
    const double distance = procrustes(converged, next.layout());
    QVERIFY2(distance < 0.05, qPrintable(QStringLiteral("Procrustes distance %1").arg(distance)));
    // A cold start on the moved data lands somewhere else entirely (the jump warm starts avoid).
    Tsne again(moved, TsneOptions().perplexity(10).iterations(600).method(TsneMethod::Exact).pca_init(false).seed(5));
    again.step(600);
    QVERIFY(procrustes(converged, again.layout()) > distance);
}

void TestTsne::warmStartPlacesNewPoints()
{
    // Rows without a previous position start at their nearest matched neighbour's position (jittered).
    const Clusters c = clusters(30, 2, 5, 4);
    const int64_t n = c.x.size(0);
    TsneWarmStart warm;
    for (int64_t i = 0; i < n; ++i) {
        warm.indices.push_back(1000 + i);
        if (i % 5 != 0) {
            warm.previousIndices.push_back(1000 + i);
            warm.previousLayout.push_back(c.y[i].item<double>() * 10.0); // class 0 at x = 0, class 1 at x = 10
            warm.previousLayout.push_back(0.0);
        }
    }
    Tsne tsne(c.x, TsneOptions().perplexity(5).iterations(10), warm);
    const torch::Tensor start = tsne.layout();
    for (int64_t i = 0; i < n; i += 5) {
        QVERIFY2(std::abs(start[i][0].item<double>() - c.y[i].item<double>() * 10.0) < 0.1,
                 qPrintable(QStringLiteral("new point %1 started at %2").arg(i).arg(start[i][0].item<double>())));
    }
    warm.indices.pop_back();
    QVERIFY_EXCEPTION_THROWN(Tsne(c.x, TsneOptions().perplexity(5), warm), InputError);
}

QTEST_MAIN(TestTsne)
#include "tst_tsne.moc"
