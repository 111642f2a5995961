// SPDX-License-Identifier: MIT
// Tensor augmentations and epoch batching: shapes, ranges, what each transform may and may not produce,
// reproducibility from a seed.
#include "data/Augmentation.h"
#include "data/BatchSampler.h"
#include "util/InputError.h"

#include <QtTest/QtTest>

#include <torch/torch.h>

#include <set>

using namespace aclwb;

class TestAugmentation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void flipOnlyGivesImageOrMirror();
    void cropIsAShiftedWindow();
    void jitterStaysInRangeAndSeedReproduces();
    void twoViewsDiffer();
    void rejectsBadOptions();
    void epochBatchesCoverEverySampleOnce();
    void epochBatchesReproducibleAndVaryByEpoch();
    void epochBatchesDropLast();
    void classBalancedBatchesEvenOutClasses();
};

void TestAugmentation::flipOnlyGivesImageOrMirror()
{
    torch::manual_seed(0);
    const torch::Tensor batch = torch::rand({ 32, 1, 5, 7 });
    Augmentation aug(AugmentationOptions().crop_padding(0).horizontal_flip(true));
    at::Generator gen = at::detail::createCPUGenerator(3);
    const torch::Tensor out = aug.apply(batch, gen);
    int flipped = 0;
    for (int64_t i = 0; i < 32; ++i) {
        const bool same = torch::equal(out[i], batch[i]);
        const bool mirror = torch::equal(out[i], batch[i].flip({ 2 }));
        QVERIFY(same || mirror);
        flipped += mirror ? 1 : 0;
    }
    QVERIFY(flipped > 4 && flipped < 28); // about half, not none or all
}

void TestAugmentation::cropIsAShiftedWindow()
{
    const torch::Tensor batch = torch::rand({ 8, 2, 6, 6 }) + 0.5; // no zeros, so padding is recognisable
    Augmentation aug(AugmentationOptions().crop_padding(2).horizontal_flip(false));
    at::Generator gen = at::detail::createCPUGenerator(5);
    const torch::Tensor out = aug.apply(batch, gen);
    QCOMPARE(out.sizes(), batch.sizes());
    const torch::Tensor padded = torch::constant_pad_nd(batch, { 2, 2, 2, 2 }, 0.0);
    for (int64_t i = 0; i < 8; ++i) {
        bool found = false;
        for (int64_t dy = 0; dy <= 4 && !found; ++dy) {
            for (int64_t dx = 0; dx <= 4 && !found; ++dx) {
                found = torch::equal(out[i], padded[i].narrow(1, dy, 6).narrow(2, dx, 6));
            }
        }
        QVERIFY(found);
    }
}

void TestAugmentation::jitterStaysInRangeAndSeedReproduces()
{
    const torch::Tensor batch = torch::rand({ 16, 3, 8, 8 });
    Augmentation aug(AugmentationOptions().brightness(0.4).contrast(0.5));
    at::Generator g1 = at::detail::createCPUGenerator(11);
    at::Generator g2 = at::detail::createCPUGenerator(11);
    const torch::Tensor a = aug.apply(batch, g1);
    const torch::Tensor b = aug.apply(batch, g2);
    QVERIFY(torch::equal(a, b));
    QVERIFY(a.min().item<float>() >= 0.0f && a.max().item<float>() <= 1.0f);
    QVERIFY(!torch::equal(a, batch));
}

void TestAugmentation::twoViewsDiffer()
{
    const torch::Tensor batch = torch::rand({ 10, 1, 8, 8 });
    Augmentation aug;
    at::Generator gen = at::detail::createCPUGenerator(1);
    const torch::Tensor views = aug.twoViews(batch, gen);
    QCOMPARE(views.size(0), int64_t(20));
    QVERIFY(!torch::equal(views.narrow(0, 0, 10), views.narrow(0, 10, 10)));
}

void TestAugmentation::rejectsBadOptions()
{
    QVERIFY_EXCEPTION_THROWN(Augmentation(AugmentationOptions().crop_padding(-1)), InputError);
    QVERIFY_EXCEPTION_THROWN(Augmentation(AugmentationOptions().brightness(2.0)), InputError);
    QVERIFY_EXCEPTION_THROWN(epochBatches(10, 1, 0, 0, false), InputError);
}

void TestAugmentation::epochBatchesCoverEverySampleOnce()
{
    const auto batches = epochBatches(103, 10, 7, 0, false);
    QCOMPARE(batches.size(), size_t(11)); // ten of 10 and one of 3
    std::set<int64_t> seen;
    for (const auto& b : batches) {
        for (int64_t i = 0; i < b.size(0); ++i) {
            QVERIFY(seen.insert(b[i].item<int64_t>()).second);
        }
    }
    QCOMPARE(seen.size(), size_t(103));
    QCOMPARE(*seen.rbegin(), int64_t(102));
}

void TestAugmentation::epochBatchesReproducibleAndVaryByEpoch()
{
    const auto a = epochBatches(50, 8, 3, 4, true);
    const auto b = epochBatches(50, 8, 3, 4, true);
    const auto c = epochBatches(50, 8, 3, 5, true);
    QCOMPARE(a.size(), b.size());
    for (size_t k = 0; k < a.size(); ++k) {
        QVERIFY(torch::equal(a[k], b[k]));
    }
    QVERIFY(!torch::equal(a[0], c[0]));
}

void TestAugmentation::epochBatchesDropLast()
{
    QCOMPARE(epochBatches(27, 8, 1, 0, true).size(), size_t(3));
    QCOMPARE(epochBatches(27, 8, 1, 0, false).size(), size_t(4));
    QCOMPARE(epochBatches(17, 8, 1, 0, false).size(), size_t(2)); // a last batch of 1 has no pair: dropped
}

void TestAugmentation::classBalancedBatchesEvenOutClasses()
{
    // 900 majority, 90 and 10 minority: balanced draws give each class about a third of an epoch.
    std::vector<int64_t> labels(900, 0);
    labels.insert(labels.end(), 90, 1);
    labels.insert(labels.end(), 10, 2);
    const torch::Tensor y = torch::tensor(labels, torch::kLong);
    const auto batches = classBalancedEpochBatches(y, 100, 4, 0, true);
    QCOMPARE(batches.size(), size_t(10));
    const torch::Tensor drawn = y.index_select(0, torch::cat(batches));
    const torch::Tensor counts = torch::bincount(drawn, {}, 3);
    for (int c = 0; c < 3; ++c) {
        const int64_t n = counts[c].item<int64_t>();
        QVERIFY2(n > 250 && n < 420, qPrintable(QStringLiteral("class %1 drawn %2 times of 1000").arg(c).arg(n)));
    }
    const auto again = classBalancedEpochBatches(y, 100, 4, 0, true);
    QVERIFY(torch::equal(torch::cat(again), torch::cat(batches)));
    QVERIFY(!torch::equal(torch::cat(classBalancedEpochBatches(y, 100, 4, 1, true)), torch::cat(batches)));
}

QTEST_MAIN(TestAugmentation)
#include "tst_augmentation.moc"
