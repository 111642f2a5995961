// SPDX-License-Identifier: MIT
#pragma once

#include "PlotWidget.h"

#include <QPointF>
#include <QStringList>
#include <QVector>

namespace aclwb::widgets {

/// Several runs' curves of one quantity on the same axes, one colour per run (the class palette, in order): the
/// comparison TensorBoard's scalars page makes, with a legend naming each run.
class OverlayCurves : public PlotWidget {
    Q_OBJECT

public:
    explicit OverlayCurves(QWidget* parent = nullptr);

    void setSeries(const QStringList& names, const QVector<QVector<QPointF>>& series);
    void setLabels(const QString& title, const QString& xLabel, const QString& yLabel);
    int seriesCount() const { return graphCount(); }
    /// The points drawn for series `k` (tests).
    QVector<QPointF> drawn(int k) const;

private:
    QCPTextElement* m_title = nullptr;
};

} // namespace aclwb::widgets
