// SPDX-License-Identifier: MIT
#include "GroupedBars.h"

#include "ClassColours.h"

#include <cmath>

namespace aclwb::widgets {

GroupedBars::GroupedBars(QWidget* parent)
    : PlotWidget(parent)
    , m_ticker(new QCPAxisTickerText)
{
    setExportName(QStringLiteral("per-class-comparison.png"));
    m_title = addTitleRow();
    xAxis->setTicker(m_ticker);
    yAxis->setRange(0, 1.05);
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    setInteractions({});
    retranslate();
}

void GroupedBars::retranslate()
{
    m_title->setText(tr("per-class accuracy (test set)"));
    yAxis->setLabel(tr("accuracy (recall)"));
}

void GroupedBars::setData(const QStringList& classNames, const QStringList& runNames,
                          const QVector<QVector<double>>& values, const QVector<QVector<double>>& spread)
{
    clearPlottables();
    m_bars.clear();
    m_errors.clear();
    m_ticker->clear();
    m_classes = static_cast<int>(classNames.size());
    const int runs = static_cast<int>(values.size());
    const double width = 0.8 / std::max(1, runs);
    for (int c = 0; c < m_classes; ++c) {
        m_ticker->addTick(c, classNames[c]);
    }
    for (int r = 0; r < runs; ++r) {
        auto* bars = new QCPBars(xAxis, yAxis);
        bars->setName(runNames.value(r));
        bars->setBrush(classColour(r));
        bars->setPen(Qt::NoPen);
        bars->setWidth(width);
        QVector<double> keys, heights, errors;
        bool anyError = false;
        for (int c = 0; c < m_classes; ++c) {
            keys << c - 0.4 + width * (r + 0.5);
            heights << values[r].value(c, std::nan(""));
            const double e = r < spread.size() ? spread[r].value(c, std::nan("")) : std::nan("");
            errors << e;
            anyError = anyError || !std::isnan(e);
        }
        bars->setData(keys, heights, true);
        m_bars << bars;
        if (anyError) {
            auto* err = new QCPErrorBars(xAxis, yAxis);
            err->removeFromLegend();
            err->setDataPlottable(bars);
            err->setData(errors);
            err->setPen(QPen(palette().color(QPalette::Text), 1));
            m_errors << err;
        }
    }
    xAxis->setRange(-0.6, std::max(1, m_classes) - 0.4);
    requestReplot();
}

double GroupedBars::value(int run, int c) const
{
    if (run < 0 || run >= m_bars.size() || c < 0 || c >= m_bars[run]->dataCount()) {
        return std::nan("");
    }
    return m_bars[run]->data()->at(c)->value;
}

} // namespace aclwb::widgets
