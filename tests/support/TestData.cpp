// SPDX-License-Identifier: MIT
#include "support/TestData.h"

#include "data/ImbalancedDataset.h"
#include "io/CsvTable.h"
#include "train/TrainConfig.h"
#include "util/InputError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <torch/torch.h>

#include <chrono>
#include <future>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aclwb::test {

LabelledFeatures randomLabelledFeatures(int64_t n, int64_t dim, int64_t classes, uint64_t seed)
{
    torch::Generator generator = torch::make_generator<torch::CPUGeneratorImpl>(seed);
    LabelledFeatures out;
    out.features = torch::randn({ n, dim }, generator, torch::kDouble);
    out.labels = torch::randint(classes, { n }, generator, torch::kLong);
    return out;
}

bool writeTensorCsv(const QString& path, const torch::Tensor& tensor)
{
    const torch::Tensor t = tensor.to(torch::kDouble).contiguous();
    const int64_t rows = t.size(0);
    const int64_t columns = t.dim() == 1 ? 1 : t.size(1);
    const std::string text = formatCsv(t.data_ptr<double>(), rows, columns);
    return writeText(path, QByteArray::fromStdString(text));
}

bool writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    return file.write(text) == text.size();
}

QString inputErrorOf(const std::function<void()>& body)
{
    try {
        body();
    } catch (const InputError& e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("<no exception>");
}

bool makeFifo(const QString& path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

bool returnsWithoutWriter(const QString& fifo, const std::function<void()>& read, int seconds)
{
    std::future<void> done = std::async(std::launch::async, read);
    if (done.wait_for(std::chrono::seconds(seconds)) == std::future_status::ready) {
        done.get();
        return true;
    }
    // The reader is stuck in open(): a writer that comes and goes releases it (it then reads end-of-file).
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) {
        ::close(fd);
    }
    if (done.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
        qFatal("the reader of %s is still blocked", qPrintable(fifo));
    }
    return false;
}

double relativeMaxError(const torch::Tensor& a, const torch::Tensor& b)
{
    const torch::Tensor x = a.to(torch::kDouble);
    const torch::Tensor y = b.to(torch::kDouble);
    const double maxAbs = y.abs().max().item<double>();
    return (x - y).abs().max().item<double>() / (maxAbs > 0 ? maxAbs : 1.0);
}

} // namespace aclwb::test

#include "data/ImageDataset.h"

namespace aclwb::test {
namespace {

ImageDataset bandImages(const std::vector<int64_t>& counts, int64_t side, torch::Generator& generator)
{
    std::vector<torch::Tensor> images;
    std::vector<int64_t> labels;
    const int64_t classes = static_cast<int64_t>(counts.size());
    for (int64_t c = 0; c < classes; ++c) {
        for (int64_t k = 0; k < counts[static_cast<size_t>(c)]; ++k) {
            torch::Tensor image = torch::rand({ 1, side, side }, generator) * 60;
            const int64_t band = side / classes;
            image.narrow(1, c * band, band).add_(150);
            images.push_back(image.clamp(0, 255).to(torch::kByte));
            labels.push_back(c);
        }
    }
    return { torch::stack(images), torch::tensor(labels, torch::kLong) };
}

} // namespace

DatasetSplits separableSplits(const std::vector<int64_t>& train, int64_t test, int64_t side, uint64_t seed)
{
    torch::Generator generator = torch::make_generator<torch::CPUGeneratorImpl>(seed);
    DatasetSplits s;
    s.name = "bands";
    for (size_t c = 0; c < train.size(); ++c) {
        s.classNames.push_back("band" + std::to_string(c));
    }
    s.train = bandImages(train, side, generator);
    s.test = bandImages(std::vector<int64_t>(train.size(), test), side, generator);
    return s;
}

ImbalancedDataset tinyData(uint64_t seed)
{
    ImbalanceOptions o;
    o.ratio = 4;
    o.seed = seed;
    o.test = TestComposition::Balanced;
    return buildImbalancedDataset(separableSplits({ 160, 160 }, 40, 8, 5), o);
}

TrainConfig tinyConfig(const std::string& loss)
{
    TrainConfig c;
    c.loss = loss;
    if (loss == "afcl") {
        c.gamma = 1.0;
        c.eta = 2.0;
    }
    c.epochsContrastive = 3;
    c.epochsLinear = 3;
    c.batchSize = 32;
    c.lr = 3e-3;
    c.lrLinear = 3e-2;
    c.threads = 2;
    return c;
}

TrainConfig tinyIdxConfig(const QString& idxDir)
{
    TrainConfig c;
    c.dataDir = idxDir.toStdString();
    c.classes = { 0, 6 };
    c.imbalanceRatio = 4;
    c.loss = "afcl";
    c.epochsContrastive = 1;
    c.linearMaxIter = 50;
    c.batchSize = 16;
    c.threads = 2;
    return c;
}

bool copyDirectory(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QFileInfo& f : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + f.fileName();
        if (f.isDir() ? !copyDirectory(f.filePath(), target) : !QFile::copy(f.filePath(), target)) {
            return false;
        }
    }
    return true;
}

} // namespace aclwb::test
