// SPDX-License-Identifier: MIT
#pragma once

#include "PlotWidget.h"

namespace aclwb::widgets {

/// What gamma and eta do, against the softmax probability p of a pair: the focal weight (1 - p)^gamma on a positive
/// pair (gamma > 0 turns attention away from pairs already close) and the asymmetric penalty -eta log(1 - p) on a
/// negative pair (eta > 0 pushes negatives apart harder the more probable they are). Redrawn as they change.
class LossShapePlot : public PlotWidget {
    Q_OBJECT

public:
    explicit LossShapePlot(QWidget* parent = nullptr);

    void setParameters(double gamma, double eta);
    double gamma() const { return m_gamma; }
    double eta() const { return m_eta; }
    /// The drawn curves at p (for tests): focal weight and negative penalty.
    double focalWeightAt(double p) const;
    double penaltyAt(double p) const;

protected:
    void retranslate() override;

private:
    QCPGraph* m_focal = nullptr;
    QCPGraph* m_penalty = nullptr;
    double m_gamma = -1.0;
    double m_eta = -1.0;
};

} // namespace aclwb::widgets
