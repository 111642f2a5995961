// SPDX-License-Identifier: MIT
#include "TrainingPanel.h"

#include "ExperimentModel.h"
#include "SchemaForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace aclwb::gui {

TrainingPanel::TrainingPanel(ExperimentModel* model, const QStringList& devices, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    auto* presetRow = new QFormLayout;
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("study (Adam, batch 64, tau 0.1: the recipe of docs/RESULTS.md)"), QStringLiteral("study"));
    m_preset->addItem(tr("paper (Adam, tau 0.1, one view)"), QStringLiteral("paper"));
    m_preset->addItem(tr("supcon (SGD, warm-up, two views)"), QStringLiteral("supcon"));
    auto* apply = new QPushButton(tr("Apply preset"), this);
    apply->setToolTip(tr("Sets the optimiser, learning rates, schedule, temperature and views of the preset; the data "
                         "and the loss family stay as they are"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_preset, 1);
    row->addWidget(apply);
    presetRow->addRow(tr("Preset"), row);
    layout->addLayout(presetRow);
    m_form = new SchemaForm(model,
                            SchemaForm::keysOfGroups({ QStringLiteral("Model"), QStringLiteral("Optimisation"),
                                                       QStringLiteral("Execution") },
                                                     { QStringLiteral("seed") }), // on the Data page
                            this);
    m_form->setChoices("device", devices);
    layout->addWidget(m_form);
    layout->addStretch(1);
    connect(apply, &QPushButton::clicked, this, [this] {
        TrainConfig c = m_model->config();
        applyPreset(c, m_preset->currentData().toString().toStdString());
        m_model->setConfig(c);
    });
}

} // namespace aclwb::gui
