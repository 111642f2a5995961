// SPDX-License-Identifier: MIT
// Building imbalanced experiments: counts for each profile, caps, validation and test composition, determinism,
// disjoint parts, labels that follow their images, and the refusals.
#include "data/ImbalancedDataset.h"
#include "util/InputError.h"

#include <QtTest/QtTest>

#include <torch/torch.h>

#include <set>

using namespace aclwb;

namespace {

/// `perClass[c]` images of class c whose pixels all equal c (so a gathered image tells its source class).
ImageDataset synthetic(const std::vector<int64_t>& perClass)
{
    std::vector<int64_t> labels;
    for (size_t c = 0; c < perClass.size(); ++c) {
        labels.insert(labels.end(), static_cast<size_t>(perClass[c]), static_cast<int64_t>(c));
    }
    const torch::Tensor y = torch::tensor(labels, torch::kLong);
    return { y.to(torch::kByte).view({ -1, 1, 1, 1 }).expand({ -1, 1, 2, 2 }).contiguous(), y };
}

DatasetSplits splits(const std::vector<int64_t>& train, const std::vector<int64_t>& test)
{
    DatasetSplits s;
    s.name = "synthetic";
    for (size_t c = 0; c < train.size(); ++c) {
        s.classNames.push_back("c" + std::to_string(c));
    }
    s.train = synthetic(train);
    if (!test.empty()) {
        s.test = synthetic(test);
    }
    return s;
}

std::set<int64_t> asSet(const torch::Tensor& t)
{
    std::set<int64_t> out;
    for (int64_t i = 0; i < t.size(0); ++i) {
        out.insert(t[i].item<int64_t>());
    }
    return out;
}

} // namespace

class TestImbalancedDataset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepProfileBinary();
    void exponentialProfile();
    void maxPerClassCaps();
    void naturalCountsWhenRatioZero();
    void balancedTestKeepsTestSet();
    void carvesDisjointTestWithoutOfficialOne();
    void labelsFollowImages();
    void sameSeedSameSamples();
    void officialValidationIsUsed();
    void refusals_data();
    void refusals();
};

void TestImbalancedDataset::stepProfileBinary()
{
    ImbalanceOptions o;
    o.classes = { 0, 3 };
    o.ratio = 10;
    const auto e = buildImbalancedDataset(splits({ 100, 100, 100, 100 }, { 50, 50, 50, 50 }), o);
    QCOMPARE(e.classNames, (std::vector<std::string> { "c0", "c3" }));
    QCOMPARE(e.selectedTrainCounts, (std::vector<int64_t> { 100, 10 }));
    QCOMPARE(e.train.classCounts, (std::vector<int64_t> { 90, 9 }));
    QCOMPARE(e.validation.classCounts, (std::vector<int64_t> { 10, 1 }));
    QCOMPARE(e.test.classCounts, (std::vector<int64_t> { 50, 5 }));
    QVERIFY(e.officialTest);
    QVERIFY(!e.officialValidation);
}

void TestImbalancedDataset::exponentialProfile()
{
    ImbalanceOptions o;
    o.ratio = 100;
    o.profile = ImbalanceProfile::Exponential;
    o.validationFraction = 0;
    const auto e = buildImbalancedDataset(splits({ 1000, 1000, 1000 }, { 100, 100, 100 }), o);
    // n_max * R^(-k/(C-1)) = 1000, 100, 10.
    QCOMPARE(e.selectedTrainCounts, (std::vector<int64_t> { 1000, 100, 10 }));
    QCOMPARE(e.train.classCounts, (std::vector<int64_t> { 1000, 100, 10 }));
    QCOMPARE(e.test.classCounts, (std::vector<int64_t> { 100, 10, 1 }));
}

void TestImbalancedDataset::maxPerClassCaps()
{
    ImbalanceOptions o;
    o.classes = { 1, 0 };
    o.ratio = 4;
    o.maxPerClass = 40;
    const auto e = buildImbalancedDataset(splits({ 100, 100 }, { 20, 20 }), o);
    QCOMPARE(e.selectedTrainCounts, (std::vector<int64_t> { 40, 10 }));
    QCOMPARE(e.sourceClasses, (std::vector<int64_t> { 1, 0 }));
}

void TestImbalancedDataset::naturalCountsWhenRatioZero()
{
    ImbalanceOptions o;
    o.maxPerClass = 30;
    const auto e = buildImbalancedDataset(splits({ 50, 20, 7 }, { 9, 8, 7 }), o);
    QCOMPARE(e.selectedTrainCounts, (std::vector<int64_t> { 30, 20, 7 }));
    QCOMPARE(e.test.classCounts, (std::vector<int64_t> { 9, 8, 7 }));
}

void TestImbalancedDataset::balancedTestKeepsTestSet()
{
    ImbalanceOptions o;
    o.ratio = 10;
    o.test = TestComposition::Balanced;
    const auto e = buildImbalancedDataset(splits({ 100, 100 }, { 30, 30 }), o);
    QCOMPARE(e.test.classCounts, (std::vector<int64_t> { 30, 30 }));
}

void TestImbalancedDataset::carvesDisjointTestWithoutOfficialOne()
{
    ImbalanceOptions o;
    o.ratio = 2;
    o.testFraction = 0.25;
    const auto e = buildImbalancedDataset(splits({ 80, 80 }, {}), o);
    QVERIFY(!e.officialTest);
    // Test pool = 20 per class; matched: 20 and 10. Training pool = 60 per class: 60 and 30 selected.
    QCOMPARE(e.test.classCounts, (std::vector<int64_t> { 20, 10 }));
    QCOMPARE(e.selectedTrainCounts, (std::vector<int64_t> { 60, 30 }));
    const auto train = asSet(e.train.indices);
    const auto val = asSet(e.validation.indices);
    const auto test = asSet(e.test.indices);
    for (int64_t i : test) {
        QVERIFY(train.count(i) == 0 && val.count(i) == 0);
    }
    for (int64_t i : val) {
        QVERIFY(train.count(i) == 0);
    }
}

void TestImbalancedDataset::labelsFollowImages()
{
    ImbalanceOptions o;
    o.classes = { 2, 0 };
    o.ratio = 3;
    const auto e = buildImbalancedDataset(splits({ 30, 30, 30 }, { 9, 9, 9 }), o);
    const torch::Tensor all = torch::arange(e.train.size());
    const torch::Tensor images = e.train.gatherImages(all);
    QCOMPARE(images.scalar_type(), torch::kFloat);
    QCOMPARE(images.sizes(), (torch::IntArrayRef { e.train.size(), 1, 2, 2 }));
    // Pixel = source class / 255; experiment label k maps to source class sourceClasses[k].
    const torch::Tensor sourceClass = (images.select(1, 0).select(1, 0).select(1, 0) * 255).round().to(torch::kLong);
    const torch::Tensor expected
        = torch::tensor(e.sourceClasses, torch::kLong).index_select(0, e.train.gatherLabels(all));
    QVERIFY(torch::equal(sourceClass, expected));
}

void TestImbalancedDataset::sameSeedSameSamples()
{
    ImbalanceOptions o;
    o.ratio = 5;
    const DatasetSplits s = splits({ 100, 100 }, { 40, 40 });
    const auto a = buildImbalancedDataset(s, o);
    const auto b = buildImbalancedDataset(s, o);
    QCOMPARE(a.fingerprint, b.fingerprint);
    QVERIFY(torch::equal(a.train.indices, b.train.indices));
    o.seed = 2;
    const auto c = buildImbalancedDataset(s, o);
    QVERIFY(a.fingerprint != c.fingerprint);
    QCOMPARE(a.selectedTrainCounts, c.selectedTrainCounts);
    QCOMPARE(a.fingerprint.size(), size_t(16));
}

void TestImbalancedDataset::officialValidationIsUsed()
{
    DatasetSplits s = splits({ 50, 50 }, { 10, 10 });
    s.validation = synthetic({ 6, 4 });
    ImbalanceOptions o;
    o.ratio = 5;
    const auto e = buildImbalancedDataset(s, o);
    QVERIFY(e.officialValidation);
    QCOMPARE(e.validation.classCounts, (std::vector<int64_t> { 6, 4 }));
    QCOMPARE(e.train.classCounts, (std::vector<int64_t> { 50, 10 }));
}

void TestImbalancedDataset::refusals_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("ratio below 1") << 0 << QStringLiteral("imbalance-ratio");
    QTest::newRow("unknown class") << 1 << QStringLiteral("unknown class index 7");
    QTest::newRow("repeated class") << 2 << QStringLiteral("appears twice");
    QTest::newRow("zero training samples") << 3 << QStringLiteral("training set: class 'c1' is left with zero samples");
    QTest::newRow("zero test samples") << 4 << QStringLiteral("test set: class 'c1' is left with zero samples");
    QTest::newRow("negative cap") << 5 << QStringLiteral("max-per-class");
    QTest::newRow("validation fraction") << 6 << QStringLiteral("val-fraction");
    QTest::newRow("negative class") << 7 << QStringLiteral("unknown class index -1");
}

void TestImbalancedDataset::refusals()
{
    QFETCH(int, which);
    QFETCH(QString, mentions);
    ImbalanceOptions o;
    DatasetSplits s = splits({ 100, 100, 100 }, { 10, 10, 10 });
    switch (which) {
    case 0: o.ratio = 0.5; break;
    case 1: o.classes = { 0, 7 }; break;
    case 2: o.classes = { 1, 1 }; break;
    case 3: o.ratio = 500; break;
    case 4: o.ratio = 50; break;
    case 5: o.maxPerClass = -3; break;
    case 6: o.validationFraction = 1.0; break;
    case 7: o.classes = { -1 }; break;
    default: QFAIL("unknown case");
    }
    try {
        buildImbalancedDataset(s, o);
        QFAIL("no exception");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
    }
}

QTEST_MAIN(TestImbalancedDataset)
#include "tst_imbalanceddataset.moc"
