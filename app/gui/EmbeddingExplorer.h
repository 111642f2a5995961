// SPDX-License-Identifier: MIT
#pragma once

#include "GuiEvents.h"
#include "train/TrainConfig.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <map>

namespace aclwb::gui {

class DataPreviewService;
class EmbeddingWorker;

/// The embedding tab's model: a run's snapshots (arriving live from the training worker, or read from a run
/// directory), the layout of the one shown, and the replay. Layouts are computed by an EmbeddingWorker on its own
/// thread; each new snapshot or setting starts from the layout on screen (warm start), so points move instead of
/// jumping, and supersedes a layout still being computed. Finished layouts are kept per epoch and settings, so a
/// replay computes each epoch once. Sample images (hover, gallery) come from the DataPreviewService's decoded data.
class EmbeddingExplorer : public QObject {
    Q_OBJECT

public:
    enum class Space { Projections, Features };
    enum class Points { Snapshots, Test };
    struct Settings {
        QString method = QStringLiteral("tsne"); // "tsne" or "pca"
        Space space = Space::Projections;
        Points points = Points::Snapshots;
        double perplexity = 30.0;
        int iterations = 1000;
        double theta = 0.5;
        quint64 seed = 1;
        int pcaDimensions = 50;
    };

    /// `images` may be null (no thumbnails).
    explicit EmbeddingExplorer(DataPreviewService* images, QObject* parent = nullptr);
    ~EmbeddingExplorer() override;

    void clear();
    /// A live run starts (its snapshots follow through addSnapshot); t-SNE then uses one thread, not the run's.
    void beginRun(const QStringList& classNames, const TrainConfig& config, const QString& runDir);
    void addSnapshot(const SnapshotEvent& snapshot);
    /// The live run ended; a finished run's test embeddings become available.
    void endRun();
    /// A run directory's snapshots (and test embeddings when finished); false with `error` when it has none.
    bool openRun(const QString& runDir, QString* error);

    QStringList classNames() const { return m_classNames; }
    QString runDir() const { return m_runDir; }
    /// Global epochs with a snapshot, ascending.
    QVector<int> epochs() const;
    int currentEpoch() const { return m_epoch; }
    bool live() const { return m_live; }
    bool hasTestPoints() const;
    /// The embedding space of the test points (the run's `embedding` key).
    Space testSpace() const;

    Settings settings() const { return m_settings; }
    /// Recomputes the shown points with new settings, starting from the current layout where that makes sense.
    void setSettings(const Settings& settings);
    /// Shows (computing if needed) the snapshot of a global epoch; the last epoch makes the view follow a live run.
    void showEpoch(int epoch);
    /// Replays every snapshot from the first (or from the shown one when paused midway, unless `fromStart`) to the
    /// last.
    void play(bool fromStart = false);
    void stopPlaying();
    bool playing() const { return m_playing; }
    bool computing() const { return m_computing; }

    /// The points on screen.
    int rows() const { return static_cast<int>(m_shown.labels.size()); }
    const SnapshotEvent& shownPoints() const { return m_shown; }
    QVector<double> layout() const { return m_xy; }
    LayoutFrame lastFrame() const { return m_frame; }
    /// The sample image of a shown row (null while loading or without data).
    QImage image(int row) const;
    bool imagesLoaded() const;
    /// "Sample 123 (validation): true Shirt, predicted T-shirt".
    QString describe(int row) const;
    /// The same, short enough to go under a thumbnail: "#123 Shirt" or "#123 Shirt, predicted T-shirt".
    QString caption(int row) const;
    /// Whether the classifier got the row wrong (false before a classifier exists).
    bool wrong(int row) const;

    /// The points of a snapshot epoch (read from the run directory on first use); false with `error`.
    bool snapshotAt(int epoch, SnapshotEvent* out, QString* error);
    /// Finished layouts of every epoch with the current settings, by epoch (replay export).
    std::map<int, QVector<double>> finishedLayouts() const;
    /// The shown layout: epoch, split, index, label, class, predicted, x, y (atomic write).
    bool writeCoordinatesCsv(const QString& path, QString* error) const;
    /// A warning when the picture misleads about class separation (the trust indicators disagree), else empty.
    static QString trustWarning(const LayoutFrame& frame);

    /// The worker (tests and the benchmark time and cancel it).
    EmbeddingWorker* worker() const { return m_worker; }

Q_SIGNALS:
    void epochsChanged();
    void currentEpochChanged(int epoch);
    /// Different rows are shown (epoch, points or space changed): views take them with the current layout.
    void pointsChanged();
    /// A frame of the shown points: while t-SNE optimises (final = false) and when done.
    void frameReady(const aclwb::gui::LayoutFrame& frame);
    void playingChanged(bool playing);
    void computingChanged(bool computing);
    void imagesChanged();
    /// Sample images could not be read (hover and galleries show captions only); layouts go on.
    void imagesUnavailable(const QString& message);
    void failed(const QString& message);
    /// Queued to the worker's thread.
    void layoutRequested(const aclwb::gui::LayoutRequest& request);

private:
    void onFrame(const LayoutFrame& frame);
    void onFinished(const LayoutFrame& frame);
    /// Shows a finished layout (computed now or kept from before) and lets a replay move on.
    void presentFinal(const LayoutFrame& frame);
    void compute();
    void setComputing(bool computing);
    /// The points of `epoch` for the current settings (reads a finished run's snapshot on first use).
    bool pointsOf(int epoch, SnapshotEvent* out, QString* error);
    QString cacheKey(int epoch) const;
    void loadImages(const QString& split, const QVector<qint64>& indices);
    void advancePlay();

    DataPreviewService* m_images = nullptr;
    QThread m_thread;
    EmbeddingWorker* m_worker = nullptr;
    QStringList m_classNames;
    TrainConfig m_config;
    QString m_runDir;
    bool m_live = false;
    std::map<int, SnapshotEvent> m_snapshots; // by global epoch; a finished run's are read on first use
    QVector<int> m_epochs;
    SnapshotEvent m_test; // a finished run's test embeddings (embeddings.csv), read on first use
    bool m_testRead = false;
    Settings m_settings;
    int m_epoch = -1;
    bool m_follow = true;
    SnapshotEvent m_shown;
    QVector<double> m_xy;
    LayoutFrame m_frame;
    quint64 m_request = 0;
    bool m_computing = false;
    QHash<QString, LayoutFrame> m_cache;
    bool m_playing = false;
    QTimer m_playTimer;
    QHash<QString, QHash<qint64, QImage>> m_imageCache; // by split, then sample index
    QFutureWatcher<QPair<QString, QVector<QImage>>> m_imageWatcher;
    QString m_imageSplit;
    QVector<qint64> m_imageIndices;
    quint64 m_imageGeneration = 0;  // bumped by clear(): a load started for another run is dropped
    quint64 m_loadingGeneration = 0;
    QString m_pendingSplit; // asked for while a load was running: loaded next
    QVector<qint64> m_pendingIndices;
};

} // namespace aclwb::gui
