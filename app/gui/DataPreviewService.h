// SPDX-License-Identifier: MIT
#pragma once

#include "GuiEvents.h"
#include "train/TrainConfig.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <mutex>

namespace aclwb::gui {

/// Builds the experiment the panel describes, in the background, with the core's own reader and imbalance builder
/// (so the counts shown are exactly what a run will use): class names, per-split counts and sample images. Requests
/// are debounced (a slider drag costs one build), the decoded dataset is kept between requests, and an answer to
/// an outdated request is dropped.
class DataPreviewService : public QObject {
    Q_OBJECT

public:
    explicit DataPreviewService(QObject* parent = nullptr);
    ~DataPreviewService() override;

    /// Asks for a preview of `config`'s data keys; previewReady follows (after the debounce and the build).
    void request(const TrainConfig& config);
    /// The same, without the debounce, blocking until the preview is ready (tests, first start).
    DataPreview computeNow(const TrainConfig& config);

    /// The images of `indices` (positions in the experiment's "validation" or "test" split) for hover and galleries,
    /// scaled down to `side` pixels when larger. Blocking and thread-safe (run it in the background); shares the
    /// decoded dataset with the preview. InputError when the data cannot be read or an index is out of range.
    QVector<QImage> sampleImages(const TrainConfig& config, const QString& split, const QVector<qint64>& indices,
                                 int side = 96) const;

    /// The last decoded dataset, shared with the background build (defined in the .cpp).
    struct Cache;

Q_SIGNALS:
    void previewReady(const aclwb::gui::DataPreview& preview);
    void busyChanged(bool busy);

private:
    void launch();

    std::shared_ptr<Cache> m_cache;
    TrainConfig m_pending;
    quint64 m_request = 0;
    QTimer m_debounce;
    QFutureWatcher<DataPreview> m_watcher;
    bool m_again = false;
};

} // namespace aclwb::gui
