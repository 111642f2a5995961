// SPDX-License-Identifier: MIT
#include "ExperimentPanel.h"

#include "ClassCountHistogram.h"
#include "DataPreviewService.h"
#include "ExperimentModel.h"
#include "SchemaForm.h"
#include "ThumbnailStrip.h"
#include "train/ConfigSchema.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace aclwb::gui {
namespace {

constexpr int kSliderSteps = 300; // log10 of the ratio in 1/100 steps: 1 .. 1000

int sliderPosition(double ratio)
{
    return static_cast<int>(std::lround(std::log10(std::clamp(ratio, 1.0, 1000.0)) * 100.0));
}

double ratioAt(int position)
{
    const double r = std::pow(10.0, position / 100.0);
    return r < 10 ? std::round(r * 10) / 10 : std::round(r);
}

} // namespace

ExperimentPanel::ExperimentPanel(ExperimentModel* model, DataPreviewService* preview, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_preview(preview)
{
    auto* layout = new QVBoxLayout(this);
    m_form = new SchemaForm(model, { "dataset", "data_dir" }, this);
    layout->addWidget(m_form);

    auto* classes = new QGroupBox(tr("Classes (the first checked is the majority)"), this);
    auto* classLayout = new QVBoxLayout(classes);
    m_classArea = new QWidget(classes);
    new QGridLayout(m_classArea);
    classLayout->addWidget(m_classArea);
    layout->addWidget(classes);

    auto* imbalance = new QGroupBox(tr("Imbalance"), this);
    auto* imbalanceLayout = new QFormLayout(imbalance);
    auto* ratioRow = new QWidget(imbalance);
    auto* ratioLayout = new QHBoxLayout(ratioRow);
    ratioLayout->setContentsMargins(0, 0, 0, 0);
    m_ratioSlider = new QSlider(Qt::Horizontal, ratioRow);
    m_ratioSlider->setRange(0, kSliderSteps);
    m_ratioSlider->setToolTip(tr("Majority/minority count ratio on a log scale, 1 to 1000"));
    m_ratioSpin = new QDoubleSpinBox(ratioRow);
    m_ratioSpin->setRange(0, 1e6);
    m_ratioSpin->setDecimals(1);
    m_ratioSpin->setSpecialValueText(tr("source counts"));
    m_ratioSpin->setToolTip(tr("Majority/minority count ratio R >= 1 (0 keeps the dataset's own counts)"));
    ratioLayout->addWidget(m_ratioSlider, 1);
    ratioLayout->addWidget(m_ratioSpin);
    imbalanceLayout->addRow(tr("Imbalance ratio"), ratioRow);
    layout->addWidget(imbalance);
    auto* shape = new SchemaForm(model, { "profile", "test", "max_per_class" }, this);
    imbalanceLayout->addRow(shape);

    auto* counts = new QGroupBox(tr("Images per class"), this);
    auto* countsLayout = new QVBoxLayout(counts);
    m_histogram = new widgets::ClassCountHistogram(counts);
    m_histogram->setMinimumHeight(180);
    countsLayout->addWidget(m_histogram);
    m_logScale = new QCheckBox(tr("Log scale"), counts);
    countsLayout->addWidget(m_logScale);
    m_status = new QLabel(counts);
    m_status->setWordWrap(true);
    countsLayout->addWidget(m_status);
    m_thumbnails = new widgets::ThumbnailStrip(counts);
    countsLayout->addWidget(m_thumbnails);
    layout->addWidget(counts);
    auto* options = new QGroupBox(tr("Splits, images, seed"), this);
    auto* optionsLayout = new QVBoxLayout(options);
    optionsLayout->addWidget(new SchemaForm(
        model, { "val_fraction", "test_fraction", "image_size", "skip_unreadable", "cache_dir", "seed" }, options));
    layout->addWidget(options);
    layout->addStretch(1);

    // UI -> model
    connect(m_ratioSlider, &QSlider::valueChanged, this, &ExperimentPanel::ratioFromSlider);
    connect(m_ratioSpin, &QDoubleSpinBox::valueChanged, this, &ExperimentPanel::ratioFromSpin);
    connect(m_logScale, &QCheckBox::toggled, m_histogram, &widgets::ClassCountHistogram::setLogScale);
    // model -> UI
    connect(m_model, &ExperimentModel::valueChanged, this, [this](const QString& key) {
        syncFromModel();
        const ConfigKey* k = findConfigKey(key.toStdString());
        if ((k != nullptr && k->group == "Data") || key == QStringLiteral("seed")) {
            m_preview->request(m_model->config());
        }
    });
    connect(m_model, &ExperimentModel::configReplaced, this, [this] {
        syncFromModel();
        m_preview->request(m_model->config());
    });
    connect(m_preview, &DataPreviewService::previewReady, this, &ExperimentPanel::showPreview);
    connect(m_preview, &DataPreviewService::busyChanged, this, [this](bool busy) {
        if (busy) {
            m_status->setText(tr("Reading the dataset..."));
        }
    });
    syncFromModel();
    m_preview->request(m_model->config());
}

void ExperimentPanel::classToggled(int sourceClass, bool checked)
{
    if (m_updating) {
        return;
    }
    std::vector<int64_t> classes = m_model->config().classes;
    if (classes.empty() && !checked) {
        // "All classes" shown as every box checked: unchecking one means all the others, in order.
        for (int c = 0; c < m_classBoxes.size(); ++c) {
            if (c != sourceClass) {
                classes.push_back(c);
            }
        }
    } else if (checked) {
        classes.push_back(sourceClass);
    } else {
        classes.erase(std::remove(classes.begin(), classes.end(), sourceClass), classes.end());
    }
    m_model->setValue("classes", classes);
}

void ExperimentPanel::ratioFromSlider(int position)
{
    if (!m_updating) {
        m_model->setValue("imbalance_ratio", ratioAt(position));
    }
}

void ExperimentPanel::ratioFromSpin(double value)
{
    if (!m_updating) {
        m_model->setValue("imbalance_ratio", value);
    }
}

void ExperimentPanel::syncFromModel()
{
    m_updating = true;
    const double ratio = m_model->config().imbalanceRatio;
    m_ratioSpin->setValue(ratio);
    m_ratioSlider->setValue(sliderPosition(ratio));
    const std::vector<int64_t>& classes = m_model->config().classes;
    for (int c = 0; c < m_classBoxes.size(); ++c) {
        const auto at = std::find(classes.begin(), classes.end(), c);
        m_classBoxes[c]->setChecked(classes.empty() || at != classes.end());
        const QString name = m_last.sourceClasses.value(c);
        m_classBoxes[c]->setText(at == classes.begin() && !classes.empty() ? tr("%1 (majority)").arg(name) : name);
    }
    m_updating = false;
}

void ExperimentPanel::rebuildClassBoxes(const QStringList& names)
{
    auto* grid = static_cast<QGridLayout*>(m_classArea->layout());
    for (QCheckBox* box : m_classBoxes) {
        grid->removeWidget(box);
        box->deleteLater();
    }
    m_classBoxes.clear();
    for (int c = 0; c < names.size(); ++c) {
        auto* box = new QCheckBox(names[c], m_classArea);
        box->setToolTip(tr("Source class %1").arg(c));
        grid->addWidget(box, c / 2, c % 2);
        connect(box, &QCheckBox::toggled, this, [this, c](bool on) { classToggled(c, on); });
        m_classBoxes.push_back(box);
    }
}

void ExperimentPanel::showPreview(const DataPreview& preview)
{
    // A preview that failed (e.g. a bad folder) has no classes: the boxes of the last good one stay.
    const QStringList sources = preview.sourceClasses.isEmpty() ? m_last.sourceClasses : preview.sourceClasses;
    if (sources != m_last.sourceClasses) {
        rebuildClassBoxes(sources);
    }
    m_last = preview;
    m_last.sourceClasses = sources;
    syncFromModel();
    if (!preview.error.isEmpty()) {
        m_status->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(preview.error.toHtmlEscaped()));
        m_histogram->setCounts({}, {}, {}, {});
        m_thumbnails->setRows({}, {});
    } else {
        double train = 0;
        for (double v : preview.train) {
            train += v;
        }
        m_status->setText(tr("%1 training images in %2 classes; data fingerprint %3")
                              .arg(QLocale().toString(train, 'f', 0))
                              .arg(preview.classNames.size())
                              .arg(preview.fingerprint));
        m_histogram->setCounts(preview.classNames, preview.train, preview.validation, preview.test);
        m_thumbnails->setRows(preview.classNames, preview.thumbnails);
    }
    Q_EMIT previewShown();
}

} // namespace aclwb::gui
