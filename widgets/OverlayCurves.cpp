// SPDX-License-Identifier: MIT
#include "OverlayCurves.h"

#include "ClassColours.h"

#include <cmath>

namespace aclwb::widgets {

OverlayCurves::OverlayCurves(QWidget* parent)
    : PlotWidget(parent)
{
    setExportName(QStringLiteral("comparison.png"));
    m_title = addTitleRow();
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    legend->setBrush(QColor(255, 255, 255, 200)); // the curves stay visible under it
}

void OverlayCurves::setLabels(const QString& title, const QString& xLabel, const QString& yLabel)
{
    m_title->setText(title);
    xAxis->setLabel(xLabel);
    yAxis->setLabel(yLabel);
    requestReplot();
}

void OverlayCurves::setSeries(const QStringList& names, const QVector<QVector<QPointF>>& series)
{
    clearGraphs();
    for (int k = 0; k < series.size(); ++k) {
        QCPGraph* g = addGraph();
        g->setName(names.value(k));
        const QColor colour = classColour(k);
        g->setPen(QPen(colour, 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 4));
        QVector<double> x, y;
        for (const QPointF& p : series[k]) {
            x << p.x();
            y << p.y();
        }
        g->setData(x, y, true);
    }
    rescaleAxes();
    // A margin around the data, so a single point (a run validated once) is not drawn on the frame.
    for (QCPAxis* axis : { xAxis, yAxis }) {
        const QCPRange r = axis->range();
        const double pad = r.size() > 0 ? 0.08 * r.size() : std::max(0.05, 0.05 * std::abs(r.center()));
        axis->setRange(r.lower - pad, r.upper + pad);
    }
    requestReplot();
}

QVector<QPointF> OverlayCurves::drawn(int k) const
{
    QVector<QPointF> out;
    if (k < 0 || k >= graphCount()) {
        return out;
    }
    for (auto it = graph(k)->data()->constBegin(); it != graph(k)->data()->constEnd(); ++it) {
        out << QPointF(it->key, it->value);
    }
    return out;
}

} // namespace aclwb::widgets
