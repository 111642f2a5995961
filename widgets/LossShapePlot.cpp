// SPDX-License-Identifier: MIT
#include "LossShapePlot.h"

#include <cmath>

namespace aclwb::widgets {
namespace {

double valueAt(QCPGraph* graph, double p)
{
    const auto it = graph->data()->findBegin(p);
    return it == graph->data()->constEnd() ? 0.0 : it->value;
}

} // namespace

void LossShapePlot::retranslate()
{
    m_focal->setName(tr("positive weight (1-p)^γ"));
    m_penalty->setName(tr("negative penalty −η log(1−p)"));
    xAxis->setLabel(tr("p (probability of the pair)"));
    yAxis->setLabel(tr("weight"));
    yAxis2->setLabel(tr("penalty"));
}

LossShapePlot::LossShapePlot(QWidget* parent)
    : PlotWidget(parent)
{
    setExportName(QStringLiteral("loss-shape.png"));
    m_focal = addGraph(xAxis, yAxis);
    m_focal->setPen(QPen(QColor(31, 119, 180), 2));
    m_penalty = addGraph(xAxis, yAxis2);
    m_penalty->setPen(QPen(QColor(214, 39, 40), 2));
    yAxis2->setVisible(true);
    retranslate();
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1.05);
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignHCenter);
    setInteractions({});
    setParameters(0.0, 0.0);
}

void LossShapePlot::setParameters(double gamma, double eta)
{
    if (gamma == m_gamma && eta == m_eta) {
        return;
    }
    m_gamma = gamma;
    m_eta = eta;
    QVector<double> p;
    QVector<double> focal;
    QVector<double> penalty;
    constexpr int kPoints = 200;
    for (int k = 0; k < kPoints; ++k) {
        const double x = 0.995 * k / (kPoints - 1);
        p.push_back(x);
        focal.push_back(std::pow(1.0 - x, gamma));
        penalty.push_back(-eta * std::log(1.0 - x));
    }
    m_focal->setData(p, focal, true);
    m_penalty->setData(p, penalty, true);
    yAxis2->setRange(0, std::max(1.0, -eta * std::log(1.0 - 0.995)) * 1.05);
    requestReplot();
}

double LossShapePlot::focalWeightAt(double p) const
{
    return valueAt(m_focal, p);
}

double LossShapePlot::penaltyAt(double p) const
{
    return valueAt(m_penalty, p);
}

} // namespace aclwb::widgets
