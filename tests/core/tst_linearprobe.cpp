// SPDX-License-Identifier: MIT
// The stage-2 linear probe: separable features are separated whatever their scale and offset, the folded classifier
// equals the fit on standardised features, bad input is refused, and a callback can stop it.
#include "metrics/ClassificationMetrics.h"
#include "train/LinearProbe.h"
#include "util/InputError.h"

#include <QtTest/QtTest>

#include <torch/torch.h>

using namespace aclwb;

namespace {

/// `majority` + `minority` points in `dims` dimensions, the classes separated along the first axis by a margin that
/// is tiny next to a huge common offset: the case where minibatch SGD on raw features predicts only the majority.
struct Blobs {
    torch::Tensor x;
    torch::Tensor y;
};

Blobs separableBlobs(int64_t majority, int64_t minority, int64_t dims, double offset, double scale, uint64_t seed)
{
    auto gen = at::detail::createCPUGenerator(seed);
    torch::Tensor x = torch::randn({ majority + minority, dims }, gen, torch::kDouble);
    torch::Tensor y = torch::cat({ torch::zeros({ majority }, torch::kLong), torch::ones({ minority }, torch::kLong) });
    x.select(1, 0).copy_(torch::where(y == 1, 3.0 + x.select(1, 0).abs(), -3.0 - x.select(1, 0).abs()));
    return { (x * scale + offset).to(torch::kFloat), y };
}

} // namespace

class TestLinearProbe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void separatesImbalancedSeparableFeatures_data();
    void separatesImbalancedSeparableFeatures();
    void foldedClassifierMatchesStandardisedFit();
    void deterministic();
    void multiclass();
    void refusesBadInput();
    void callbackSeesEveryEvaluationAndCanStop();
    void reportsNonConvergence();
    void classWeightsFavourTheMinority();
};

void TestLinearProbe::separatesImbalancedSeparableFeatures_data()
{
    QTest::addColumn<double>("offset");
    QTest::addColumn<double>("scale");
    QTest::newRow("unit") << 0.0 << 1.0;
    QTest::newRow("tiny scale, large offset") << 50.0 << 1e-3;
    QTest::newRow("huge scale") << -7.0 << 1e3;
}

void TestLinearProbe::separatesImbalancedSeparableFeatures()
{
    QFETCH(double, offset);
    QFETCH(double, scale);
    const Blobs train = separableBlobs(1000, 10, 16, offset, scale, 1); // 100:1
    const Blobs test = separableBlobs(500, 50, 16, offset, scale, 2);
    const LinearProbeFit fit = fitLinearProbe(train.x, train.y, 2, LinearProbeOptions());
    QVERIFY(fit.converged);
    QVERIFY2(fit.evaluations < 200, qPrintable(QString::number(fit.evaluations)));
    const ClassificationMetrics m = computeMetrics(torch::addmm(fit.bias, test.x, fit.weight.t()), test.y);
    QCOMPARE(m.balancedAccuracy, 1.0);
}

void TestLinearProbe::foldedClassifierMatchesStandardisedFit()
{
    // The same points standardised by hand give the same logits as the raw points through the folded weights.
    const Blobs raw = separableBlobs(200, 40, 8, 20.0, 0.5, 3);
    const torch::Tensor x64 = raw.x.to(torch::kDouble);
    const torch::Tensor standard = ((x64 - x64.mean(0)) / x64.std(0, false)).to(torch::kFloat);
    const LinearProbeFit a = fitLinearProbe(raw.x, raw.y, 2, LinearProbeOptions().l2(1e-2));
    const LinearProbeFit b = fitLinearProbe(standard, raw.y, 2, LinearProbeOptions().l2(1e-2));
    const torch::Tensor la = torch::addmm(a.bias, raw.x, a.weight.t());
    const torch::Tensor lb = torch::addmm(b.bias, standard, b.weight.t());
    QVERIFY2(torch::allclose(la, lb, 1e-3, 1e-3), qPrintable(QString::number((la - lb).abs().max().item<double>())));
    QVERIFY(std::abs(a.loss - b.loss) < 1e-6);
}

void TestLinearProbe::deterministic()
{
    const Blobs d = separableBlobs(300, 30, 12, 1.0, 2.0, 4);
    const LinearProbeFit a = fitLinearProbe(d.x, d.y, 2, LinearProbeOptions());
    const LinearProbeFit b = fitLinearProbe(d.x, d.y, 2, LinearProbeOptions());
    QVERIFY(torch::equal(a.weight, b.weight));
    QVERIFY(torch::equal(a.bias, b.bias));
    QCOMPARE(a.evaluations, b.evaluations);
}

void TestLinearProbe::multiclass()
{
    // Three Gaussian clusters with a long tail (500 / 50 / 5): each class is found.
    auto gen = at::detail::createCPUGenerator(5);
    const std::vector<int64_t> counts { 500, 50, 5 };
    std::vector<torch::Tensor> xs;
    std::vector<torch::Tensor> ys;
    for (int64_t c = 0; c < 3; ++c) {
        torch::Tensor centre = torch::zeros({ 6 });
        centre[c] = 8.0;
        xs.push_back(torch::randn({ counts[static_cast<size_t>(c)], 6 }, gen) + centre);
        ys.push_back(torch::full({ counts[static_cast<size_t>(c)] }, c, torch::kLong));
    }
    const torch::Tensor x = torch::cat(xs);
    const torch::Tensor y = torch::cat(ys);
    const LinearProbeFit fit = fitLinearProbe(x, y, 3, LinearProbeOptions());
    QVERIFY(fit.converged);
    const ClassificationMetrics m = computeMetrics(torch::addmm(fit.bias, x, fit.weight.t()), y);
    QCOMPARE(m.balancedAccuracy, 1.0);
    QCOMPARE(fit.weight.sizes(), (torch::IntArrayRef { 3, 6 }));
}

void TestLinearProbe::refusesBadInput()
{
    const Blobs d = separableBlobs(20, 5, 4, 0.0, 1.0, 6);
    torch::Tensor nan = d.x.clone();
    nan[3][2] = std::nan("");
    QVERIFY_EXCEPTION_THROWN(fitLinearProbe(nan, d.y, 2, LinearProbeOptions()), InputError);
    QVERIFY_EXCEPTION_THROWN(fitLinearProbe(d.x, d.y + 1, 2, LinearProbeOptions()), InputError); // label 2 of 2
    QVERIFY_EXCEPTION_THROWN(fitLinearProbe(d.x, d.y.slice(0, 0, 10), 2, LinearProbeOptions()), InputError);
    try {
        fitLinearProbe(nan, d.y, 2, LinearProbeOptions());
    } catch (const InputError& e) {
        QVERIFY(std::string(e.what()).find("NaN") != std::string::npos);
    }
}

void TestLinearProbe::callbackSeesEveryEvaluationAndCanStop()
{
    const Blobs d = separableBlobs(300, 30, 12, 1.0, 2.0, 7);
    std::vector<int64_t> seen;
    const LinearProbeFit fit = fitLinearProbe(d.x, d.y, 2, LinearProbeOptions(), [&](int64_t i, double loss) {
        QVERIFY(std::isfinite(loss));
        seen.push_back(i);
    });
    QCOMPARE(static_cast<int64_t>(seen.size()), fit.evaluations);
    for (size_t i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen[i], static_cast<int64_t>(i));
    }
    struct Stop { };
    int64_t calls = 0;
    QVERIFY_EXCEPTION_THROWN(fitLinearProbe(d.x, d.y, 2, LinearProbeOptions(),
                                            [&](int64_t, double) {
                                                if (++calls == 3) {
                                                    throw Stop();
                                                }
                                            }),
                             Stop);
    QCOMPARE(calls, int64_t(3));
}

void TestLinearProbe::reportsNonConvergence()
{
    // Two iterations cannot reach the tolerance from zero; the fit says so instead of claiming convergence.
    const Blobs d = separableBlobs(300, 30, 12, 1.0, 2.0, 8);
    const LinearProbeFit fit = fitLinearProbe(d.x, d.y, 2, LinearProbeOptions().max_iterations(2).l2(0.0));
    QVERIFY(!fit.converged);
    QVERIFY(fit.gradientMax > LinearProbeOptions().tolerance());
    QVERIFY(fit.evaluations <= linearProbeMaxEvaluations(2));
}

void TestLinearProbe::classWeightsFavourTheMinority()
{
    // Overlapping classes at 20:1: unweighted, the boundary sits deep in the minority; inverse-frequency weights
    // move it towards the majority, so minority recall rises and majority recall falls.
    auto gen = at::detail::createCPUGenerator(9);
    const torch::Tensor x = torch::cat({ torch::randn({ 2000, 2 }, gen), torch::randn({ 100, 2 }, gen) + 1.5 });
    const torch::Tensor y = torch::cat({ torch::zeros({ 2000 }, torch::kLong), torch::ones({ 100 }, torch::kLong) });
    const LinearProbeFit plain = fitLinearProbe(x, y, 2, LinearProbeOptions());
    const torch::Tensor w = torch::tensor({ 2100.0 / (2 * 2000), 2100.0 / (2 * 100) });
    const LinearProbeFit weighted = fitLinearProbe(x, y, 2, LinearProbeOptions().class_weights(w));
    const ClassificationMetrics a = computeMetrics(torch::addmm(plain.bias, x, plain.weight.t()), y);
    const ClassificationMetrics b = computeMetrics(torch::addmm(weighted.bias, x, weighted.weight.t()), y);
    QVERIFY2(b.perClassAccuracy[1] > a.perClassAccuracy[1] + 0.2,
             qPrintable(QStringLiteral("%1 -> %2").arg(a.perClassAccuracy[1]).arg(b.perClassAccuracy[1])));
    QVERIFY(b.perClassAccuracy[0] < a.perClassAccuracy[0]);
    QVERIFY(b.balancedAccuracy > a.balancedAccuracy);
    QVERIFY_EXCEPTION_THROWN(fitLinearProbe(x, y, 2, LinearProbeOptions().class_weights(torch::ones({ 3 }))),
                             InputError);
}

QTEST_MAIN(TestLinearProbe)
#include "tst_linearprobe.moc"
