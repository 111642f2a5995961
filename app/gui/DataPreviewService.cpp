// SPDX-License-Identifier: MIT
#include "DataPreviewService.h"

#include "data/DatasetSource.h"
#include "data/ImbalancedDataset.h"
#include "train/ExperimentSetup.h"
#include "util/ErrorText.h"
#include "util/InputError.h"

#include <QtConcurrent/QtConcurrent>

#include <torch/torch.h>

namespace aclwb::gui {

/// The last decoded dataset, shared with the background task; a new source replaces it.
struct DataPreviewService::Cache {
    std::mutex mutex;
    std::string key;
    std::shared_ptr<DatasetSplits> splits;
};

namespace {

std::string sourceKey(const TrainConfig& c)
{
    return c.dataset + "\n" + c.dataDir + "\n" + std::to_string(c.imageSize) + "\n" + (c.skipUnreadable ? "1" : "0")
        + "\n" + c.cacheDir;
}

QImage toImage(const at::Tensor& chw)
{
    const at::Tensor image = (chw.clamp(0, 1) * 255).to(torch::kByte).permute({ 1, 2, 0 }).contiguous();
    const int h = static_cast<int>(image.size(0));
    const int w = static_cast<int>(image.size(1));
    const bool grey = image.size(2) == 1;
    QImage out(w, h, grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    for (int y = 0; y < h; ++y) {
        std::memcpy(out.scanLine(y), image[y].data_ptr<uint8_t>(), static_cast<size_t>(w * (grey ? 1 : 3)));
    }
    return out;
}

QVector<double> counts(const std::vector<int64_t>& v)
{
    QVector<double> out;
    for (int64_t x : v) {
        out.push_back(static_cast<double>(x));
    }
    return out;
}

/// The decoded dataset of `config`: the cached one when the source is the same, else read (and cached).
std::shared_ptr<DatasetSplits> splitsFor(const TrainConfig& config, DataPreviewService::Cache& cache)
{
    {
        std::lock_guard<std::mutex> lock(cache.mutex);
        if (cache.key == sourceKey(config) && cache.splits) {
            return cache.splits;
        }
    }
    auto splits = std::make_shared<DatasetSplits>(loadDataset(datasetSourceFor(config)));
    std::lock_guard<std::mutex> lock(cache.mutex);
    cache.key = sourceKey(config);
    cache.splits = splits;
    return splits;
}

DataPreview build(TrainConfig config, quint64 request, const std::shared_ptr<DataPreviewService::Cache>& cache)
{
    DataPreview p;
    p.request = request;
    try {
        const std::shared_ptr<DatasetSplits> splits = splitsFor(config, *cache);
        for (const std::string& name : splits->classNames) {
            p.sourceClasses.push_back(QString::fromStdString(name));
        }
        const ImbalanceOptions options = imbalanceOptionsFor(config);
        validate(options);
        const ImbalancedDataset data = buildImbalancedDataset(*splits, options);
        for (const std::string& name : data.classNames) {
            p.classNames.push_back(QString::fromStdString(name));
        }
        p.train = counts(data.train.classCounts);
        p.validation = counts(data.validation.classCounts);
        p.test = counts(data.test.classCounts);
        p.fingerprint = QString::fromStdString(data.fingerprint);
        for (int64_t c = 0; c < data.classCount(); ++c) {
            QVector<QImage> row;
            const at::Tensor mine = data.train.labels.eq(c).nonzero().flatten();
            const at::Tensor first = mine.narrow(0, 0, std::min<int64_t>(6, mine.size(0)));
            if (first.size(0) > 0) {
                const at::Tensor images = data.train.gatherImages(first);
                for (int64_t k = 0; k < images.size(0); ++k) {
                    row.push_back(toImage(images[k]));
                }
            }
            p.thumbnails.push_back(row);
        }
    } catch (const std::exception& e) {
        p.error = QString::fromStdString(describeException(e));
    }
    return p;
}

} // namespace

DataPreviewService::DataPreviewService(QObject* parent)
    : QObject(parent)
    , m_cache(std::make_shared<Cache>())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &DataPreviewService::launch);
    connect(&m_watcher, &QFutureWatcher<DataPreview>::finished, this, [this] {
        const DataPreview p = m_watcher.result();
        if (m_again) {
            m_again = false;
            launch(); // settings changed while building: build again, drop this one
            return;
        }
        Q_EMIT busyChanged(false);
        if (p.request == m_request) {
            Q_EMIT previewReady(p);
        }
    });
}

DataPreviewService::~DataPreviewService()
{
    m_watcher.waitForFinished();
}

void DataPreviewService::request(const TrainConfig& config)
{
    m_pending = config;
    ++m_request;
    m_debounce.start();
}

void DataPreviewService::launch()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    Q_EMIT busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run(build, m_pending, m_request, m_cache));
}

QVector<QImage> DataPreviewService::sampleImages(const TrainConfig& config, const QString& split,
                                                const QVector<qint64>& indices, int side) const
{
    const std::shared_ptr<DatasetSplits> splits = splitsFor(config, *m_cache);
    const ImbalanceOptions options = imbalanceOptionsFor(config);
    validate(options);
    const ImbalancedDataset data = buildImbalancedDataset(*splits, options);
    const SubsetView& part = split == QStringLiteral("test") ? data.test : data.validation;
    const int64_t size = part.size();
    std::vector<int64_t> positions;
    for (qint64 index : indices) {
        if (index < 0 || index >= size) {
            throw InputError("sample " + std::to_string(index) + " is not in the experiment's " + split.toStdString()
                             + " split (" + std::to_string(size) + " images): the dataset or its settings changed");
        }
        positions.push_back(index);
    }
    QVector<QImage> out;
    constexpr int64_t kChunk = 512; // gathered in chunks: an ISIC split as float images would not fit at once
    for (size_t begin = 0; begin < positions.size(); begin += kChunk) {
        const size_t end = std::min(positions.size(), begin + kChunk);
        const std::vector<int64_t> chunk(positions.begin() + static_cast<std::ptrdiff_t>(begin),
                                         positions.begin() + static_cast<std::ptrdiff_t>(end));
        const at::Tensor images = part.gatherImages(torch::tensor(chunk, torch::kLong));
        for (int64_t k = 0; k < images.size(0); ++k) {
            QImage image = toImage(images[k]);
            if (image.width() > side || image.height() > side) {
                image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            }
            out.push_back(image);
        }
    }
    return out;
}

DataPreview DataPreviewService::computeNow(const TrainConfig& config)
{
    return build(config, ++m_request, m_cache);
}

} // namespace aclwb::gui
