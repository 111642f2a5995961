// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;

namespace aclwb::gui {

class ExperimentModel;
class SchemaForm;

/// Encoder, epochs, batch size, learning rates, optimiser, schedule, device, threads, snapshots: generated from the
/// config schema's Model, Optimisation and Execution groups, plus the presets (paper, supcon).
class TrainingPanel : public QWidget {
    Q_OBJECT

public:
    TrainingPanel(ExperimentModel* model, const QStringList& devices, QWidget* parent = nullptr);
    SchemaForm* form() const { return m_form; }

private:
    ExperimentModel* m_model = nullptr;
    SchemaForm* m_form = nullptr;
    QComboBox* m_preset = nullptr;
};

} // namespace aclwb::gui
