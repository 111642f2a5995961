// SPDX-License-Identifier: MIT
#include "support/GeneratedImages.h"

#include "support/TestData.h"

#include <QDir>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <zlib.h>

namespace aclwb::test {

bool writeIdx(const QString& path, const std::vector<uint32_t>& dims, const std::vector<uint8_t>& data, bool gzip)
{
    QByteArray bytes;
    bytes.append('\0').append('\0').append(char(0x08)).append(char(dims.size()));
    for (uint32_t d : dims) {
        bytes.append(char((d >> 24) & 0xFF))
            .append(char((d >> 16) & 0xFF))
            .append(char((d >> 8) & 0xFF))
            .append(char(d & 0xFF));
    }
    bytes.append(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(data.size()));
    if (!gzip) {
        return writeText(path, bytes);
    }
    gzFile f = gzopen(path.toLocal8Bit().constData(), "wb");
    if (f == nullptr) {
        return false;
    }
    const int n = gzwrite(f, bytes.constData(), static_cast<unsigned>(bytes.size()));
    return gzclose(f) == Z_OK && n == bytes.size();
}

bool writeTinyIdxDataset(const QString& dir, int perClass, bool gzip)
{
    const QString ext = gzip ? QStringLiteral(".gz") : QString();
    for (const auto& [prefix, count] : { std::pair<QString, int> { QStringLiteral("train"), perClass },
                                         std::pair<QString, int> { QStringLiteral("t10k"), perClass / 2 + 1 } }) {
        std::vector<uint8_t> images;
        std::vector<uint8_t> labels;
        for (int c = 0; c < 10; ++c) {
            for (int k = 0; k < count; ++k) {
                labels.push_back(static_cast<uint8_t>(c));
                images.insert(images.end(), 36, static_cast<uint8_t>(20 * c));
            }
        }
        const auto n = static_cast<uint32_t>(labels.size());
        if (!writeIdx(dir + QLatin1Char('/') + prefix + QStringLiteral("-images-idx3-ubyte") + ext, { n, 6, 6 }, images,
                      gzip)
            || !writeIdx(dir + QLatin1Char('/') + prefix + QStringLiteral("-labels-idx1-ubyte") + ext, { n }, labels,
                         gzip)) {
            return false;
        }
    }
    return true;
}

bool writeSolidImage(const QString& path, int width, int height, int b, int g, int r)
{
    const cv::Mat image(height, width, CV_8UC3, cv::Scalar(b, g, r));
    return cv::imwrite(path.toStdString(), image);
}

bool writeTinyIsic(const QString& dir, const std::vector<int>& counts, const QString& splitWord)
{
    const QString inputDir = dir + QStringLiteral("/ISIC2018_Task3_") + splitWord + QStringLiteral("_Input");
    const QString truthDir = dir + QStringLiteral("/ISIC2018_Task3_") + splitWord + QStringLiteral("_GroundTruth");
    if (!QDir().mkpath(inputDir) || !QDir().mkpath(truthDir)) {
        return false;
    }
    QByteArray csv = "image,MEL,NV,BCC,AKIEC,BKL,DF,VASC\n";
    int id = splitWord == QStringLiteral("Training") ? 0 : 100000;
    for (size_t c = 0; c < counts.size(); ++c) {
        for (int k = 0; k < counts[c]; ++k, ++id) {
            const QString name = QStringLiteral("ISIC_%1").arg(id, 7, 10, QLatin1Char('0'));
            if (!writeSolidImage(inputDir + QLatin1Char('/') + name + QStringLiteral(".jpg"), 40, 30, 10, 100,
                                 static_cast<int>(30 * c))) {
                return false;
            }
            csv += name.toLatin1();
            for (size_t j = 0; j < 7; ++j) {
                csv += j == c ? ",1.0" : ",0.0";
            }
            csv += '\n';
        }
    }
    return writeText(truthDir + QStringLiteral("/ISIC2018_Task3_") + splitWord + QStringLiteral("_GroundTruth.csv"),
                     csv);
}

bool writeTinyImageFolder(const QString& dir, const std::vector<int>& counts)
{
    for (size_t c = 0; c < counts.size(); ++c) {
        const QString classDir = dir + QStringLiteral("/cls%1").arg(c);
        if (!QDir().mkpath(classDir)) {
            return false;
        }
        for (int k = 0; k < counts[c]; ++k) {
            if (!writeSolidImage(classDir + QStringLiteral("/%1.png").arg(k), 12, 12, static_cast<int>(40 * c), 0, 0)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace aclwb::test
