// SPDX-License-Identifier: MIT
// IDX / Fashion-MNIST reading: plain and gzip files, the real Debian data when installed, and every malformed
// file refused with a message naming it.
#include "data/FashionMnist.h"
#include "data/IdxFile.h"
#include "support/GeneratedImages.h"
#include "support/TestData.h"
#include "util/InputError.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <torch/torch.h>

#include <sys/resource.h>

using namespace aclwb;

class TestIdxFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTinyDataset_data();
    void readsTinyDataset();
    void realFashionMnist();
    void dataDirFromEnvironment();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void lyingHeaderDoesNotAllocate();
    void nonRegularFilesNamedWithoutBlocking();
};

void TestIdxFile::readsTinyDataset_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("plain") << false;
    QTest::newRow("gzip") << true;
}

void TestIdxFile::readsTinyDataset()
{
    QFETCH(bool, gzip);
    QTemporaryDir dir;
    QVERIFY(test::writeTinyIdxDataset(dir.path(), 7, gzip));
    const DatasetSplits splits = loadFashionMnist(dir.path().toStdString());
    QCOMPARE(splits.train.size(), int64_t(70));
    QVERIFY(splits.test.has_value());
    QCOMPARE(splits.test->size(), int64_t(40));
    QCOMPARE(splits.imageShape(), (std::vector<int64_t> { 1, 6, 6 }));
    QCOMPARE(splits.train.images.scalar_type(), torch::kByte);
    QCOMPARE(splits.classNames.at(6), std::string("Shirt"));
    QCOMPARE(splits.train.classCounts(10), std::vector<int64_t>(10, 7));
    // Labels travel with their images: every pixel of an image of class c is 20 * c.
    const torch::Tensor perImage = splits.train.images.to(torch::kLong).amax({ 1, 2, 3 });
    QVERIFY(torch::equal(perImage, splits.train.labels * 20));
}

void TestIdxFile::realFashionMnist()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"))) {
        QSKIP("dataset-fashion-mnist is not installed");
    }
    const DatasetSplits splits = loadFashionMnist(kDefaultFashionMnistDir);
    QCOMPARE(splits.train.size(), int64_t(60000));
    QCOMPARE(splits.test->size(), int64_t(10000));
    QCOMPARE(splits.imageShape(), (std::vector<int64_t> { 1, 28, 28 }));
    QCOMPARE(splits.train.classCounts(10), std::vector<int64_t>(10, 6000));
    QCOMPARE(splits.test->classCounts(10), std::vector<int64_t>(10, 1000));
}

void TestIdxFile::dataDirFromEnvironment()
{
    qputenv("ACLWB_DATA_DIR", "/some/where");
    QCOMPARE(resolveFashionMnistDir(""), std::string("/some/where"));
    QCOMPARE(resolveFashionMnistDir("/explicit"), std::string("/explicit"));
    qunsetenv("ACLWB_DATA_DIR");
    QCOMPARE(resolveFashionMnistDir(""), std::string(kDefaultFashionMnistDir));
}

void TestIdxFile::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing directory") << QStringLiteral("no-dir") << QStringLiteral("does not exist");
    QTest::newRow("missing labels file") << QStringLiteral("no-labels") << QStringLiteral("train-labels-idx1-ubyte");
    QTest::newRow("wrong magic") << QStringLiteral("magic") << QStringLiteral("wrong magic");
    QTest::newRow("wrong type") << QStringLiteral("type") << QStringLiteral("not unsigned byte");
    QTest::newRow("wrong rank") << QStringLiteral("rank") << QStringLiteral("expected 3");
    QTest::newRow("truncated data") << QStringLiteral("truncated") << QStringLiteral("truncated");
    QTest::newRow("truncated header") << QStringLiteral("short") << QStringLiteral("truncated");
    QTest::newRow("trailing data") << QStringLiteral("trailing") << QStringLiteral("after the");
    QTest::newRow("count mismatch") << QStringLiteral("count") << QStringLiteral("labels");
    QTest::newRow("corrupt gzip") << QStringLiteral("gzip") << QStringLiteral("corrupt gzip");
    QTest::newRow("label out of range") << QStringLiteral("label") << QStringLiteral("label 12");
    // Once "missing file: neither X.gz nor X exists" although X was there, as a directory or a named pipe.
    QTest::newRow("images file is a directory")
        << QStringLiteral("dir") << QStringLiteral("train-images-idx3-ubyte: is a directory, not a file");
    QTest::newRow("images file is a FIFO")
        << QStringLiteral("fifo") << QStringLiteral("train-images-idx3-ubyte: is a named pipe (FIFO)");
    // 1 x 1 images reached LibTorch's "Output size is too small" in cnn-small's pooling.
    QTest::newRow("1 x 1 images") << QStringLiteral("tiny")
                                  << QStringLiteral("train-images-idx3-ubyte: images of 1 x 1 pixels are too small: "
                                                    "the encoders need at least 4 x 4");
    QTest::newRow("3 x 28 images") << QStringLiteral("narrow") << QStringLiteral("images of 3 x 28 pixels");
}

void TestIdxFile::rejectsBadFiles()
{
    QFETCH(QString, damage);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(test::writeTinyIdxDataset(dir.path(), 3, false));
    const QString images = dir.filePath(QStringLiteral("train-images-idx3-ubyte"));
    const QString labels = dir.filePath(QStringLiteral("train-labels-idx1-ubyte"));
    std::string where = dir.path().toStdString();
    QFile imageFile(images);
    QVERIFY(imageFile.open(QIODevice::ReadOnly));
    const QByteArray original = imageFile.readAll();
    imageFile.close();
    if (damage == QStringLiteral("no-dir")) {
        where += "/nope";
    } else if (damage == QStringLiteral("no-labels")) {
        QVERIFY(QFile::remove(labels));
    } else if (damage == QStringLiteral("magic")) {
        QVERIFY(test::writeText(images, QByteArray("\x12\x34", 2) + original.mid(2)));
    } else if (damage == QStringLiteral("type")) {
        QVERIFY(test::writeText(images, original.left(2) + QByteArray("\x0D", 1) + original.mid(3)));
    } else if (damage == QStringLiteral("rank")) {
        QVERIFY(test::writeIdx(images, { 30, 36 }, std::vector<uint8_t>(30 * 36, 1), false));
    } else if (damage == QStringLiteral("truncated")) {
        QVERIFY(test::writeText(images, original.left(original.size() - 10)));
    } else if (damage == QStringLiteral("short")) {
        QVERIFY(test::writeText(images, original.left(6)));
    } else if (damage == QStringLiteral("trailing")) {
        QVERIFY(test::writeText(images, original + QByteArray("xyz")));
    } else if (damage == QStringLiteral("count")) {
        QVERIFY(test::writeIdx(labels, { 29 }, std::vector<uint8_t>(29, 1), false));
    } else if (damage == QStringLiteral("gzip")) {
        QVERIFY(QFile::remove(images));
        // A valid gzip header followed by garbage where the deflate stream should be.
        QVERIFY(test::writeText(images + QStringLiteral(".gz"),
                                QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + QByteArray(200, '\xff')));
    } else if (damage == QStringLiteral("label")) {
        std::vector<uint8_t> bad(30, 1);
        bad[5] = 12;
        QVERIFY(test::writeIdx(labels, { 30 }, bad, false));
    } else if (damage == QStringLiteral("dir")) {
        QVERIFY(QFile::remove(images));
        QVERIFY(QDir().mkdir(images));
    } else if (damage == QStringLiteral("fifo")) {
        QVERIFY(QFile::remove(images));
        QVERIFY(test::makeFifo(images));
    } else if (damage == QStringLiteral("tiny")) {
        QVERIFY(test::writeIdx(images, { 30, 1, 1 }, std::vector<uint8_t>(30, 1), false));
    } else if (damage == QStringLiteral("narrow")) {
        QVERIFY(test::writeIdx(images, { 30, 3, 28 }, std::vector<uint8_t>(30 * 3 * 28, 1), false));
    }
    try {
        loadFashionMnist(where);
        QFAIL("no exception");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
        QVERIFY2(QString::fromUtf8(e.what()).contains(dir.path()), e.what());
    }
}

void TestIdxFile::lyingHeaderDoesNotAllocate()
{
    // 13 bytes that declare 4 GB of data (found by fuzzing): refused as truncated, without allocating the 4 GB.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lie-idx1-ubyte"));
    QVERIFY(test::writeText(path, QByteArray("\x00\x00\x08\x01\xff\xff\xff\xf0xyzab", 13)));
    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    try {
        readIdxFile(path.toStdString(), 1);
        QFAIL("no exception");
    } catch (const InputError& e) {
        QVERIFY2(
            QString::fromUtf8(e.what()).contains(QStringLiteral("header declares 4294967280 bytes of data, found 5")),
            e.what());
    }
    rusage after {};
    getrusage(RUSAGE_SELF, &after);
    const long grownMb = (after.ru_maxrss - before.ru_maxrss) / 1024;
    QVERIFY2(grownMb < 256, qPrintable(QStringLiteral("peak memory grew by %1 MB").arg(grownMb)));
}

void TestIdxFile::nonRegularFilesNamedWithoutBlocking()
{
    // readIdxFile itself, handed a FIFO or a directory: named as what it is ("no such file" before), and the FIFO
    // is never opened (gzopen would wait for a writer forever).
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe-idx1-ubyte"));
    QVERIFY(test::makeFifo(fifo));
    QString message;
    QVERIFY2(test::returnsWithoutWriter(
                 fifo, [&] { message = test::inputErrorOf([&] { readIdxFile(fifo.toStdString(), 1); }); }),
             "readIdxFile opened the FIFO and blocked");
    QCOMPARE(message, fifo + QStringLiteral(": is a named pipe (FIFO), not a regular file"));
    QCOMPARE(test::inputErrorOf([&] { readIdxFile(dir.path().toStdString(), 1); }),
             dir.path() + QStringLiteral(": is a directory, not a file"));
}

QTEST_MAIN(TestIdxFile)
#include "tst_idxfile.moc"
