// SPDX-License-Identifier: MIT
#include "EmbeddingExplorer.h"

#include "DataPreviewService.h"
#include "EmbeddingWorker.h"
#include "run/RunDirectory.h"
#include "train/RunFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrent>

#include <algorithm>
#include <cmath>

namespace aclwb::gui {
namespace {

/// How long a replay shows each finished epoch before moving on.
constexpr int kPlayDwellMilliseconds = 600;
/// Trust indicators this far apart (10-NN accuracy) make the picture misleading about class separation.
constexpr double kKnnGap = 0.05;
constexpr double kLowTrust = 0.9;

QString spaceName(EmbeddingExplorer::Space space)
{
    return space == EmbeddingExplorer::Space::Features ? QStringLiteral("features") : QStringLiteral("projections");
}

} // namespace

EmbeddingExplorer::EmbeddingExplorer(DataPreviewService* images, QObject* parent)
    : QObject(parent)
    , m_images(images)
    , m_worker(new EmbeddingWorker)
{
    m_thread.setObjectName(QStringLiteral("aclwb-embedding"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &EmbeddingExplorer::layoutRequested, m_worker, &EmbeddingWorker::compute);
    connect(m_worker, &EmbeddingWorker::frame, this, &EmbeddingExplorer::onFrame);
    connect(m_worker, &EmbeddingWorker::finished, this, &EmbeddingExplorer::onFinished);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &EmbeddingWorker::lowerPriority, Qt::QueuedConnection);
    m_playTimer.setSingleShot(true);
    m_playTimer.setInterval(kPlayDwellMilliseconds);
    connect(&m_playTimer, &QTimer::timeout, this, &EmbeddingExplorer::advancePlay);
    connect(&m_imageWatcher, &QFutureWatcher<QPair<QString, QVector<QImage>>>::finished, this, [this] {
        const QPair<QString, QVector<QImage>> result = m_imageWatcher.result();
        const bool current = m_loadingGeneration == m_imageGeneration; // not a previous run's images
        if (current && !result.first.isEmpty()) {
            Q_EMIT imagesUnavailable(tr("Sample images are not available: %1").arg(result.first));
        } else if (current) {
            QHash<qint64, QImage>& cache = m_imageCache[m_imageSplit];
            for (int k = 0; k < m_imageIndices.size() && k < result.second.size(); ++k) {
                cache.insert(m_imageIndices[k], result.second[k]);
            }
            Q_EMIT imagesChanged();
        }
        if (!m_pendingIndices.isEmpty()) {
            const QString split = m_pendingSplit;
            const QVector<qint64> indices = m_pendingIndices;
            m_pendingSplit.clear();
            m_pendingIndices.clear();
            loadImages(split, indices);
        }
    });
}

EmbeddingExplorer::~EmbeddingExplorer()
{
    m_worker->stop(); // a t-SNE in progress stops within a few iterations
    m_thread.quit();
    m_thread.wait();
    m_imageWatcher.waitForFinished();
}

void EmbeddingExplorer::clear()
{
    stopPlaying();
    m_worker->supersede(++m_request);
    setComputing(false);
    m_classNames.clear();
    m_config = TrainConfig();
    m_runDir.clear();
    m_live = false;
    m_snapshots.clear();
    m_epochs.clear();
    m_test = SnapshotEvent();
    m_testRead = false;
    m_epoch = -1;
    m_follow = true;
    m_shown = SnapshotEvent();
    m_xy.clear();
    m_frame = LayoutFrame();
    m_cache.clear();
    m_imageCache.clear();
    ++m_imageGeneration;
    m_pendingSplit.clear();
    m_pendingIndices.clear();
    if (m_settings.points == Points::Test) {
        m_settings.points = Points::Snapshots;
    }
    Q_EMIT epochsChanged();
    Q_EMIT pointsChanged();
    Q_EMIT currentEpochChanged(-1);
}

void EmbeddingExplorer::beginRun(const QStringList& classNames, const TrainConfig& config, const QString& runDir)
{
    clear();
    m_classNames = classNames;
    m_config = config;
    m_runDir = runDir;
    m_live = true;
    // A resumed run: the snapshots taken before the stop are on disk (read when shown).
    for (int64_t epoch : listSnapshotEpochs(runDir.toStdString())) {
        m_epochs.push_back(static_cast<int>(epoch));
    }
    if (!m_epochs.isEmpty()) {
        Q_EMIT epochsChanged();
    }
}

void EmbeddingExplorer::addSnapshot(const SnapshotEvent& snapshot)
{
    m_snapshots[snapshot.globalEpoch] = snapshot;
    if (!m_epochs.contains(snapshot.globalEpoch)) {
        m_epochs.push_back(snapshot.globalEpoch);
        std::sort(m_epochs.begin(), m_epochs.end());
    }
    Q_EMIT epochsChanged();
    loadImages(snapshot.split, snapshot.indices); // once per run: the snapshot subsample is fixed
    // Follow the run unless the user is looking at an earlier epoch (or replaying).
    if ((m_follow || m_epoch < 0) && !m_playing && m_settings.points == Points::Snapshots) {
        showEpoch(snapshot.globalEpoch);
    }
}

void EmbeddingExplorer::endRun()
{
    m_live = false;
    Q_EMIT epochsChanged(); // no longer live; a finished run's test points can be chosen now
}

bool EmbeddingExplorer::openRun(const QString& runDir, QString* error)
{
    RunSummary summary;
    try {
        summary = readRunSummary(runDir.toStdString());
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    clear();
    m_runDir = runDir;
    if (summary.listing.config) {
        m_config = *summary.listing.config;
    }
    for (const std::string& name : summary.listing.classNames) {
        m_classNames.push_back(QString::fromStdString(name));
    }
    for (int64_t epoch : summary.snapshotEpochs) {
        m_epochs.push_back(static_cast<int>(epoch));
    }
    Q_EMIT epochsChanged();
    if (m_epochs.isEmpty() && !hasTestPoints()) {
        *error = tr("%1 has no embedding snapshots (snapshot_every was 0) and no test embeddings (the run did not "
                    "finish).")
                     .arg(QDir::toNativeSeparators(runDir));
        return false;
    }
    if (!m_epochs.isEmpty()) {
        showEpoch(m_epochs.back());
        if (!m_shown.indices.isEmpty()) {
            loadImages(m_shown.split, m_shown.indices);
        }
    } else {
        Settings s = m_settings;
        s.points = Points::Test;
        setSettings(s);
    }
    return true;
}

QVector<int> EmbeddingExplorer::epochs() const
{
    return m_epochs;
}

bool EmbeddingExplorer::hasTestPoints() const
{
    return !m_live && !m_runDir.isEmpty() && QFileInfo::exists(m_runDir + QStringLiteral("/embeddings.csv"))
        && QFileInfo::exists(m_runDir + QStringLiteral("/results.json"));
}

EmbeddingExplorer::Space EmbeddingExplorer::testSpace() const
{
    return m_config.embedding == "projection" ? Space::Projections : Space::Features;
}

bool EmbeddingExplorer::pointsOf(int epoch, SnapshotEvent* out, QString* error)
{
    try {
        if (m_settings.points == Points::Test) {
            if (!m_testRead) {
                const EmbeddingTable table
                    = readEmbeddingsCsv(QString(m_runDir + QStringLiteral("/embeddings.csv")).toStdString());
                SnapshotEvent t;
                t.split = QStringLiteral("test");
                t.points = static_cast<int>(table.rows());
                for (int64_t r = 0; r < table.rows(); ++r) {
                    t.indices.push_back(r);
                    t.labels.push_back(static_cast<int>(table.labels[static_cast<size_t>(r)]));
                }
                QVector<float> values(table.values.begin(), table.values.end());
                (testSpace() == Space::Features ? t.features : t.projections) = values;
                (testSpace() == Space::Features ? t.featureDim : t.projectionDim) = static_cast<int>(table.dim);
                m_test = t;
                m_testRead = true;
            }
            *out = m_test;
            return true;
        }
        auto it = m_snapshots.find(epoch);
        if (it == m_snapshots.end()) {
            it = m_snapshots.emplace(epoch, snapshotEventFrom(readRunSnapshot(m_runDir.toStdString(), epoch))).first;
        }
        *out = it->second;
        return true;
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
}

QString EmbeddingExplorer::cacheKey(int epoch) const
{
    const Settings& s = m_settings;
    // Epoch -1 is the test set (snapshot epochs start at 1).
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(s.points == Points::Test ? -1 : epoch)
        .arg(spaceName(s.points == Points::Test ? testSpace() : s.space), s.method)
        .arg(s.perplexity)
        .arg(s.iterations)
        .arg(s.theta)
        .arg(s.seed)
        .arg(s.pcaDimensions);
}

void EmbeddingExplorer::showEpoch(int epoch)
{
    const QVector<int> all = epochs();
    if (m_settings.points == Points::Snapshots && !all.contains(epoch)) {
        return;
    }
    SnapshotEvent points;
    QString error;
    if (!pointsOf(epoch, &points, &error)) {
        stopPlaying();
        Q_EMIT failed(tr("Cannot read the snapshot of epoch %1: %2").arg(epoch).arg(error));
        return;
    }
    m_follow = m_settings.points == Points::Snapshots && epoch == all.back();
    const bool sameRows = points.split == m_shown.split && points.indices == m_shown.indices;
    // Positions to show before the first frame: the current layout, where the rows are the same samples.
    const QVector<double> previous = sameRows ? m_xy : QVector<double>();
    const QString previousMethod = m_frame.method;
    m_shown = points;
    if (m_settings.points == Points::Snapshots && epoch != m_epoch) {
        m_epoch = epoch;
        Q_EMIT currentEpochChanged(epoch);
    }
    m_xy = previous;
    Q_EMIT pointsChanged();
    const auto cached = m_cache.constFind(cacheKey(epoch));
    if (cached != m_cache.constEnd()) {
        m_worker->supersede(++m_request);
        setComputing(false);
        presentFinal(*cached);
        return;
    }
    // Warm start from a t-SNE layout of the same split (the trainer's snapshot subsample is fixed, so epochs match
    // row by row; the core places rows without a previous position near their nearest neighbour).
    m_frame = LayoutFrame();
    m_frame.method = previousMethod;
    compute();
}

void EmbeddingExplorer::compute()
{
    const bool features
        = (m_settings.points == Points::Test ? testSpace() : m_settings.space) == Space::Features;
    LayoutRequest r;
    r.id = ++m_request;
    r.method = m_settings.method;
    r.dims = features ? m_shown.featureDim : m_shown.projectionDim;
    r.rows = static_cast<int>(m_shown.labels.size());
    r.data = features ? m_shown.features : m_shown.projections;
    r.indices = m_shown.indices;
    r.labels = m_shown.labels;
    r.perplexity = m_settings.perplexity;
    r.iterations = m_settings.iterations;
    r.theta = m_settings.theta;
    r.seed = m_settings.seed;
    r.pcaDimensions = m_settings.pcaDimensions;
    const bool fromTsne = m_frame.method == QStringLiteral("exact") || m_frame.method == QStringLiteral("barnes-hut");
    if (r.method == QStringLiteral("tsne") && fromTsne && m_xy.size() == 2 * r.rows) {
        r.warmIndices = m_shown.indices;
        r.warmLayout = m_xy;
    }
    // Beside a training run, t-SNE takes one thread so the run keeps its cores.
    r.threads = m_live ? 1 : 0;
    m_worker->supersede(r.id);
    setComputing(true);
    Q_EMIT layoutRequested(r);
}

void EmbeddingExplorer::setSettings(const Settings& settings)
{
    const bool pointsChanged = settings.points != m_settings.points;
    m_settings = settings;
    if (m_settings.points == Points::Test && !hasTestPoints()) {
        m_settings.points = Points::Snapshots;
    }
    if (pointsChanged) {
        stopPlaying();
    }
    if (m_settings.points == Points::Test) {
        showEpoch(-1);
        if (!m_shown.indices.isEmpty()) {
            loadImages(m_shown.split, m_shown.indices);
        }
        return;
    }
    if (m_epoch >= 0) {
        showEpoch(m_epoch);
    } else if (!epochs().isEmpty()) {
        showEpoch(epochs().back());
    }
}

void EmbeddingExplorer::setComputing(bool computing)
{
    if (computing != m_computing) {
        m_computing = computing;
        Q_EMIT computingChanged(computing);
    }
}

void EmbeddingExplorer::onFrame(const LayoutFrame& frame)
{
    if (frame.id != m_request) {
        return; // a superseded layout
    }
    m_xy = frame.xy;
    m_frame = frame;
    Q_EMIT frameReady(frame);
}

void EmbeddingExplorer::onFinished(const LayoutFrame& frame)
{
    if (frame.id != m_request) {
        return;
    }
    setComputing(false);
    if (!frame.error.isEmpty()) {
        stopPlaying();
        Q_EMIT failed(tr("Cannot lay out the embedding: %1").arg(frame.error));
        return;
    }
    m_cache.insert(cacheKey(m_epoch), frame);
    presentFinal(frame);
}

void EmbeddingExplorer::presentFinal(const LayoutFrame& frame)
{
    m_xy = frame.xy;
    m_frame = frame;
    Q_EMIT frameReady(frame);
    if (m_playing) {
        m_playTimer.start(); // the replay moves on after the dwell
    }
}

void EmbeddingExplorer::play(bool fromStart)
{
    const QVector<int> all = epochs();
    if (all.isEmpty() || m_settings.points != Points::Snapshots) {
        return;
    }
    m_playing = true;
    Q_EMIT playingChanged(true);
    // From the start, unless paused midway.
    showEpoch(fromStart || m_epoch < 0 || m_epoch == all.back() ? all.front() : m_epoch);
}

void EmbeddingExplorer::stopPlaying()
{
    m_playTimer.stop();
    if (m_playing) {
        m_playing = false;
        Q_EMIT playingChanged(false);
    }
}

void EmbeddingExplorer::advancePlay()
{
    const QVector<int> all = epochs();
    const int at = static_cast<int>(all.indexOf(m_epoch));
    if (!m_playing || at < 0 || at + 1 >= all.size()) {
        stopPlaying();
        return;
    }
    showEpoch(all[at + 1]);
}

bool EmbeddingExplorer::snapshotAt(int epoch, SnapshotEvent* out, QString* error)
{
    if (m_settings.points != Points::Snapshots) {
        *error = tr("Only snapshots have epochs.");
        return false;
    }
    return pointsOf(epoch, out, error);
}

std::map<int, QVector<double>> EmbeddingExplorer::finishedLayouts() const
{
    std::map<int, QVector<double>> out;
    for (int epoch : epochs()) {
        const auto it = m_cache.constFind(cacheKey(epoch));
        if (it != m_cache.constEnd()) {
            out[epoch] = it->xy;
        }
    }
    return out;
}

void EmbeddingExplorer::loadImages(const QString& split, const QVector<qint64>& indices)
{
    if (m_images == nullptr || indices.isEmpty()) {
        return;
    }
    if (m_imageWatcher.isRunning()) {
        m_pendingSplit = split; // the newest request waits for the running one
        m_pendingIndices = indices;
        return;
    }
    const QHash<qint64, QImage>& cache = m_imageCache[split];
    if (cache.contains(indices.front()) && cache.contains(indices.back())) {
        return;
    }
    m_imageSplit = split;
    m_imageIndices = indices;
    m_loadingGeneration = m_imageGeneration;
    DataPreviewService* service = m_images;
    const TrainConfig config = m_config;
    m_imageWatcher.setFuture(QtConcurrent::run([service, config, split, indices] {
        try {
            return qMakePair(QString(), service->sampleImages(config, split, indices));
        } catch (const std::exception& e) {
            return qMakePair(QString::fromStdString(e.what()), QVector<QImage>());
        }
    }));
}

bool EmbeddingExplorer::imagesLoaded() const
{
    const auto it = m_imageCache.constFind(m_shown.split);
    return it != m_imageCache.constEnd() && !m_shown.indices.isEmpty() && it->contains(m_shown.indices.front());
}

QImage EmbeddingExplorer::image(int row) const
{
    if (row < 0 || row >= m_shown.indices.size()) {
        return {};
    }
    return m_imageCache.value(m_shown.split).value(m_shown.indices[row]);
}

bool EmbeddingExplorer::wrong(int row) const
{
    return row >= 0 && row < m_shown.predicted.size() && m_shown.predicted[row] >= 0
        && m_shown.predicted[row] != m_shown.labels.value(row);
}

QString EmbeddingExplorer::describe(int row) const
{
    if (row < 0 || row >= rows()) {
        return {};
    }
    const QString truth = m_classNames.value(m_shown.labels[row], QString::number(m_shown.labels[row]));
    const QString split = m_shown.split == QStringLiteral("test") ? tr("test") : tr("validation");
    if (row < m_shown.predicted.size() && m_shown.predicted[row] >= 0) {
        return tr("Sample %1 (%2): true %3, predicted %4")
            .arg(m_shown.indices[row])
            .arg(split, truth, m_classNames.value(m_shown.predicted[row]));
    }
    return tr("Sample %1 (%2): true %3, no classifier yet").arg(m_shown.indices[row]).arg(split, truth);
}

QString EmbeddingExplorer::caption(int row) const
{
    if (row < 0 || row >= rows()) {
        return {};
    }
    const QString truth = m_classNames.value(m_shown.labels[row], QString::number(m_shown.labels[row]));
    if (wrong(row)) {
        return tr("#%1 %2, predicted %3").arg(m_shown.indices[row]).arg(truth, m_classNames.value(m_shown.predicted[row]));
    }
    return tr("#%1 %2").arg(m_shown.indices[row]).arg(truth);
}

bool EmbeddingExplorer::writeCoordinatesCsv(const QString& path, QString* error) const
{
    if (m_xy.size() != 2 * rows()) {
        *error = tr("No layout to export yet.");
        return false;
    }
    QByteArray csv("epoch,split,index,label,class,predicted,x,y\n");
    const QByteArray epoch = m_settings.points == Points::Test ? QByteArray("test") : QByteArray::number(m_epoch);
    for (int r = 0; r < rows(); ++r) {
        QByteArray name = m_classNames.value(m_shown.labels[r]).toUtf8();
        if (name.contains(',') || name.contains('"')) {
            name = '"' + name.replace("\"", "\"\"") + '"';
        }
        csv += epoch + ',' + m_shown.split.toUtf8() + ',' + QByteArray::number(m_shown.indices[r]) + ','
            + QByteArray::number(m_shown.labels[r]) + ',' + name + ','
            + QByteArray::number(r < m_shown.predicted.size() ? m_shown.predicted[r] : -1) + ','
            + QByteArray::number(m_xy[2 * r], 'g', 17) + ',' + QByteArray::number(m_xy[2 * r + 1], 'g', 17) + '\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString EmbeddingExplorer::trustWarning(const LayoutFrame& frame)
{
    if (!frame.final || frame.knnLayout < 0.0 || frame.knnOriginal < 0.0) {
        return {};
    }
    if (frame.knnLayout - frame.knnOriginal > kKnnGap) {
        return tr("The picture separates the classes more cleanly than the embedding does (10-NN accuracy %1 here, "
                  "%2 in the embedding).")
            .arg(frame.knnLayout, 0, 'f', 3)
            .arg(frame.knnOriginal, 0, 'f', 3);
    }
    if (frame.knnOriginal - frame.knnLayout > kKnnGap) {
        return tr("The embedding separates the classes better than this picture shows (10-NN accuracy %1 here, %2 in "
                  "the embedding).")
            .arg(frame.knnLayout, 0, 'f', 3)
            .arg(frame.knnOriginal, 0, 'f', 3);
    }
    if (frame.trustworthiness >= 0.0 && frame.trustworthiness < kLowTrust) {
        return tr("Trustworthiness %1: many neighbours in the picture are not neighbours in the embedding.")
            .arg(frame.trustworthiness, 0, 'f', 3);
    }
    return {};
}

} // namespace aclwb::gui
