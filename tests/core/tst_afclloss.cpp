// SPDX-License-Identifier: MIT
// The AFCL loss family: values and gradients against independent references, the special cases that break
// naive implementations, the named variants, dtype agreement, and input validation.
#include "loss/AfclFunctional.h"
#include "loss/AfclLoss.h"
#include "loss/LossVariant.h"
#include "support/ReferenceLoss.h"
#include "support/TestData.h"
#include "util/InputError.h"

#include <QtTest/QtTest>

#include <torch/torch.h>

#include <limits>
#include <sstream>

using namespace aclwb;
using aclwb::test::randomLabelledFeatures;
using aclwb::test::referenceLoss;
using aclwb::test::relativeMaxError;

Q_DECLARE_METATYPE(aclwb::LossBackend)

namespace {

AfclLossOptions makeOptions(double gamma, double eta, double tau, bool perAnchor, LossBackend backend)
{
    return AfclLossOptions()
        .gamma(gamma)
        .eta(eta)
        .temperature(tau)
        .normalization(perAnchor ? LossNormalization::Positives : LossNormalization::Batch)
        .backend(backend);
}

struct ValueAndGradient {
    double value = 0;
    torch::Tensor gradient;
};

ValueAndGradient evaluate(const torch::Tensor& features, const torch::Tensor& labels, const AfclLossOptions& options)
{
    torch::Tensor x = features.detach().clone().requires_grad_(true);
    torch::Tensor loss = functional::afclLoss(x, labels, options);
    loss.backward();
    return { loss.item<double>(), x.grad() };
}

ValueAndGradient evaluateReference(const torch::Tensor& features, const torch::Tensor& labels, double gamma, double eta,
                                   double tau, bool perAnchor)
{
    torch::Tensor x = features.detach().clone().to(torch::kDouble).requires_grad_(true);
    torch::Tensor loss = referenceLoss(x, labels, gamma, eta, tau, perAnchor);
    loss.backward();
    return { loss.item<double>(), x.grad() };
}

bool allFinite(const torch::Tensor& t)
{
    return torch::isfinite(t).all().item<bool>();
}

} // namespace

class TestAfclLoss : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    void matchesReference_data();
    void matchesReference();
    void finiteDifferences();
    void variantsMatchScalarDefinition_data();
    void variantsMatchScalarDefinition();
    void anchorWithoutPositive();
    void allLabelsEqual();
    void twoSamplesSameClass();
    void twoSamplesDifferentClasses();
    void nonIntegerGammaIsFinite();
    void dominantNegativeIsClampedNotNan();
    void float32AgreesWithFloat64();
    void upstreamGradientScales();
    void noGradForwardEqualsGradForward();
    void moduleMatchesFunctional();
    void variantNames();
    void runsAreNamedByWhatTheyCompute_data();
    void runsAreNamedByWhatTheyCompute();
    void rejectsInvalidInput_data();
    void rejectsInvalidInput();
};

void TestAfclLoss::matchesReference_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("dim");
    QTest::addColumn<int>("classes");
    QTest::addColumn<double>("gamma");
    QTest::addColumn<double>("eta");
    QTest::addColumn<double>("tau");
    QTest::addColumn<bool>("perAnchor");
    QTest::addColumn<LossBackend>("backend");

    struct Case {
        const char* name;
        int n, dim, classes;
        double gamma, eta, tau;
    };
    const Case cases[] = {
        { "cl", 16, 8, 3, 0.0, 0.0, 0.1 },
        { "fcl", 24, 5, 4, 2.0, 0.0, 0.1 },
        { "acl", 20, 7, 2, 0.0, 10.0, 0.1 },
        { "afcl", 32, 16, 5, 2.0, 10.0, 0.1 },
        { "afcl-gamma-0.5", 17, 3, 3, 0.5, 3.0, 0.5 },
        { "afcl-gamma-2.7", 40, 12, 6, 2.7, 30.0, 0.07 },
        { "afcl-tau-1", 9, 4, 2, 1.0, 1.0, 1.0 },
        { "afcl-binary-imbalanced", 64, 32, 2, 4.0, 100.0, 0.2 },
        { "afcl-many-classes", 50, 10, 20, 1.5, 0.5, 0.1 },
        { "n3", 3, 2, 2, 1.0, 2.0, 0.3 },
    };
    for (const Case& c : cases) {
        for (bool perAnchor : { false, true }) {
            for (LossBackend backend : { LossBackend::FusedCpu, LossBackend::TensorOps }) {
                const QByteArray name = QByteArray(c.name) + (perAnchor ? "/positives" : "/batch")
                    + (backend == LossBackend::FusedCpu ? "/fused" : "/tensor");
                QTest::newRow(name.constData())
                    << c.n << c.dim << c.classes << c.gamma << c.eta << c.tau << perAnchor << backend;
            }
        }
    }
}

void TestAfclLoss::matchesReference()
{
    QFETCH(int, n);
    QFETCH(int, dim);
    QFETCH(int, classes);
    QFETCH(double, gamma);
    QFETCH(double, eta);
    QFETCH(double, tau);
    QFETCH(bool, perAnchor);
    QFETCH(LossBackend, backend);

    const auto data = randomLabelledFeatures(n, dim, classes, 1000 + static_cast<uint64_t>(n * 7 + dim));
    const auto got = evaluate(data.features, data.labels, makeOptions(gamma, eta, tau, perAnchor, backend));
    const auto want = evaluateReference(data.features, data.labels, gamma, eta, tau, perAnchor);
    QVERIFY2(
        std::abs(got.value - want.value) <= 1e-10 * std::abs(want.value),
        qPrintable(QStringLiteral("loss %1 vs reference %2").arg(got.value, 0, 'g', 17).arg(want.value, 0, 'g', 17)));
    const double gradError = relativeMaxError(got.gradient, want.gradient);
    QVERIFY2(gradError <= 1e-9, qPrintable(QStringLiteral("gradient relative error %1").arg(gradError)));
}

void TestAfclLoss::finiteDifferences()
{
    // Central differences in float64 on every coordinate of a small batch: checks the analytic backward
    // without trusting any other gradient.
    const auto data = randomLabelledFeatures(7, 3, 3, 42);
    for (bool perAnchor : { false, true }) {
        const AfclLossOptions options = makeOptions(1.7, 4.0, 0.3, perAnchor, LossBackend::Auto);
        const auto analytic = evaluate(data.features, data.labels, options);
        const double h = 1e-6;
        torch::Tensor numeric = torch::zeros_like(data.features);
        for (int64_t r = 0; r < data.features.size(0); ++r) {
            for (int64_t c = 0; c < data.features.size(1); ++c) {
                torch::Tensor plus = data.features.clone();
                torch::Tensor minus = data.features.clone();
                plus[r][c] += h;
                minus[r][c] -= h;
                const double lp = functional::afclLoss(plus, data.labels, options).item<double>();
                const double lm = functional::afclLoss(minus, data.labels, options).item<double>();
                numeric[r][c] = (lp - lm) / (2 * h);
            }
        }
        const double error = relativeMaxError(analytic.gradient, numeric);
        QVERIFY2(error < 1e-6, qPrintable(QStringLiteral("finite-difference relative error %1").arg(error)));
    }
}

void TestAfclLoss::variantsMatchScalarDefinition_data()
{
    QTest::addColumn<double>("gamma");
    QTest::addColumn<double>("eta");
    QTest::addColumn<bool>("perAnchor");
    for (bool perAnchor : { false, true }) {
        const char* suffix = perAnchor ? "/positives" : "/batch";
        QTest::newRow((std::string("cl") + suffix).c_str()) << 0.0 << 0.0 << perAnchor;
        QTest::newRow((std::string("fcl") + suffix).c_str()) << 2.0 << 0.0 << perAnchor;
        QTest::newRow((std::string("acl") + suffix).c_str()) << 0.0 << 5.0 << perAnchor;
        QTest::newRow((std::string("afcl") + suffix).c_str()) << 0.8 << 5.0 << perAnchor;
    }
}

void TestAfclLoss::variantsMatchScalarDefinition()
{
    QFETCH(double, gamma);
    QFETCH(double, eta);
    QFETCH(bool, perAnchor);
    // Three classes, one of them a singleton (an anchor with no positive).
    const std::vector<std::vector<double>> rows = { { 1, 0.2, -0.3 },  { 0.9, 0.1, 0.0 },  { -0.2, 1.0, 0.4 },
                                                    { 0.1, 0.8, 0.5 }, { 0.3, -0.6, 1.1 }, { -1.0, 0.1, 0.2 } };
    const std::vector<int64_t> labels = { 0, 0, 1, 1, 2, 0 };
    torch::Tensor x = torch::zeros({ 6, 3 }, torch::kDouble);
    for (int64_t r = 0; r < 6; ++r) {
        for (int64_t c = 0; c < 3; ++c) {
            x[r][c] = rows[static_cast<size_t>(r)][static_cast<size_t>(c)];
        }
    }
    const double want = test::scalarLoopLoss(rows, labels, gamma, eta, 0.25, perAnchor);
    for (LossBackend backend : { LossBackend::FusedCpu, LossBackend::TensorOps }) {
        const double got
            = functional::afclLoss(x, torch::tensor(labels), makeOptions(gamma, eta, 0.25, perAnchor, backend))
                  .item<double>();
        QVERIFY2(std::abs(got - want) <= 1e-12 * std::abs(want),
                 qPrintable(QStringLiteral("%1 vs scalar definition %2").arg(got, 0, 'g', 17).arg(want, 0, 'g', 17)));
    }
}

void TestAfclLoss::anchorWithoutPositive()
{
    const auto data = randomLabelledFeatures(5, 4, 1, 3);
    const torch::Tensor labels = torch::tensor({ 0, 0, 1, 0, 2 }, torch::kLong); // classes 1 and 2 are singletons
    for (bool perAnchor : { false, true }) {
        const auto got = evaluate(data.features, labels, makeOptions(2.0, 10.0, 0.1, perAnchor, LossBackend::Auto));
        const auto want = evaluateReference(data.features, labels, 2.0, 10.0, 0.1, perAnchor);
        QVERIFY(std::isfinite(got.value));
        QVERIFY(allFinite(got.gradient));
        QVERIFY(std::abs(got.value - want.value) <= 1e-10 * std::abs(want.value));
        QVERIFY(relativeMaxError(got.gradient, want.gradient) < 1e-9);
    }
}

void TestAfclLoss::allLabelsEqual()
{
    const auto data = randomLabelledFeatures(12, 6, 1, 4);
    for (bool perAnchor : { false, true }) {
        const auto got
            = evaluate(data.features, data.labels, makeOptions(2.0, 10.0, 0.1, perAnchor, LossBackend::Auto));
        const auto want = evaluateReference(data.features, data.labels, 2.0, 10.0, 0.1, perAnchor);
        QVERIFY(std::isfinite(got.value) && allFinite(got.gradient));
        QVERIFY(std::abs(got.value - want.value) <= 1e-10 * std::abs(want.value));
        QVERIFY(relativeMaxError(got.gradient, want.gradient) < 1e-9);
    }
}

void TestAfclLoss::twoSamplesSameClass()
{
    // N = 2, one class: p_12 = 1, so log p = 0 and (1 - p)^gamma = 0: loss 0 and gradient 0 (not NaN).
    const torch::Tensor x = torch::tensor({ { 1.0, 2.0 }, { -0.5, 0.3 } }, torch::kDouble);
    const torch::Tensor y = torch::tensor({ 3, 3 }, torch::kLong);
    for (double gamma : { 0.0, 0.5, 2.0 }) {
        for (LossBackend backend : { LossBackend::FusedCpu, LossBackend::TensorOps }) {
            const auto got = evaluate(x, y, makeOptions(gamma, 10.0, 0.1, false, backend));
            QCOMPARE(got.value, 0.0);
            QVERIFY(allFinite(got.gradient));
            QCOMPARE(got.gradient.abs().max().item<double>(), 0.0);
        }
    }
}

void TestAfclLoss::twoSamplesDifferentClasses()
{
    // N = 2, two classes: p_12 = 1 for a negative pair, log(1 - p) = -inf mathematically. The documented guard
    // clamps 1 - p at the dtype's epsilon: loss = eta * (-log eps) / N, gradient 0 where it clamps.
    const torch::Tensor x = torch::tensor({ { 1.0, 2.0 }, { -0.5, 0.3 } }, torch::kDouble);
    const torch::Tensor y = torch::tensor({ 0, 1 }, torch::kLong);
    const double eta = 3.0;
    const double want = eta * -std::log(std::numeric_limits<double>::epsilon()) / 2.0;
    for (LossBackend backend : { LossBackend::FusedCpu, LossBackend::TensorOps }) {
        const auto got = evaluate(x, y, makeOptions(1.0, eta, 0.1, false, backend));
        QVERIFY(std::isfinite(got.value));
        QVERIFY(std::abs(got.value - want) < 1e-12 * want);
        QVERIFY(allFinite(got.gradient));
    }
}

void TestAfclLoss::nonIntegerGammaIsFinite()
{
    // The authors' code returns NaN for non-integer gamma (pow of a negative rounding error); we must not.
    // Near-duplicate positives push p towards 1 where (1 - p)^0.3 has an unbounded derivative.
    torch::Tensor x = torch::tensor({ { 1.0, 0.0 }, { 1.0, 1e-9 }, { 0.0, 1.0 }, { -1.0, 0.1 } }, torch::kDouble);
    const torch::Tensor y = torch::tensor({ 0, 0, 1, 1 }, torch::kLong);
    for (double gamma : { 0.3, 0.5, 1.5, 2.5 }) {
        for (LossBackend backend : { LossBackend::FusedCpu, LossBackend::TensorOps }) {
            const auto got = evaluate(x, y, makeOptions(gamma, 1.0, 0.02, false, backend));
            QVERIFY2(std::isfinite(got.value) && allFinite(got.gradient), qPrintable(QString::number(gamma)));
            QVERIFY(got.value > 0);
        }
    }
}

void TestAfclLoss::dominantNegativeIsClampedNotNan()
{
    // A negative that is (almost) the anchor's only neighbour at a low temperature: 1 - p underflows.
    torch::Tensor x = torch::tensor({ { 1.0, 0.0 }, { 1.0, 1e-12 }, { -1.0, 0.0 }, { -1.0, 1e-12 } }, torch::kFloat);
    const torch::Tensor y = torch::tensor({ 0, 1, 0, 1 }, torch::kLong);
    for (LossBackend backend : { LossBackend::FusedCpu, LossBackend::TensorOps }) {
        const auto got = evaluate(x, y, makeOptions(2.0, 10.0, 0.001, true, backend));
        QVERIFY(std::isfinite(got.value));
        QVERIFY(allFinite(got.gradient));
    }
}

void TestAfclLoss::float32AgreesWithFloat64()
{
    const auto data = randomLabelledFeatures(200, 32, 4, 11);
    for (LossBackend backend : { LossBackend::FusedCpu, LossBackend::TensorOps }) {
        const AfclLossOptions options = makeOptions(2.0, 10.0, 0.1, false, backend);
        const auto f64 = evaluate(data.features, data.labels, options);
        const auto f32 = evaluate(data.features.to(torch::kFloat), data.labels, options);
        QVERIFY2(std::abs(f32.value - f64.value) <= 1e-5 * std::abs(f64.value),
                 qPrintable(QStringLiteral("%1 vs %2").arg(f32.value).arg(f64.value)));
        QCOMPARE(f32.gradient.scalar_type(), torch::kFloat);
        const double error = relativeMaxError(f32.gradient, f64.gradient);
        QVERIFY2(error < 1e-4, qPrintable(QStringLiteral("gradient relative error %1").arg(error)));
    }
}

void TestAfclLoss::upstreamGradientScales()
{
    const auto data = randomLabelledFeatures(10, 4, 2, 5);
    const AfclLossOptions options = makeOptions(2.0, 1.0, 0.1, false, LossBackend::Auto);
    const auto once = evaluate(data.features, data.labels, options);
    torch::Tensor x = data.features.clone().requires_grad_(true);
    (functional::afclLoss(x, data.labels, options) * 3.0).backward();
    QVERIFY(relativeMaxError(x.grad(), once.gradient * 3.0) < 1e-14);
}

void TestAfclLoss::noGradForwardEqualsGradForward()
{
    const auto data = randomLabelledFeatures(30, 8, 3, 6);
    const AfclLossOptions options = makeOptions(2.0, 10.0, 0.1, false, LossBackend::Auto);
    const auto withGrad = evaluate(data.features, data.labels, options);
    torch::NoGradGuard noGrad;
    const double value = functional::afclLoss(data.features, data.labels, options).item<double>();
    QCOMPARE(value, withGrad.value);
}

void TestAfclLoss::moduleMatchesFunctional()
{
    const auto data = randomLabelledFeatures(20, 5, 3, 8);
    AfclLoss criterion(AfclLossOptions().gamma(1.0).eta(2.0).temperature(0.2));
    const double viaModule = criterion(data.features, data.labels).item<double>();
    const double viaFunctional = functional::afclLoss(data.features, data.labels, criterion->options).item<double>();
    QCOMPARE(viaModule, viaFunctional);
    std::ostringstream printed;
    criterion->pretty_print(printed);
    QVERIFY(printed.str().find("variant=afcl") != std::string::npos);
    QVERIFY_EXCEPTION_THROWN(AfclLoss(AfclLossOptions().temperature(0.0)), InputError);
}

void TestAfclLoss::variantNames()
{
    QVERIFY(classifyVariant(0, 0) == LossVariant::CL);
    QVERIFY(classifyVariant(2, 0) == LossVariant::FCL);
    QVERIFY(classifyVariant(0, 3) == LossVariant::ACL);
    QVERIFY(classifyVariant(0.5, 3) == LossVariant::AFCL);
    QVERIFY(parseLossVariant("AFCL") == LossVariant::AFCL);
    QVERIFY_EXCEPTION_THROWN(parseLossVariant("focal"), InputError);
    QVERIFY(parseNormalization("positives") == LossNormalization::Positives);
    QVERIFY_EXCEPTION_THROWN(parseNormalization("mean"), InputError);
}

void TestAfclLoss::runsAreNamedByWhatTheyCompute_data()
{
    QTest::addColumn<QString>("loss");
    QTest::addColumn<double>("gamma");
    QTest::addColumn<double>("eta");
    QTest::addColumn<QString>("name");
    // afcl with gamma = eta = 0 was listed as "afcl" although it computes CL.
    QTest::newRow("afcl = cl") << QStringLiteral("afcl") << 0.0 << 0.0 << QStringLiteral("afcl (= CL)");
    QTest::newRow("afcl = fcl") << QStringLiteral("afcl") << 2.0 << 0.0 << QStringLiteral("afcl (= FCL)");
    QTest::newRow("afcl = acl") << QStringLiteral("afcl") << 0.0 << 10.0 << QStringLiteral("afcl (= ACL)");
    QTest::newRow("afcl") << QStringLiteral("afcl") << 2.0 << 10.0 << QStringLiteral("afcl");
    QTest::newRow("fcl = cl") << QStringLiteral("fcl") << 0.0 << 0.0 << QStringLiteral("fcl (= CL)");
    QTest::newRow("fcl") << QStringLiteral("fcl") << 0.5 << 0.0 << QStringLiteral("fcl");
    QTest::newRow("acl = cl") << QStringLiteral("acl") << 0.0 << 0.0 << QStringLiteral("acl (= CL)");
    QTest::newRow("acl") << QStringLiteral("acl") << 0.0 << 3.0 << QStringLiteral("acl");
    QTest::newRow("cl") << QStringLiteral("cl") << 0.0 << 0.0 << QStringLiteral("cl");
    QTest::newRow("ce") << QStringLiteral("ce") << 0.0 << 0.0 << QStringLiteral("ce"); // not of the family
    QTest::newRow("ce-weighted") << QStringLiteral("ce-weighted") << 2.0 << 0.0 << QStringLiteral("ce-weighted");
}

void TestAfclLoss::runsAreNamedByWhatTheyCompute()
{
    QFETCH(QString, loss);
    QFETCH(double, gamma);
    QFETCH(double, eta);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(effectiveLossName(loss.toStdString(), gamma, eta)), name);
}

void TestAfclLoss::rejectsInvalidInput_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("negative gamma") << 0 << QStringLiteral("gamma");
    QTest::newRow("negative eta") << 1 << QStringLiteral("eta");
    QTest::newRow("zero temperature") << 2 << QStringLiteral("temperature");
    QTest::newRow("nan temperature") << 3 << QStringLiteral("temperature");
    QTest::newRow("1-D features") << 4 << QStringLiteral("2-D");
    QTest::newRow("one row") << 5 << QStringLiteral("at least 2 rows");
    QTest::newRow("label count") << 6 << QStringLiteral("labels");
    QTest::newRow("float labels") << 7 << QStringLiteral("integers");
    QTest::newRow("nan feature") << 8 << QStringLiteral("row 2");
    QTest::newRow("integer features") << 9 << QStringLiteral("float32 or float64");
}

void TestAfclLoss::rejectsInvalidInput()
{
    QFETCH(int, which);
    QFETCH(QString, mentions);
    torch::Tensor x = torch::randn({ 4, 3 }, torch::kDouble);
    torch::Tensor y = torch::tensor({ 0, 1, 0, 1 }, torch::kLong);
    AfclLossOptions options;
    switch (which) {
    case 0: options.gamma(-1); break;
    case 1: options.eta(-0.5); break;
    case 2: options.temperature(0); break;
    case 3: options.temperature(std::numeric_limits<double>::quiet_NaN()); break;
    case 4: x = torch::randn({ 4 }, torch::kDouble); break;
    case 5:
        x = torch::randn({ 1, 3 }, torch::kDouble);
        y = torch::tensor({ 0 }, torch::kLong);
        break;
    case 6: y = torch::tensor({ 0, 1, 0 }, torch::kLong); break;
    case 7: y = torch::tensor({ 0.0, 1.0, 0.0, 1.0 }); break;
    case 8: x[2][1] = std::numeric_limits<double>::quiet_NaN(); break;
    case 9: x = torch::ones({ 4, 3 }, torch::kLong); break;
    default: QFAIL("unknown case");
    }
    try {
        functional::afclLoss(x, y, options);
        QFAIL("no exception");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
    }
}

QTEST_MAIN(TestAfclLoss)
#include "tst_afclloss.moc"
