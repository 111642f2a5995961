// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace aclwb::widgets {
class LossShapePlot;
}

namespace aclwb::gui {

class ExperimentModel;
class SchemaForm;

/// The loss: family (CL, FCL, ACL, AFCL, CE, weighted CE), gamma, eta, temperature, normalisation, views; a live
/// plot of what gamma and eta do; and contradictions (CL with eta > 0, ...) stated inline, never silently fixed.
class LossPanel : public QWidget {
    Q_OBJECT

public:
    LossPanel(ExperimentModel* model, QWidget* parent = nullptr);
    widgets::LossShapePlot* shapePlot() const { return m_shape; }
    /// The inline problem text (empty when the experiment can run).
    QString problemText() const;
    SchemaForm* form() const { return m_form; }

private:
    void sync();

    ExperimentModel* m_model = nullptr;
    SchemaForm* m_form = nullptr;
    widgets::LossShapePlot* m_shape = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_family = nullptr;
};

} // namespace aclwb::gui
