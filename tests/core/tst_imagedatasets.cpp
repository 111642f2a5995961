// SPDX-License-Identifier: MIT
// ISIC 2018 and class-folder readers on folders of images the test writes itself: layout, labels, decoding,
// the cache, and every malformed input refused with a message naming the file.
#include "data/ImageDecoder.h"
#include "data/ImageFolder.h"
#include "data/Isic2018.h"
#include "support/GeneratedImages.h"
#include "support/TestData.h"
#include "util/InputError.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <torch/torch.h>

using namespace aclwb;

namespace {

DecodeOptions decodeOptions(const QTemporaryDir& cache, int64_t side = 16)
{
    DecodeOptions o;
    o.side = side;
    o.cacheDir = cache.filePath(QStringLiteral("cache")).toStdString();
    return o;
}

void expectInputError(const std::function<void()>& body, const QString& mentions)
{
    try {
        body();
        QFAIL("no exception");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
    }
}

} // namespace

class TestImageDatasets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namedPipeAsImageIsRefusedWithoutBlocking();
    void isicLoadsLabelsAndPixels();
    void isicSecondLoadComesFromCache();
    void isicOfficialValidationSplit();
    void isicRejectsBadInput_data();
    void isicRejectsBadInput();
    void unreadableImageRefusedOrSkipped();
    void folderLoadsClassesSorted();
    void largeJpegDecodedAtReducedScale();
    void folderWithTrainAndTest();
    void folderRejectsBadInput();
    void folderBesideTrainAndTestIsRefused();
    void truncatedImagesAreUnreadable_data();
    void truncatedImagesAreUnreadable();
    void oversizedHeaderRefusedBeforeDecoding();
    void jpegDataTooShortForItsSizeIsRefused();
    void foreignCacheFileIsNotTrusted();
    void cacheDirThatIsAFileIsRefused();
    void unknownFormatsNeverReachADecoder();
};

void TestImageDatasets::isicLoadsLabelsAndPixels()
{
    QTemporaryDir dir;
    QVERIFY(test::writeTinyIsic(dir.path(), { 3, 5, 2, 1, 1, 1, 2 }));
    const DatasetSplits s = loadIsic2018(dir.path().toStdString(), decodeOptions(dir, 16));
    QCOMPARE(s.name, std::string("isic2018"));
    QCOMPARE(s.classNames.at(1), std::string("NV"));
    QCOMPARE(s.train.size(), int64_t(15));
    QCOMPARE(s.train.classCounts(7), (std::vector<int64_t> { 3, 5, 2, 1, 1, 1, 2 }));
    QCOMPARE(s.imageShape(), (std::vector<int64_t> { 3, 16, 16 }));
    QVERIFY(!s.test.has_value());
    QVERIFY(!s.fromCache);
    // Red channel (RGB order after decoding) was written as 30 * class; JPEG may shift it slightly.
    const torch::Tensor red = s.train.images.select(1, 0).to(torch::kFloat).mean({ 1, 2 });
    QVERIFY((red - s.train.labels.to(torch::kFloat) * 30).abs().max().item<float>() < 4.0f);
    const torch::Tensor green = s.train.images.select(1, 1).to(torch::kFloat).mean();
    QVERIFY(std::abs(green.item<float>() - 100.0f) < 4.0f);
}

void TestImageDatasets::isicSecondLoadComesFromCache()
{
    QTemporaryDir dir;
    QVERIFY(test::writeTinyIsic(dir.path(), { 2, 2, 2, 2, 2, 2, 2 }));
    const DecodeOptions options = decodeOptions(dir, 12);
    const DatasetSplits first = loadIsic2018(dir.path().toStdString(), options);
    const DatasetSplits second = loadIsic2018(dir.path().toStdString(), options);
    QVERIFY(!first.fromCache);
    QVERIFY(second.fromCache);
    QVERIFY(torch::equal(first.train.images, second.train.images));
    QVERIFY(torch::equal(first.train.labels, second.train.labels));
    // A different size is a different cache entry; "none" never uses the cache.
    DecodeOptions other = options;
    other.side = 10;
    QVERIFY(!loadIsic2018(dir.path().toStdString(), other).fromCache);
    other.cacheDir = "none";
    QVERIFY(!loadIsic2018(dir.path().toStdString(), other).fromCache);
    // A corrupt cache file is ignored (with a warning) and rebuilt, never trusted.
    for (const QFileInfo& f : QDir(dir.filePath(QStringLiteral("cache"))).entryInfoList(QDir::Files)) {
        QVERIFY(test::writeText(f.filePath(), "garbage"));
    }
    const DatasetSplits third = loadIsic2018(dir.path().toStdString(), options);
    QVERIFY(!third.fromCache);
    QVERIFY(torch::equal(first.train.images, third.train.images));
    QVERIFY(!third.warnings.empty());
}

void TestImageDatasets::isicOfficialValidationSplit()
{
    QTemporaryDir dir;
    QVERIFY(test::writeTinyIsic(dir.path(), { 2, 3, 1, 1, 1, 1, 1 }));
    QVERIFY(test::writeTinyIsic(dir.path(), { 1, 1, 1, 1, 1, 1, 1 }, QStringLiteral("Validation")));
    const DatasetSplits s = loadIsic2018(dir.path().toStdString(), decodeOptions(dir));
    QVERIFY(s.validation.has_value());
    QCOMPARE(s.validation->size(), int64_t(7));
    QCOMPARE(s.train.size(), int64_t(10));
}

void TestImageDatasets::isicRejectsBadInput_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("wrong header") << QStringLiteral("header") << QStringLiteral(":1: wrong header");
    QTest::newRow("two hot") << QStringLiteral("twohot") << QStringLiteral(":3: row is not one-hot");
    QTest::newRow("no hot") << QStringLiteral("nohot") << QStringLiteral(":3: row is not one-hot");
    QTest::newRow("not a number") << QStringLiteral("nan") << QStringLiteral(":3: column MEL is not a finite number");
    QTest::newRow("literal nan") << QStringLiteral("literalnan") << QStringLiteral(":3: column MEL is not a finite");
    QTest::newRow("trailing junk") << QStringLiteral("junk") << QStringLiteral(":3: column VASC is not a finite");
    QTest::newRow("repeated row") << QStringLiteral("repeat")
                                  << QStringLiteral(":11: image ISIC_0000001 is listed again (first on line 3)");
    QTest::newRow("repeated, other label")
        << QStringLiteral("relabel") << QStringLiteral(":11: image ISIC_0000001 is listed again");
    QTest::newRow("one id, two files") << QStringLiteral("twofiles")
                                       << QStringLiteral("two image files for ISIC id ISIC_0000001");
    QTest::newRow("in two splits") << QStringLiteral("twosplits") << QStringLiteral("is also listed in");
    QTest::newRow("missing image") << QStringLiteral("missing") << QStringLiteral("has no image file");
    QTest::newRow("no csv") << QStringLiteral("nocsv") << QStringLiteral("no training ground-truth CSV");
    QTest::newRow("missing dir") << QStringLiteral("nodir") << QStringLiteral("does not exist");
}

void TestImageDatasets::isicRejectsBadInput()
{
    QFETCH(QString, damage);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(test::writeTinyIsic(dir.path(), { 2, 2, 1, 1, 1, 1, 1 }));
    const QString csv
        = dir.filePath(QStringLiteral("ISIC2018_Task3_Training_GroundTruth/ISIC2018_Task3_Training_GroundTruth.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    std::string where = dir.path().toStdString();
    if (damage == QStringLiteral("header")) {
        lines[0] = "image,MEL,NV";
    } else if (damage == QStringLiteral("twohot")) {
        lines[2] = "ISIC_0000001,1.0,1.0,0.0,0.0,0.0,0.0,0.0";
    } else if (damage == QStringLiteral("nohot")) {
        lines[2] = "ISIC_0000001,0.0,0.0,0.0,0.0,0.0,0.0,0.0";
    } else if (damage == QStringLiteral("nan")) {
        lines[2] = "ISIC_0000001,x,0.0,0.0,0.0,0.0,0.0,1.0";
    } else if (damage == QStringLiteral("literalnan")) {
        lines[2] = "ISIC_0000001,nan,0.0,0.0,0.0,0.0,0.0,1.0";
    } else if (damage == QStringLiteral("junk")) {
        lines[2] = "ISIC_0000001,0.0,1.0,0.0,0.0,0.0,0.0,1.0x";
    } else if (damage == QStringLiteral("repeat")) {
        lines.insert(lines.size() - 1, lines[2]);
    } else if (damage == QStringLiteral("relabel")) {
        lines.insert(lines.size() - 1, "ISIC_0000001,0.0,0.0,0.0,0.0,0.0,0.0,1.0");
    } else if (damage == QStringLiteral("twofiles")) {
        const QString input = dir.filePath(QStringLiteral("ISIC2018_Task3_Training_Input/"));
        QVERIFY(QDir().mkpath(input + QStringLiteral("extra")));
        QVERIFY(
            QFile::copy(input + QStringLiteral("ISIC_0000001.jpg"), input + QStringLiteral("extra/ISIC_0000001.jpg")));
    } else if (damage == QStringLiteral("twosplits")) {
        QVERIFY(test::writeTinyIsic(dir.path(), { 1, 1, 1, 1, 1, 1, 1 }, QStringLiteral("Validation")));
        const QString validation = dir.filePath(
            QStringLiteral("ISIC2018_Task3_Validation_GroundTruth/ISIC2018_Task3_Validation_GroundTruth.csv"));
        QFile v(validation);
        QVERIFY(v.open(QIODevice::Append));
        v.write("ISIC_0000001,0.0,1.0,0.0,0.0,0.0,0.0,0.0\n");
    } else if (damage == QStringLiteral("missing")) {
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("ISIC2018_Task3_Training_Input/ISIC_0000003.jpg"))));
    } else if (damage == QStringLiteral("nocsv")) {
        QVERIFY(QFile::remove(csv));
    } else if (damage == QStringLiteral("nodir")) {
        where += "/absent";
    }
    const QStringList untouched { QStringLiteral("nocsv"), QStringLiteral("missing"), QStringLiteral("twofiles"),
                                  QStringLiteral("twosplits") };
    if (!untouched.contains(damage)) {
        QVERIFY(test::writeText(csv, lines.join('\n')));
    }
    expectInputError([&] { loadIsic2018(where, decodeOptions(dir)); }, mentions);
}

void TestImageDatasets::unreadableImageRefusedOrSkipped()
{
    QTemporaryDir dir;
    QVERIFY(test::writeTinyIsic(dir.path(), { 2, 2, 1, 1, 1, 1, 1 }));
    const QString bad = dir.filePath(QStringLiteral("ISIC2018_Task3_Training_Input/ISIC_0000002.jpg"));
    QVERIFY(test::writeText(bad, "this is not a JPEG"));
    DecodeOptions options = decodeOptions(dir);
    expectInputError([&] { loadIsic2018(dir.path().toStdString(), options); }, QStringLiteral("ISIC_0000002.jpg"));
    options.skipUnreadable = true;
    const DatasetSplits s = loadIsic2018(dir.path().toStdString(), options);
    QCOMPARE(s.train.size(), int64_t(8));
    QCOMPARE(s.train.classCounts(7), (std::vector<int64_t> { 2, 1, 1, 1, 1, 1, 1 })); // the NV image was dropped
    QVERIFY(!s.warnings.empty());
    QVERIFY(QString::fromStdString(s.warnings.front()).contains(QStringLiteral("skipped 1 unreadable")));
}

void TestImageDatasets::folderLoadsClassesSorted()
{
    QTemporaryDir dir;
    QVERIFY(test::writeTinyImageFolder(dir.path(), { 4, 2, 3 }));
    QVERIFY(test::writeText(dir.filePath(QStringLiteral("cls1/readme.txt")), "not an image")); // ignored
    const DatasetSplits s = loadImageFolder(dir.path().toStdString(), decodeOptions(dir, 8));
    QCOMPARE(s.classNames, (std::vector<std::string> { "cls0", "cls1", "cls2" }));
    QCOMPARE(s.train.classCounts(3), (std::vector<int64_t> { 4, 2, 3 }));
    QCOMPARE(s.imageShape(), (std::vector<int64_t> { 3, 8, 8 }));
    QVERIFY(!s.test.has_value());
    // Blue was written as 40 * class: channel 2 after BGR -> RGB.
    const torch::Tensor blue = s.train.images.select(1, 2).to(torch::kFloat).mean({ 1, 2 });
    QVERIFY((blue - s.train.labels.to(torch::kFloat) * 40).abs().max().item<float>() < 1.0f);
}

void TestImageDatasets::largeJpegDecodedAtReducedScale()
{
    // 400 x 300: decoded by libjpeg at 1/8 scale for side 32. The centre square must still show the left half red
    // and the right half blue, like a full-size decode would.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jpg"));
    cv::Mat image(300, 400, CV_8UC3, cv::Scalar(0, 0, 255));
    image(cv::Rect(200, 0, 200, 300)).setTo(cv::Scalar(255, 0, 0));
    QVERIFY(cv::imwrite(path.toStdString(), image));
    DecodeOptions options = decodeOptions(dir, 32);
    options.cacheDir = "none";
    const DecodedImages decoded = decodeImages({ path.toStdString() }, options);
    QCOMPARE(decoded.images.sizes(), (torch::IntArrayRef { 1, 3, 32, 32 }));
    const torch::Tensor img = decoded.images[0].to(torch::kFloat);
    QVERIFY(img[0].narrow(1, 0, 12).mean().item<float>() > 240); // red, left
    QVERIFY(img[2].narrow(1, 0, 12).mean().item<float>() < 15);
    QVERIFY(img[2].narrow(1, 20, 12).mean().item<float>() > 240); // blue, right
    QVERIFY(img[0].narrow(1, 20, 12).mean().item<float>() < 15);
}

void TestImageDatasets::folderWithTrainAndTest()
{
    QTemporaryDir dir;
    QVERIFY(test::writeTinyImageFolder(dir.filePath(QStringLiteral("train")), { 3, 3 }));
    QVERIFY(test::writeTinyImageFolder(dir.filePath(QStringLiteral("test")), { 1, 2 }));
    const DatasetSplits s = loadImageFolder(dir.path().toStdString(), decodeOptions(dir, 8));
    QVERIFY(s.test.has_value());
    QCOMPARE(s.test->classCounts(2), (std::vector<int64_t> { 1, 2 }));
    QCOMPARE(s.train.size(), int64_t(6));
}

void TestImageDatasets::folderRejectsBadInput()
{
    QTemporaryDir dir;
    expectInputError([&] { loadImageFolder(dir.filePath(QStringLiteral("absent")).toStdString(), decodeOptions(dir)); },
                     QStringLiteral("does not exist"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("empty"))));
    expectInputError([&] { loadImageFolder(dir.filePath(QStringLiteral("empty")).toStdString(), decodeOptions(dir)); },
                     QStringLiteral("no class sub-folders"));
    QVERIFY(test::writeTinyImageFolder(dir.filePath(QStringLiteral("oneempty")), { 2, 0 }));
    expectInputError(
        [&] { loadImageFolder(dir.filePath(QStringLiteral("oneempty")).toStdString(), decodeOptions(dir)); },
        QStringLiteral("cls1: class folder contains no images"));
    QVERIFY(test::writeTinyImageFolder(dir.filePath(QStringLiteral("split/train")), { 2, 2 }));
    QVERIFY(test::writeTinyImageFolder(dir.filePath(QStringLiteral("split/test")), { 1, 1, 1 }));
    expectInputError([&] { loadImageFolder(dir.filePath(QStringLiteral("split")).toStdString(), decodeOptions(dir)); },
                     QStringLiteral("class 'cls2' does not exist in the training split"));
    QVERIFY(test::writeTinyImageFolder(dir.filePath(QStringLiteral("onlytrain/train")), { 2, 2 }));
    expectInputError(
        [&] { loadImageFolder(dir.filePath(QStringLiteral("onlytrain")).toStdString(), decodeOptions(dir)); },
        QStringLiteral("has a train/ folder but no test/ folder"));
    QVERIFY(test::writeTinyImageFolder(dir.filePath(QStringLiteral("dangling")), { 2, 2 }));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.jpg")),
                        dir.filePath(QStringLiteral("dangling/cls1/gone.jpg"))));
    expectInputError(
        [&] { loadImageFolder(dir.filePath(QStringLiteral("dangling")).toStdString(), decodeOptions(dir)); },
        QStringLiteral("gone.jpg: broken symbolic link"));
    expectInputError(
        [&] {
            DecodeOptions o = decodeOptions(dir);
            o.side = 2;
            loadImageFolder(dir.filePath(QStringLiteral("split/train")).toStdString(), o);
        },
        QStringLiteral("image-size"));
}

void TestImageDatasets::namedPipeAsImageIsRefusedWithoutBlocking()
{
    // An ISIC id (or any listed file) that is a named pipe: opening it would block the load forever.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("ISIC_0000001.jpg"));
    QVERIFY(test::makeFifo(fifo));
    DecodeOptions options = decodeOptions(dir, 8);
    options.cacheDir.clear();
    DatasetSplits splits;
    try {
        decodeLabelledImages({ fifo.toStdString() }, { 0 }, options, dir.path().toStdString(), splits);
        QFAIL("a named pipe was decoded");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("ISIC_0000001.jpg")), e.what());
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("not a regular file")), e.what());
    }
}

void TestImageDatasets::folderBesideTrainAndTestIsRefused()
{
    // With train/ and test/, a class folder beside them was in neither split and was left out without a word.
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("split"));
    QVERIFY(test::writeTinyImageFolder(root + QStringLiteral("/train"), { 2, 2 }));
    QVERIFY(test::writeTinyImageFolder(root + QStringLiteral("/test"), { 1, 1 }));
    QVERIFY(test::writeText(root + QStringLiteral("/README.txt"), "notes\n")); // other files are fine
    QVERIFY(QDir().mkpath(root + QStringLiteral("/.thumbnails")));             // and hidden folders
    const DatasetSplits before = loadImageFolder(root.toStdString(), decodeOptions(dir, 8));
    QCOMPARE(before.train.size(), int64_t(4));

    QVERIFY(QDir().mkpath(root + QStringLiteral("/cls2")));
    QVERIFY(test::writeSolidImage(root + QStringLiteral("/cls2/0.png"), 12, 12, 80, 0, 0));
    expectInputError([&] { loadImageFolder(root.toStdString(), decodeOptions(dir, 8)); },
                     root + QStringLiteral(": has train/ and test/ folders, so ") + root
                         + QStringLiteral("/cls2/ is in neither split"));
    QVERIFY(QDir(root + QStringLiteral("/cls2")).removeRecursively());

    // An image beside them is refused too; several strays are all named.
    QVERIFY(test::writeSolidImage(root + QStringLiteral("/stray.png"), 12, 12, 0, 0, 0));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/val/cls0")));
    expectInputError([&] { loadImageFolder(root.toStdString(), decodeOptions(dir, 8)); },
                     root + QStringLiteral("/stray.png, ") + root + QStringLiteral("/val/ are in neither split"));
    QVERIFY(QFile::remove(root + QStringLiteral("/stray.png")));
    QVERIFY(QDir(root + QStringLiteral("/val")).removeRecursively());

    // The decode cache's own folder may sit there (it is created by the first load).
    DecodeOptions inside;
    inside.side = 8;
    inside.cacheDir = QString(root + QStringLiteral("/cache")).toStdString();
    QVERIFY(!loadImageFolder(root.toStdString(), inside).fromCache);
    QVERIFY(QFileInfo(root + QStringLiteral("/cache")).isDir());
    QVERIFY(loadImageFolder(root.toStdString(), inside).fromCache);
}

namespace {

/// A noisy image (so the compressed data is long enough to cut), written with OpenCV in the given format.
QByteArray encodedNoise(const char* extension, int width, int height)
{
    cv::Mat image(height, width, CV_8UC3);
    cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
    std::vector<uchar> bytes;
    cv::imencode(extension, image, bytes);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

} // namespace

void TestImageDatasets::truncatedImagesAreUnreadable_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<double>("keep");
    QTest::newRow("jpeg cut at 60%") << QStringLiteral(".jpg") << 0.6;
    QTest::newRow("jpeg cut at 70%") << QStringLiteral(".jpg") << 0.7;
    QTest::newRow("jpeg without its last 2 bytes") << QStringLiteral(".jpg") << -2.0;
    QTest::newRow("png cut at 80%") << QStringLiteral(".png") << 0.8;
}

void TestImageDatasets::truncatedImagesAreUnreadable()
{
    // libjpeg decodes a cut JPEG with only a warning on stderr (grey lower part): it must count as unreadable.
    QFETCH(QString, extension);
    QFETCH(double, keep);
    QTemporaryDir dir;
    const QByteArray whole = encodedNoise(extension.toLatin1().constData(), 120, 90);
    const auto size = static_cast<qsizetype>(keep > 0 ? whole.size() * keep : whole.size() + keep);
    const QString good = dir.filePath(QStringLiteral("good") + extension);
    const QString cut = dir.filePath(QStringLiteral("cut") + extension);
    QVERIFY(test::writeText(good, whole));
    QVERIFY(test::writeText(cut, whole.left(size)));
    DecodeOptions options = decodeOptions(dir);
    options.cacheDir = "none";
    QCOMPARE(decodeImages({ good.toStdString() }, options).images.size(0), int64_t(1));
    expectInputError(
        [&] {
            decodeImages({ good.toStdString(), cut.toStdString() }, options);
        },
        cut + QStringLiteral(" is truncated"));
    options.skipUnreadable = true;
    const DecodedImages decoded = decodeImages({ good.toStdString(), cut.toStdString() }, options);
    QCOMPARE(decoded.images.size(0), int64_t(1));
    QCOMPARE(decoded.failed, std::vector<std::string> { cut.toStdString() });
}

void TestImageDatasets::oversizedHeaderRefusedBeforeDecoding()
{
    // A tiny JPEG whose start-of-frame claims 65500 x 65500: refused from the header, nothing allocated.
    QTemporaryDir dir;
    QByteArray bytes = encodedNoise(".jpg", 16, 16);
    const qsizetype sof = bytes.indexOf(QByteArray("\xFF\xC0", 2));
    QVERIFY(sof > 0);
    bytes[sof + 5] = char(0xFF);
    bytes[sof + 6] = char(0xDC);
    bytes[sof + 7] = char(0xFF);
    bytes[sof + 8] = char(0xDC);
    const QString path = dir.filePath(QStringLiteral("bomb.jpg"));
    QVERIFY(test::writeText(path, bytes));
    DecodeOptions options = decodeOptions(dir);
    options.cacheDir = "none";
    expectInputError([&] { decodeImages({ path.toStdString() }, options); },
                     QStringLiteral("is 65500 x 65500 pixels, above the limit of 100 megapixels"));
    // A PNG whose IHDR claims 2^32-1 on both sides (found by fuzzing: the pixel count overflowed).
    QByteArray png = encodedNoise(".png", 8, 8);
    png.replace(16, 8, QByteArray(8, '\xff'));
    const QString pngPath = dir.filePath(QStringLiteral("bomb.png"));
    QVERIFY(test::writeText(pngPath, png));
    expectInputError([&] { decodeImages({ pngPath.toStdString() }, options); },
                     QStringLiteral("is 4294967295 x 4294967295 pixels, above the limit"));
}

void TestImageDatasets::jpegDataTooShortForItsSizeIsRefused()
{
    // A 32 x 32 JPEG whose start-of-frame claims 9000 x 9000 (81 megapixels, under the limit): its data still ends
    // with an end-of-image marker, and libjpeg decoded it with only a warning, the missing rows grey, and it was
    // trained on. Its data is far shorter than any 9000 x 9000 Huffman-coded scan can be.
    QTemporaryDir dir;
    const QByteArray whole = encodedNoise(".jpg", 32, 32);
    QByteArray lying = whole;
    const qsizetype sof = lying.indexOf(QByteArray("\xFF\xC0", 2));
    QVERIFY(sof > 0);
    lying[sof + 5] = char(0x23); // 9000 = 0x2328
    lying[sof + 6] = char(0x28);
    lying[sof + 7] = char(0x23);
    lying[sof + 8] = char(0x28);
    QVERIFY(lying.endsWith(QByteArray("\xFF\xD9", 2)));
    const QString good = dir.filePath(QStringLiteral("good.jpg"));
    const QString path = dir.filePath(QStringLiteral("lying.jpg"));
    QVERIFY(test::writeText(good, whole));
    QVERIFY(test::writeText(path, lying));
    DecodeOptions options = decodeOptions(dir);
    options.cacheDir = "none";
    QCOMPARE(decodeImages({ good.toStdString() }, options).images.size(0), int64_t(1));
    expectInputError(
        [&] {
            decodeImages({ good.toStdString(), path.toStdString() }, options);
        },
        path + QStringLiteral(" is truncated (its header declares 9000 x 9000 pixels, which need at least "));
    // (A cut file, without its end-of-image marker, is refused too: truncatedImagesAreUnreadable.)

    // The bound is at most one bit per 8 x 8 block: the most compressible real files, a flat image written with
    // optimised Huffman tables or progressively, in colour and in grey, are all above it and load.
    const cv::Mat flatColour(600, 800, CV_8UC3, cv::Scalar(40, 90, 200));
    const cv::Mat flatGrey(600, 800, CV_8UC1, cv::Scalar(128));
    int k = 0;
    for (const cv::Mat* image : { &flatColour, &flatGrey }) {
        for (const int param : { cv::IMWRITE_JPEG_OPTIMIZE, cv::IMWRITE_JPEG_PROGRESSIVE }) {
            const QString flat = dir.filePath(QStringLiteral("flat%1.jpg").arg(k++));
            QVERIFY(cv::imwrite(flat.toStdString(), *image, { param, 1 }));
            const DecodedImages decoded = decodeImages({ flat.toStdString() }, options);
            QCOMPARE(decoded.images.size(0), int64_t(1));
        }
    }
}

void TestImageDatasets::foreignCacheFileIsNotTrusted()
{
    // The cache file of a 3-image folder copied over that of a 2-image folder must not be loaded for it.
    QTemporaryDir dir;
    QVERIFY(test::writeTinyImageFolder(dir.filePath(QStringLiteral("a")), { 2, 1 }));
    QVERIFY(test::writeTinyImageFolder(dir.filePath(QStringLiteral("b")), { 1, 1 }));
    const DecodeOptions options = decodeOptions(dir, 8);
    const QDir cache(QString::fromStdString(options.cacheDir));
    loadImageFolder(dir.filePath(QStringLiteral("a")).toStdString(), options);
    const QStringList afterA = cache.entryList(QDir::Files);
    QCOMPARE(afterA.size(), 1);
    loadImageFolder(dir.filePath(QStringLiteral("b")).toStdString(), options);
    QStringList afterB = cache.entryList(QDir::Files);
    afterB.removeAll(afterA.front());
    QCOMPARE(afterB.size(), 1);
    QVERIFY(QFile::remove(cache.filePath(afterB.front())));
    QVERIFY(QFile::copy(cache.filePath(afterA.front()), cache.filePath(afterB.front())));
    const DatasetSplits s = loadImageFolder(dir.filePath(QStringLiteral("b")).toStdString(), options);
    QVERIFY(!s.fromCache);
    QCOMPARE(s.train.size(), int64_t(2));
    QCOMPARE(s.train.classCounts(2), (std::vector<int64_t> { 1, 1 }));
    bool warned = false;
    for (const std::string& w : s.warnings) {
        warned = warned || QString::fromStdString(w).contains(QStringLiteral("does not match these images"));
    }
    QVERIFY(warned);
}

void TestImageDatasets::cacheDirThatIsAFileIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(test::writeTinyImageFolder(dir.filePath(QStringLiteral("a")), { 1, 1 }));
    QVERIFY(test::writeText(dir.filePath(QStringLiteral("cachefile")), "x"));
    DecodeOptions options = decodeOptions(dir, 8);
    options.cacheDir = dir.filePath(QStringLiteral("cachefile")).toStdString();
    expectInputError([&] { loadImageFolder(dir.filePath(QStringLiteral("a")).toStdString(), options); },
                     QStringLiteral("is not a directory"));
}

void TestImageDatasets::unknownFormatsNeverReachADecoder()
{
    // Found by fuzzing: a damaged PNG signature sent OpenCV through every decoder, and its DICOM one (GDCM) asserted
    // and aborted the program. Files are recognised by their first bytes; anything else is unreadable, named.
    QTemporaryDir dir;
    QByteArray bytes("\x89PNG", 4);
    bytes += QByteArray(129, '\xcf');
    const QString path = dir.filePath(QStringLiteral("odd.png"));
    QVERIFY(test::writeText(path, bytes));
    const QString dicom = dir.filePath(QStringLiteral("scan.jpg"));
    QVERIFY(test::writeText(dicom, QByteArray(128, '\0') + QByteArray("DICM") + QByteArray(64, '\x01')));
    DecodeOptions options = decodeOptions(dir);
    options.cacheDir = "none";
    expectInputError(
        [&] {
            decodeImages({ path.toStdString(), dicom.toStdString() }, options);
        },
        QStringLiteral("is not a JPEG, PNG, BMP, TIFF or WebP image"));
    // The formats we do take still decode (TIFF by its magic, whatever the extension says).
    const QString tiff = dir.filePath(QStringLiteral("image.png"));
    QVERIFY(test::writeText(tiff, encodedNoise(".tiff", 20, 20)));
    QCOMPARE(decodeImages({ tiff.toStdString() }, options).images.size(0), int64_t(1));
}

QTEST_MAIN(TestImageDatasets)
#include "tst_imagedatasets.moc"
