// SPDX-License-Identifier: MIT
#pragma once

#include "GuiEvents.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSlider;
class QVBoxLayout;

namespace aclwb::widgets {
class ClassCountHistogram;
class ThumbnailStrip;
} // namespace aclwb::widgets

namespace aclwb::gui {

class DataPreviewService;
class ExperimentModel;
class SchemaForm;

/// The data half of an experiment: dataset and folder, the classes (check boxes with their names; the first checked
/// is the majority), the imbalance ratio on a log-scale slider, profile, test mode, cap, seed; and, live, the
/// per-class counts of every split (from the core's imbalance builder) and sample images of each chosen class.
class ExperimentPanel : public QWidget {
    Q_OBJECT

public:
    ExperimentPanel(ExperimentModel* model, DataPreviewService* preview, QWidget* parent = nullptr);

    widgets::ClassCountHistogram* histogram() const { return m_histogram; }
    widgets::ThumbnailStrip* thumbnails() const { return m_thumbnails; }
    QSlider* ratioSlider() const { return m_ratioSlider; }
    QDoubleSpinBox* ratioSpin() const { return m_ratioSpin; }
    /// The class check boxes, in source-class order.
    QList<QCheckBox*> classBoxes() const { return m_classBoxes; }
    const DataPreview& lastPreview() const { return m_last; }
    SchemaForm* form() const { return m_form; }

Q_SIGNALS:
    /// A preview was drawn (tests wait for it).
    void previewShown();

private:
    // UI -> model
    void classToggled(int sourceClass, bool checked);
    void ratioFromSlider(int position);
    void ratioFromSpin(double value);
    // model -> UI
    void syncFromModel();
    void showPreview(const DataPreview& preview);
    void rebuildClassBoxes(const QStringList& names);

    ExperimentModel* m_model = nullptr;
    DataPreviewService* m_preview = nullptr;
    SchemaForm* m_form = nullptr;
    QWidget* m_classArea = nullptr;
    QList<QCheckBox*> m_classBoxes;
    QSlider* m_ratioSlider = nullptr;
    QDoubleSpinBox* m_ratioSpin = nullptr;
    QCheckBox* m_logScale = nullptr;
    QLabel* m_status = nullptr;
    widgets::ClassCountHistogram* m_histogram = nullptr;
    widgets::ThumbnailStrip* m_thumbnails = nullptr;
    DataPreview m_last;
    bool m_updating = false;
};

} // namespace aclwb::gui
