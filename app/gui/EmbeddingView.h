// SPDX-License-Identifier: MIT
#pragma once

#include "GuiEvents.h"
#include "SampleGallery.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace aclwb::widgets {
class EmbeddingScatter;
} // namespace aclwb::widgets

namespace aclwb::gui {

class EmbeddingExplorer;

/// The Embedding tab: the scatter of the shown snapshot (t-SNE or PCA, projection head or encoder features,
/// validation snapshots or the finished run's test set), the epoch slider with Play, the t-SNE settings, the sample
/// under the cursor, the trust indicators and the exports. Binds to its EmbeddingExplorer in two directions:
/// controls -> explorer setters, explorer signals -> controls, with a guard against loops.
class EmbeddingView : public QWidget {
    Q_OBJECT

public:
    explicit EmbeddingView(EmbeddingExplorer* explorer, QWidget* parent = nullptr);

    EmbeddingExplorer* explorer() const { return m_explorer; }
    widgets::EmbeddingScatter* scatter() const { return m_scatter; }
    QSlider* epochSlider() const { return m_slider; }
    QPushButton* playButton() const { return m_play; }
    QComboBox* methodBox() const { return m_method; }
    QComboBox* spaceBox() const { return m_space; }
    QComboBox* pointsBox() const { return m_points; }
    QDoubleSpinBox* perplexityBox() const { return m_perplexity; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* trustLabel() const { return m_trust; }
    QLabel* warningLabel() const { return m_warning; }
    QLabel* inspectorText() const { return m_inspectorText; }
    QLabel* inspectorImage() const { return m_inspectorImage; }

    /// Opens a gallery of `rows` (images, sample index, true and predicted class) in a window of its own.
    widgets::SampleGallery* showGallery(const QVector<int>& rows);
    widgets::SampleGallery* lastGallery() const { return m_gallery; }
    bool exportCoordinates(const QString& path, QString* error);
    /// One PNG per snapshot epoch (epoch-NNN.png) and, where libwebp is at hand, replay.webp, into `folder`.
    /// Epochs without a finished layout are computed first (a replay runs); replayExported follows.
    void exportReplay(const QString& folder);

Q_SIGNALS:
    void replayExported(const QString& folder, int frames, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void bindExplorer();
    void applySettings(); // UI -> explorer
    void syncControls();  // explorer -> UI
    void takePoints();
    void showFrame(const LayoutFrame& frame);
    void showHovered(int row);
    QString epochTitle(int epoch) const;
    void writeReplay();

    EmbeddingExplorer* m_explorer = nullptr;
    widgets::EmbeddingScatter* m_scatter = nullptr;
    QComboBox* m_points = nullptr;
    QComboBox* m_space = nullptr;
    QComboBox* m_method = nullptr;
    QToolButton* m_pan = nullptr;
    QToolButton* m_rectangle = nullptr;
    QToolButton* m_lasso = nullptr;
    QToolButton* m_export = nullptr;
    QAction* m_exportImage = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_exportReplay = nullptr;
    QLabel* m_settingsTitle = nullptr;
    QLabel* m_perplexityLabel = nullptr;
    QLabel* m_iterationsLabel = nullptr;
    QLabel* m_thetaLabel = nullptr;
    QLabel* m_seedLabel = nullptr;
    QLabel* m_pcaLabel = nullptr;
    QDoubleSpinBox* m_perplexity = nullptr;
    QSpinBox* m_iterations = nullptr;
    QDoubleSpinBox* m_theta = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_pca = nullptr;
    QLabel* m_inspectorTitle = nullptr;
    QLabel* m_inspectorImage = nullptr;
    QLabel* m_inspectorText = nullptr;
    QLabel* m_trustTitle = nullptr;
    QLabel* m_trust = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_play = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_epochLabel = nullptr;
    QTimer m_settingsDebounce;
    bool m_syncing = false; // explorer -> UI in progress: UI signals must not call back
    bool m_pointsStale = true;
    int m_hovered = -1;
    QString m_error;
    QPointer<widgets::SampleGallery> m_gallery;
    QString m_replayFolder; // a replay export waiting for its layouts
};

} // namespace aclwb::gui
