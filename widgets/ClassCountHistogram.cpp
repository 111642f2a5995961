// SPDX-License-Identifier: MIT
#include "ClassCountHistogram.h"

#include <algorithm>

namespace aclwb::widgets {

ClassCountHistogram::ClassCountHistogram(QWidget* parent)
    : PlotWidget(parent)
{
    setExportName(QStringLiteral("class-counts.png"));
    m_group = new QCPBarsGroup(this);
    const QColor colours[3] = { QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44) };
    for (int s = 0; s < 3; ++s) {
        m_bars[s] = new QCPBars(xAxis, yAxis);
        m_bars[s]->setBrush(colours[s]);
        m_bars[s]->setPen(Qt::NoPen);
        m_bars[s]->setWidth(0.25);
        m_bars[s]->setBarsGroup(m_group);
    }
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    setInteractions({});
    retranslate();
}

void ClassCountHistogram::retranslate()
{
    const QString names[3] = { tr("train"), tr("validation"), tr("test") };
    for (int s = 0; s < 3; ++s) {
        m_bars[s]->setName(names[s]);
    }
    yAxis->setLabel(tr("images"));
}

void ClassCountHistogram::setCounts(const QStringList& classNames, const QVector<double>& train,
                                    const QVector<double>& validation, const QVector<double>& test)
{
    m_names = classNames;
    m_counts[0] = train;
    m_counts[1] = validation;
    m_counts[2] = test;
    rebuild();
}

void ClassCountHistogram::setLogScale(bool on)
{
    m_log = on;
    rebuild();
}

QVector<double> ClassCountHistogram::drawnValues(int split) const
{
    QVector<double> values;
    for (auto it = m_bars[split]->data()->constBegin(); it != m_bars[split]->data()->constEnd(); ++it) {
        values.push_back(it->value);
    }
    return values;
}

void ClassCountHistogram::rebuild()
{
    QVector<double> keys;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int c = 0; c < m_names.size(); ++c) {
        keys.push_back(c);
        ticker->addTick(c, m_names[c]);
    }
    double top = 1.0;
    for (int s = 0; s < 3; ++s) {
        QVector<double> values = m_counts[s];
        values.resize(keys.size());
        m_bars[s]->setData(keys, values, true);
        for (double v : values) {
            top = std::max(top, v);
        }
    }
    xAxis->setTicker(ticker);
    xAxis->setTickLabelRotation(m_names.size() > 4 ? 30 : 0);
    xAxis->setRange(-0.6, std::max<int>(1, static_cast<int>(m_names.size())) - 0.4);
    if (m_log) {
        yAxis->setScaleType(QCPAxis::stLogarithmic);
        yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        yAxis->setRange(0.8, top * 2.0);
        for (QCPBars* b : m_bars) {
            b->setBaseValue(0.8);
        }
    } else {
        yAxis->setScaleType(QCPAxis::stLinear);
        yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        yAxis->setRange(0, top * 1.1);
        for (QCPBars* b : m_bars) {
            b->setBaseValue(0);
        }
    }
    requestReplot();
}

} // namespace aclwb::widgets
