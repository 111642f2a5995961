// SPDX-License-Identifier: MIT
// Classification metrics against values computed by hand, and run configs: round trip, presets, refusals.
#include "metrics/ClassificationMetrics.h"
#include "train/LearningRate.h"
#include "train/TrainConfig.h"
#include "util/InputError.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>
#include <torch/torch.h>

using namespace aclwb;

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handComputedThreeClasses();
    void binaryRocAucWithTies();
    void absentClassLeftOutOfMeans();
    void configRoundTrip();
    void configRefusals_data();
    void configRefusals();
    void presets();
    void learningRateSchedule();
};

void TestMetrics::handComputedThreeClasses()
{
    // true:      0 0 0 0 1 1 2
    // predicted: 0 0 0 1 1 2 2
    const torch::Tensor labels = torch::tensor({ 0, 0, 0, 0, 1, 1, 2 }, torch::kLong);
    const torch::Tensor predicted = torch::tensor({ 0, 0, 0, 1, 1, 2, 2 }, torch::kLong);
    const torch::Tensor logits = torch::one_hot(predicted, 3).to(torch::kFloat);
    const ClassificationMetrics m = computeMetrics(logits, labels);
    QCOMPARE(m.samples, int64_t(7));
    QCOMPARE(m.accuracy, 5.0 / 7.0);
    QCOMPARE(m.perClassAccuracy, (std::vector<double> { 0.75, 0.5, 1.0 }));
    QCOMPARE(m.balancedAccuracy, (0.75 + 0.5 + 1.0) / 3.0);
    QCOMPARE(m.confusion, (std::vector<std::vector<int64_t>> { { 3, 1, 0 }, { 0, 1, 1 }, { 0, 0, 1 } }));
    // F1: class 0 p=1 r=.75 -> 6/7; class 1 p=.5 r=.5 -> .5; class 2 p=.5 r=1 -> 2/3.
    QVERIFY(std::abs(m.macroF1 - (6.0 / 7.0 + 0.5 + 2.0 / 3.0) / 3.0) < 1e-12);
    QVERIFY(!m.rocAuc.has_value());
}

void TestMetrics::binaryRocAucWithTies()
{
    // Positives scored 0.9, 0.5; negatives 0.5, 0.1: pairs (0.9>0.5, 0.9>0.1, 0.5=0.5 -> 1/2, 0.5>0.1) = 3.5/4.
    QCOMPARE(*rocAuc({ 0.9, 0.5, 0.5, 0.1 }, { 1, 1, 0, 0 }), 3.5 / 4.0);
    QVERIFY(!rocAuc({ 0.2, 0.3 }, { 1, 1 }).has_value());
    const torch::Tensor logits = torch::tensor({ { 0.0, 2.0 }, { 0.0, -1.0 }, { 0.0, 1.0 }, { 0.0, -2.0 } });
    const ClassificationMetrics m = computeMetrics(logits, torch::tensor({ 1, 0, 0, 1 }, torch::kLong));
    QVERIFY(m.rocAuc.has_value());
    QCOMPARE(*m.rocAuc, 0.5); // positive scores rank 4 and 1 of 4
}

void TestMetrics::absentClassLeftOutOfMeans()
{
    const torch::Tensor logits = torch::one_hot(torch::tensor({ 0, 0, 1 }, torch::kLong), 3).to(torch::kFloat);
    const ClassificationMetrics m = computeMetrics(logits, torch::tensor({ 0, 0, 1 }, torch::kLong));
    QCOMPARE(m.balancedAccuracy, 1.0);
    QCOMPARE(m.perClassAccuracy.size(), size_t(3));
}

void TestMetrics::configRoundTrip()
{
    TrainConfig c;
    c.classes = { 0, 6 };
    c.loss = "fcl";
    c.gamma = 2.5;
    c.seed = 77;
    c.balancedSampler = true;
    const nlohmann::json j = c;
    TrainConfig back;
    from_json(j, back);
    QCOMPARE(nlohmann::json(back).dump(), j.dump());
    QVERIFY_EXCEPTION_THROWN(from_json(nlohmann::json { { "gama", 2 } }, back), InputError);
    QVERIFY_EXCEPTION_THROWN(from_json(nlohmann::json { { "gamma", "two" } }, back), InputError);
}

void TestMetrics::configRefusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("cl with gamma") << QStringLiteral("gamma") << QStringLiteral("cl");
    QTest::newRow("fcl with eta") << QStringLiteral("eta") << QStringLiteral("fcl");
    QTest::newRow("unknown loss") << QStringLiteral("loss") << QStringLiteral("focal");
    QTest::newRow("batch size 1") << QStringLiteral("batch-size") << QString();
    QTest::newRow("bad encoder") << QStringLiteral("encoder") << QString();
    QTest::newRow("views 3") << QStringLiteral("views") << QString();
    QTest::newRow("balanced probe with ce") << QStringLiteral("linear_balanced") << QStringLiteral("ce");
}

void TestMetrics::configRefusals()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    TrainConfig c;
    if (key == QStringLiteral("gamma")) {
        c.loss = value.toStdString();
        c.gamma = 2;
    } else if (key == QStringLiteral("eta")) {
        c.loss = value.toStdString();
        c.eta = 1;
    } else if (key == QStringLiteral("loss")) {
        c.loss = value.toStdString();
    } else if (key == QStringLiteral("batch-size")) {
        c.batchSize = 1;
    } else if (key == QStringLiteral("encoder")) {
        c.encoder = "vgg";
    } else if (key == QStringLiteral("views")) {
        c.views = 3;
    } else if (key == QStringLiteral("linear_balanced")) {
        c.loss = value.toStdString();
        c.linearBalanced = true;
    }
    try {
        validate(c);
        QFAIL("no exception");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(key), e.what());
    }
}

void TestMetrics::presets()
{
    TrainConfig c;
    applyPreset(c, "supcon");
    QCOMPARE(c.optimizer, std::string("sgd"));
    QCOMPARE(c.views, int64_t(2));
    QCOMPARE(c.temperature, 0.1);
    QVERIFY(c.warmupEpochs > 0);
    applyPreset(c, "paper");
    QCOMPARE(c.optimizer, std::string("adam"));
    applyPreset(c, "study");
    QCOMPARE(c.batchSize, int64_t(64));
    QCOMPARE(c.views, int64_t(1));
    QCOMPARE(c.linearSolver, std::string("lbfgs"));
    QVERIFY_EXCEPTION_THROWN(applyPreset(c, "imagenet"), InputError);
}

void TestMetrics::learningRateSchedule()
{
    QCOMPARE(scheduledLearningRate(1.0, "constant", 50, 100, 0), 1.0);
    QCOMPARE(scheduledLearningRate(1.0, "cosine", 0, 100, 0), 1.0);
    QVERIFY(std::abs(scheduledLearningRate(1.0, "cosine", 50, 100, 0) - 0.5) < 1e-12);
    QCOMPARE(scheduledLearningRate(1.0, "cosine", 0, 100, 10), 0.1); // warm-up
    QVERIFY(scheduledLearningRate(1.0, "cosine", 99, 100, 10) < 0.01);
}

QTEST_MAIN(TestMetrics)
#include "tst_metrics.moc"
