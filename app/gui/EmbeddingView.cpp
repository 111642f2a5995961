// SPDX-License-Identifier: MIT
#include "EmbeddingView.h"

#include "AnimatedWebp.h"
#include "EmbeddingExplorer.h"
#include "EmbeddingScatter.h"
#include "SampleGallery.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace aclwb::gui {
namespace {

/// Replay frames and the animated file: one size, whatever the window's.
constexpr int kFrameWidth = 900;
constexpr int kFrameHeight = 700;
constexpr int kReplayFrameMilliseconds = 700;

QLabel* boldLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

EmbeddingView::EmbeddingView(EmbeddingExplorer* explorer, QWidget* parent)
    : QWidget(parent)
    , m_explorer(explorer)
{
    buildUi();
    retranslate();
    bindExplorer();
    syncControls();
}

void EmbeddingView::buildUi()
{
    m_points = new QComboBox(this);
    m_space = new QComboBox(this);
    m_method = new QComboBox(this);
    for (int k = 0; k < 2; ++k) {
        m_points->addItem(QString());
        m_space->addItem(QString());
        m_method->addItem(QString());
    }
    m_pan = new QToolButton(this);
    m_rectangle = new QToolButton(this);
    m_lasso = new QToolButton(this);
    auto* tools = new QButtonGroup(this);
    for (QToolButton* b : { m_pan, m_rectangle, m_lasso }) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tools->addButton(b);
    }
    m_pan->setChecked(true);
    m_export = new QToolButton(this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_export);
    m_exportImage = exportMenu->addAction(QString());
    m_exportCsv = exportMenu->addAction(QString());
    m_exportReplay = exportMenu->addAction(QString());
    m_export->setMenu(exportMenu);

    auto* top = new QHBoxLayout;
    top->addWidget(m_points);
    top->addWidget(m_space);
    top->addWidget(m_method);
    top->addSpacing(12);
    top->addWidget(m_pan);
    top->addWidget(m_rectangle);
    top->addWidget(m_lasso);
    top->addStretch(1);
    top->addWidget(m_export);

    m_scatter = new widgets::EmbeddingScatter(this);

    // The side panel: t-SNE settings, the sample under the cursor, the trust indicators.
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    m_settingsTitle = boldLabel(side);
    sideLayout->addWidget(m_settingsTitle);
    auto* form = new QFormLayout;
    m_perplexity = new QDoubleSpinBox(side);
    m_perplexity->setRange(2.0, 200.0);
    m_perplexity->setDecimals(1);
    m_perplexity->setValue(30.0);
    m_iterations = new QSpinBox(side);
    m_iterations->setRange(50, 20000);
    m_iterations->setSingleStep(250);
    m_iterations->setValue(1000);
    m_theta = new QDoubleSpinBox(side);
    m_theta->setRange(0.1, 1.0);
    m_theta->setSingleStep(0.1);
    m_theta->setValue(0.5);
    m_seed = new QSpinBox(side);
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_pca = new QSpinBox(side);
    m_pca->setRange(0, 1024);
    m_pca->setValue(50);
    m_perplexityLabel = new QLabel(side);
    m_iterationsLabel = new QLabel(side);
    m_thetaLabel = new QLabel(side);
    m_seedLabel = new QLabel(side);
    m_pcaLabel = new QLabel(side);
    form->addRow(m_perplexityLabel, m_perplexity);
    form->addRow(m_iterationsLabel, m_iterations);
    form->addRow(m_thetaLabel, m_theta);
    form->addRow(m_seedLabel, m_seed);
    form->addRow(m_pcaLabel, m_pca);
    sideLayout->addLayout(form);
    m_inspectorTitle = boldLabel(side);
    sideLayout->addWidget(m_inspectorTitle);
    m_inspectorImage = new QLabel(side);
    m_inspectorImage->setFixedSize(112, 112);
    m_inspectorImage->setAlignment(Qt::AlignCenter);
    m_inspectorImage->setFrameShape(QFrame::StyledPanel);
    sideLayout->addWidget(m_inspectorImage);
    m_inspectorText = new QLabel(side);
    m_inspectorText->setWordWrap(true);
    sideLayout->addWidget(m_inspectorText);
    m_trustTitle = boldLabel(side);
    sideLayout->addWidget(m_trustTitle);
    m_trust = new QLabel(side);
    m_trust->setWordWrap(true);
    sideLayout->addWidget(m_trust);
    m_warning = new QLabel(side);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #c0392b;"));
    sideLayout->addWidget(m_warning);
    sideLayout->addStretch(1);
    side->setMinimumWidth(230);
    side->setMaximumWidth(320);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_scatter);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setCollapsible(0, false);

    m_play = new QPushButton(this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_epochLabel = new QLabel(this);
    m_epochLabel->setMinimumWidth(140);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_play);
    bottom->addWidget(m_slider, 1);
    bottom->addWidget(m_epochLabel);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    m_settingsDebounce.setSingleShot(true);
    m_settingsDebounce.setInterval(400);
    connect(&m_settingsDebounce, &QTimer::timeout, this, &EmbeddingView::applySettings);
}

void EmbeddingView::retranslate()
{
    m_points->setItemText(0, tr("Validation snapshots"));
    m_points->setItemText(1, tr("Test set (final model)"));
    m_points->setToolTip(tr("Which points: the fixed validation subsample embedded every few epochs, or every test "
                            "image embedded by the finished model (embeddings.csv)"));
    m_space->setItemText(0, tr("Projection head"));
    m_space->setItemText(1, tr("Encoder features"));
    m_space->setToolTip(tr("The space the contrastive loss shapes (projection head) or the one the linear classifier "
                           "sees (encoder features)"));
    m_method->setItemText(0, tr("t-SNE"));
    m_method->setItemText(1, tr("PCA"));
    m_method->setToolTip(tr("t-SNE shows neighbourhoods (animated while it optimises); PCA the two directions of "
                            "largest variance (exact, instant)"));
    m_pan->setText(tr("Pan/&zoom"));
    m_pan->setToolTip(tr("Drag to pan, wheel to zoom; right-click for Reset view and exports"));
    m_rectangle->setText(tr("&Rectangle"));
    m_rectangle->setToolTip(tr("Drag a rectangle to open the selected samples' images"));
    m_lasso->setText(tr("&Lasso"));
    m_lasso->setToolTip(tr("Draw around points to open the selected samples' images"));
    m_export->setText(tr("&Export"));
    m_exportImage->setText(tr("Image (PNG, SVG, PDF)..."));
    m_exportCsv->setText(tr("Coordinates (CSV)..."));
    m_exportReplay->setText(tr("Replay frames (PNG, animated WebP)..."));
    m_settingsTitle->setText(tr("t-SNE settings"));
    m_perplexityLabel->setText(tr("Perplexity"));
    m_perplexity->setToolTip(tr("About the number of neighbours each point attends to (5-50 is usual)"));
    m_iterationsLabel->setText(tr("Iterations"));
    m_iterations->setToolTip(tr("Optimisation steps (the first 250 exaggerate clusters, except when continuing from "
                                "a layout)"));
    m_thetaLabel->setText(tr("Theta"));
    m_theta->setToolTip(tr("Barnes-Hut accuracy (smaller: slower, more exact); below 1000 points t-SNE is exact"));
    m_seedLabel->setText(tr("Seed"));
    m_seed->setToolTip(tr("The seed of the initial layout"));
    m_pcaLabel->setText(tr("PCA dimensions"));
    m_pca->setToolTip(tr("Reduce to this many dimensions by PCA first (0: never)"));
    m_inspectorTitle->setText(tr("Sample under the cursor"));
    m_trustTitle->setText(tr("Can the picture be trusted?"));
    m_play->setToolTip(tr("Replay the run's snapshots from the first epoch"));
    m_slider->setToolTip(tr("The snapshot's epoch: drag to scrub through the run"));
    syncControls();
}

void EmbeddingView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void EmbeddingView::bindExplorer()
{
    // UI -> explorer.
    for (QComboBox* box : { m_points, m_space, m_method }) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_syncing) {
                applySettings();
            }
        });
    }
    const auto later = [this] {
        if (!m_syncing) {
            m_settingsDebounce.start();
        }
    };
    connect(m_perplexity, &QDoubleSpinBox::valueChanged, this, later);
    connect(m_iterations, &QSpinBox::valueChanged, this, later);
    connect(m_theta, &QDoubleSpinBox::valueChanged, this, later);
    connect(m_seed, &QSpinBox::valueChanged, this, later);
    connect(m_pca, &QSpinBox::valueChanged, this, later);
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        if (!m_syncing) {
            m_explorer->stopPlaying();
            m_explorer->showEpoch(m_explorer->epochs().value(position, -1));
        }
    });
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_explorer->playing()) {
            m_explorer->stopPlaying();
        } else {
            m_explorer->play();
        }
    });
    connect(m_pan, &QToolButton::clicked, this,
            [this] { m_scatter->setTool(widgets::EmbeddingScatter::Tool::PanZoom); });
    connect(m_rectangle, &QToolButton::clicked, this,
            [this] { m_scatter->setTool(widgets::EmbeddingScatter::Tool::Rectangle); });
    connect(m_lasso, &QToolButton::clicked, this,
            [this] { m_scatter->setTool(widgets::EmbeddingScatter::Tool::Lasso); });
    connect(m_scatter, &widgets::EmbeddingScatter::hovered, this, &EmbeddingView::showHovered);
    connect(m_scatter, &widgets::EmbeddingScatter::selected, this, [this](const QVector<int>& rows) {
        if (!rows.isEmpty()) {
            showGallery(rows);
        }
    });
    connect(m_exportImage, &QAction::triggered, m_scatter, &widgets::EmbeddingScatter::exportInteractively);
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the layout's coordinates"),
                                                          QStringLiteral("embedding.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCoordinates(path, &error)) {
            m_status->setText(error);
        }
    });
    connect(m_exportReplay, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the replay frames"));
        if (!folder.isEmpty()) {
            exportReplay(folder);
        }
    });

    // Explorer -> UI.
    connect(m_explorer, &EmbeddingExplorer::epochsChanged, this, &EmbeddingView::syncControls);
    connect(m_explorer, &EmbeddingExplorer::currentEpochChanged, this, &EmbeddingView::syncControls);
    connect(m_explorer, &EmbeddingExplorer::playingChanged, this, [this](bool playing) {
        syncControls();
        if (!playing && !m_replayFolder.isEmpty()) {
            writeReplay();
        }
    });
    connect(m_explorer, &EmbeddingExplorer::pointsChanged, this, &EmbeddingView::takePoints);
    connect(m_explorer, &EmbeddingExplorer::frameReady, this, &EmbeddingView::showFrame);
    connect(m_explorer, &EmbeddingExplorer::imagesChanged, this, [this] { showHovered(m_hovered); });
    connect(m_explorer, &EmbeddingExplorer::imagesUnavailable, this, [this](const QString& message) {
        m_status->setText(message); // layouts, replays and exports go on without the images
    });
    connect(m_explorer, &EmbeddingExplorer::failed, this, [this](const QString& message) {
        m_error = message;
        m_status->setText(message);
        if (!m_replayFolder.isEmpty()) {
            const QString folder = m_replayFolder;
            m_replayFolder.clear();
            Q_EMIT replayExported(folder, 0, message);
        }
    });
}

void EmbeddingView::applySettings()
{
    EmbeddingExplorer::Settings s = m_explorer->settings();
    s.points = m_points->currentIndex() == 1 ? EmbeddingExplorer::Points::Test : EmbeddingExplorer::Points::Snapshots;
    s.space = m_space->currentIndex() == 1 ? EmbeddingExplorer::Space::Features : EmbeddingExplorer::Space::Projections;
    s.method = m_method->currentIndex() == 1 ? QStringLiteral("pca") : QStringLiteral("tsne");
    s.perplexity = m_perplexity->value();
    s.iterations = m_iterations->value();
    s.theta = m_theta->value();
    s.seed = static_cast<quint64>(m_seed->value());
    s.pcaDimensions = m_pca->value();
    m_error.clear();
    m_explorer->setSettings(s);
    syncControls();
}

void EmbeddingView::syncControls()
{
    m_syncing = true;
    const EmbeddingExplorer::Settings s = m_explorer->settings();
    const bool test = s.points == EmbeddingExplorer::Points::Test;
    m_points->setCurrentIndex(test ? 1 : 0);
    m_points->setEnabled(m_explorer->hasTestPoints() && !m_explorer->epochs().isEmpty());
    const EmbeddingExplorer::Space space = test ? m_explorer->testSpace() : s.space;
    m_space->setCurrentIndex(space == EmbeddingExplorer::Space::Features ? 1 : 0);
    m_space->setEnabled(!test); // embeddings.csv holds one space, the run's `embedding`
    m_method->setCurrentIndex(s.method == QStringLiteral("pca") ? 1 : 0);
    const bool tsne = s.method == QStringLiteral("tsne");
    for (QWidget* w : std::initializer_list<QWidget*> { m_perplexity, m_iterations, m_theta, m_seed, m_pca }) {
        w->setEnabled(tsne);
    }
    const QVector<int> epochs = m_explorer->epochs();
    m_slider->setRange(0, std::max(0, static_cast<int>(epochs.size()) - 1));
    m_slider->setValue(std::max(0, static_cast<int>(epochs.indexOf(m_explorer->currentEpoch()))));
    m_slider->setEnabled(!test && epochs.size() > 1);
    m_play->setEnabled(!test && epochs.size() > 1);
    m_play->setText(m_explorer->playing() ? tr("&Pause") : tr("&Play"));
    if (test) {
        m_epochLabel->setText(tr("Test set"));
    } else if (epochs.isEmpty()) {
        m_epochLabel->setText(tr("No snapshots"));
    } else {
        m_epochLabel->setText(tr("Epoch %1 (%2 of %3)%4")
                                  .arg(m_explorer->currentEpoch())
                                  .arg(epochs.indexOf(m_explorer->currentEpoch()) + 1)
                                  .arg(epochs.size())
                                  .arg(m_explorer->live() ? tr(", live") : QString()));
    }
    if (epochs.isEmpty() && !test && m_explorer->rows() == 0) {
        m_status->setText(m_explorer->live()
                              ? tr("Waiting for the first snapshot (Training > Snapshot every sets how often)...")
                              : tr("Start a run with snapshots, or open a run (File > Open run), to see its "
                                   "embedding."));
    }
    m_syncing = false;
}

QString EmbeddingView::epochTitle(int epoch) const
{
    const SnapshotEvent& p = m_explorer->shownPoints();
    if (m_explorer->settings().points == EmbeddingExplorer::Points::Test) {
        return tr("Test set, final model: %n point(s)", nullptr, p.points);
    }
    QString stage = p.stage;
    if (stage == QStringLiteral("contrastive")) {
        stage = tr("contrastive");
    } else if (stage == QStringLiteral("linear")) {
        stage = tr("linear");
    } else if (stage == QStringLiteral("cross-entropy")) {
        stage = tr("cross-entropy");
    }
    return tr("Epoch %1 (%2 epoch %3): %n validation point(s)", nullptr, p.points)
        .arg(epoch)
        .arg(stage)
        .arg(p.stageEpoch + 1);
}

void EmbeddingView::takePoints()
{
    m_pointsStale = true;
    m_hovered = -1;
    showHovered(-1);
    const QVector<double> xy = m_explorer->layout();
    if (xy.size() == 2 * m_explorer->rows() && m_explorer->rows() > 0) {
        const SnapshotEvent& p = m_explorer->shownPoints();
        m_scatter->setPoints(m_explorer->classNames(), xy, p.labels, p.predicted);
        m_pointsStale = false;
    } else {
        m_scatter->clearPoints(); // other samples than the ones drawn: nothing to hover until the first frame
    }
    m_scatter->setTitle(m_explorer->rows() > 0 ? epochTitle(m_explorer->currentEpoch()) : QString());
    syncControls();
}

void EmbeddingView::showFrame(const LayoutFrame& frame)
{
    const SnapshotEvent& p = m_explorer->shownPoints();
    if (m_pointsStale || !m_scatter->movePoints(frame.xy)) {
        m_scatter->setPoints(m_explorer->classNames(), frame.xy, p.labels, p.predicted);
        m_pointsStale = false;
    }
    QString method = frame.method == QStringLiteral("pca") ? tr("PCA")
        : frame.method == QStringLiteral("exact")          ? tr("t-SNE (exact)")
                                                           : tr("t-SNE (Barnes-Hut)");
    QString text;
    if (frame.method == QStringLiteral("pca")) {
        text = tr("PCA of %n point(s)", nullptr, p.points);
    } else if (!frame.final) {
        text = tr("%1: iteration %2 of %3, %4 s").arg(method).arg(frame.iteration).arg(frame.iterations)
                   .arg(frame.seconds, 0, 'f', 1);
        if (frame.klIteration >= 0) {
            text += tr("; KL divergence about %1").arg(frame.kl, 0, 'f', 3);
        }
    } else {
        text = (frame.klEstimated ? tr("%1: %2 iterations in %3 s; KL divergence about %4")
                                  : tr("%1: %2 iterations in %3 s; KL divergence %4"))
                   .arg(method)
                   .arg(frame.iteration)
                   .arg(frame.seconds, 0, 'f', 1)
                   .arg(frame.kl, 0, 'f', 3);
    }
    if (!m_explorer->live() && m_explorer->computing() == false && !m_error.isEmpty()) {
        text += QStringLiteral("  ") + m_error;
    }
    m_status->setText(text);
    if (frame.final) {
        QString trust;
        if (frame.trustworthiness >= 0.0) {
            trust += tr("Trustworthiness (k = 10): %1").arg(frame.trustworthiness, 0, 'f', 3);
            trust += QLatin1Char('\n');
        }
        if (frame.knnLayout >= 0.0) {
            trust += tr("10-NN accuracy: %1 in the picture, %2 in the embedding")
                         .arg(frame.knnLayout, 0, 'f', 3)
                         .arg(frame.knnOriginal, 0, 'f', 3);
        }
        if (frame.trustPoints < p.points) {
            trust += QLatin1Char('\n') + tr("(on %1 of %2 points, evenly spaced)").arg(frame.trustPoints).arg(p.points);
        }
        m_trust->setText(trust);
        m_warning->setText(EmbeddingExplorer::trustWarning(frame));
    } else {
        m_trust->setText(tr("computed when the layout is done"));
        m_warning->clear();
    }
}

void EmbeddingView::showHovered(int row)
{
    m_hovered = row;
    if (row < 0 || row >= m_explorer->rows()) {
        m_inspectorImage->clear();
        m_inspectorText->setText(tr("Hover over a point to see its image; drag a rectangle or lasso to open a "
                                    "gallery."));
        return;
    }
    const QImage image = m_explorer->image(row);
    if (!image.isNull()) {
        const Qt::TransformationMode mode = image.width() < 100 ? Qt::FastTransformation : Qt::SmoothTransformation;
        m_inspectorImage->setPixmap(QPixmap::fromImage(image.scaled(104, 104, Qt::KeepAspectRatio, mode)));
    } else {
        m_inspectorImage->setText(tr("(loading)"));
    }
    m_inspectorText->setText(m_explorer->describe(row));
    if (underMouse()) {
        QToolTip::showText(QCursor::pos(), m_explorer->describe(row), m_scatter);
    }
}

widgets::SampleGallery* EmbeddingView::showGallery(const QVector<int>& rows)
{
    QVector<QImage> images;
    QStringList captions;
    QStringList toolTips;
    QVector<bool> flagged;
    for (int row : rows) {
        images.push_back(m_explorer->image(row));
        captions.push_back(m_explorer->caption(row));
        toolTips.push_back(m_explorer->describe(row));
        flagged.push_back(m_explorer->wrong(row));
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Selected samples: %1").arg(m_scatter->title()));
    auto* gallery = new widgets::SampleGallery(dialog);
    gallery->setSamples(images, captions, flagged, 72, toolTips);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(gallery);
    dialog->resize(760, 520);
    dialog->show();
    m_gallery = gallery;
    return gallery;
}

bool EmbeddingView::exportCoordinates(const QString& path, QString* error)
{
    return m_explorer->writeCoordinatesCsv(path, error);
}

void EmbeddingView::exportReplay(const QString& folder)
{
    m_replayFolder = folder;
    if (m_explorer->finishedLayouts().size() >= static_cast<size_t>(m_explorer->epochs().size())
        && !m_explorer->epochs().isEmpty()) {
        writeReplay();
        return;
    }
    m_status->setText(tr("Computing every epoch's layout for the replay..."));
    m_explorer->play(true);
    if (!m_explorer->playing()) {
        const QString f = m_replayFolder;
        m_replayFolder.clear();
        Q_EMIT replayExported(f, 0, tr("Only validation snapshots can be replayed."));
    }
}

void EmbeddingView::writeReplay()
{
    const QString folder = m_replayFolder;
    m_replayFolder.clear();
    const std::map<int, QVector<double>> layouts = m_explorer->finishedLayouts();
    if (layouts.size() < static_cast<size_t>(m_explorer->epochs().size()) || layouts.empty()) {
        Q_EMIT replayExported(folder, 0, tr("The replay stopped before every epoch had a layout."));
        return;
    }
    widgets::EmbeddingScatter frame;
    frame.resize(kFrameWidth, kFrameHeight);
    QVector<QImage> images;
    int written = 0;
    QString error;
    for (const auto& [epoch, xy] : layouts) {
        SnapshotEvent points;
        if (!m_explorer->snapshotAt(epoch, &points, &error)) {
            break;
        }
        frame.setPoints(m_explorer->classNames(), xy, points.labels, points.predicted);
        frame.setTitle(tr("Epoch %1").arg(epoch));
        const QString path = QDir(folder).filePath(QStringLiteral("epoch-%1.png").arg(epoch, 3, 10, QLatin1Char('0')));
        const QPixmap pixmap = frame.toPixmap(kFrameWidth, kFrameHeight);
        if (!pixmap.save(path)) {
            error = tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
            break;
        }
        images.push_back(pixmap.toImage());
        ++written;
    }
    if (error.isEmpty() && widgets::animatedWebpAvailable()) {
        error = widgets::writeAnimatedWebp(images, kReplayFrameMilliseconds, QDir(folder).filePath(
                                                                                  QStringLiteral("replay.webp")));
    }
    m_status->setText(error.isEmpty() ? tr("Wrote %n replay frame(s) to %1", nullptr, written)
                                            .arg(QDir::toNativeSeparators(folder))
                                      : error);
    Q_EMIT replayExported(folder, written, error);
}

} // namespace aclwb::gui
