// SPDX-License-Identifier: MIT
#include "LossPanel.h"

#include "ExperimentModel.h"
#include "LossShapePlot.h"
#include "SchemaForm.h"
#include "train/TrainingEvents.h"

#include <QLabel>
#include <QVBoxLayout>

namespace aclwb::gui {

LossPanel::LossPanel(ExperimentModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    m_form = new SchemaForm(model, SchemaForm::keysOfGroups({ QStringLiteral("Loss") }), this);
    layout->addWidget(m_form);
    m_family = new QLabel(this);
    m_family->setWordWrap(true);
    layout->addWidget(m_family);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    layout->addWidget(m_problem);
    m_shape = new widgets::LossShapePlot(this);
    m_shape->setMinimumHeight(200);
    m_shape->setToolTip(tr("Blue: how much a positive pair with probability p still counts, (1-p)^gamma. "
                           "Red: the extra penalty on a negative pair, -eta log(1-p)."));
    layout->addWidget(m_shape, 1);
    connect(m_model, &ExperimentModel::valueChanged, this, &LossPanel::sync);
    connect(m_model, &ExperimentModel::configReplaced, this, &LossPanel::sync);
    sync();
}

QString LossPanel::problemText() const
{
    return m_problem->text();
}

void LossPanel::sync()
{
    const TrainConfig& c = m_model->config();
    m_shape->setParameters(c.isContrastive() ? c.gamma : 0.0, c.isContrastive() ? c.eta : 0.0);
    m_shape->setEnabled(c.isContrastive());
    QString family;
    if (!c.isContrastive()) {
        family = tr("Cross-entropy baseline: one end-to-end stage of %1 epochs; gamma, eta and the temperature are "
                    "not used.")
                     .arg(epochsOf(c, Stage::CrossEntropy));
    } else if (c.gamma == 0 && c.eta == 0) {
        family = tr("With gamma = eta = 0 this is the plain supervised contrastive loss (CL).");
    } else if (c.eta == 0) {
        family = tr("Focal contrastive loss (FCL): gamma > 0 turns attention away from easy positive pairs.");
    } else if (c.gamma == 0) {
        family = tr("Asymmetric contrastive loss (ACL): eta > 0 pushes negative pairs apart.");
    } else {
        family = tr("Asymmetric focal contrastive loss (AFCL): both terms.");
    }
    m_family->setText(family);
    m_problem->setText(m_model->problem());
}

} // namespace aclwb::gui
