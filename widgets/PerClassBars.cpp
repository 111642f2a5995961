// SPDX-License-Identifier: MIT
#include "PerClassBars.h"

#include <algorithm>

namespace aclwb::widgets {

PerClassBars::PerClassBars(QWidget* parent)
    : PlotWidget(parent)
    , m_ticker(new QCPAxisTickerText)
{
    setExportName(QStringLiteral("per-class-accuracy.png"));
    m_title = addTitleRow();
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setBrush(QColor(31, 119, 180));
    m_bars->setPen(Qt::NoPen);
    m_minorityBar = new QCPBars(xAxis, yAxis);
    m_minorityBar->setBrush(QColor(214, 39, 40));
    m_minorityBar->setPen(Qt::NoPen);
    xAxis->setTicker(m_ticker);
    yAxis->setRange(0, 1.05);
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    setInteractions({});
    retranslate();
}

void PerClassBars::retranslate()
{
    m_title->setText(m_customTitle.isEmpty() ? tr("per-class accuracy") : m_customTitle);
    m_bars->setName(tr("accuracy"));
    m_minorityBar->setName(tr("minority class"));
    yAxis->setLabel(tr("accuracy (recall)"));
    if (!m_names.isEmpty()) {
        setData(m_names, m_accuracy, m_counts); // the "n = " tick labels
    }
}

void PerClassBars::setData(const QStringList& classNames, const QVector<double>& accuracy,
                           const QVector<double>& trainCounts, const QString& title)
{
    m_names = classNames;
    m_accuracy = accuracy;
    m_counts = trainCounts;
    if (!title.isEmpty()) {
        m_customTitle = title;
    }
    m_ticker->clear();
    QVector<double> keys;
    QVector<double> values;
    m_minority = trainCounts.isEmpty()
        ? -1
        : static_cast<int>(std::min_element(trainCounts.begin(), trainCounts.end()) - trainCounts.begin());
    QVector<double> minorityKey;
    QVector<double> minorityValue;
    for (int c = 0; c < classNames.size() && c < accuracy.size(); ++c) {
        const QString count
            = c < trainCounts.size() ? tr("\nn = %1").arg(QLocale().toString(trainCounts[c], 'f', 0)) : QString();
        m_ticker->addTick(c, classNames[c] + count);
        if (c == m_minority && classNames.size() > 1) {
            minorityKey.push_back(c);
            minorityValue.push_back(accuracy[c]);
        } else {
            keys.push_back(c);
            values.push_back(accuracy[c]);
        }
    }
    m_bars->setData(keys, values, true);
    m_minorityBar->setData(minorityKey, minorityValue, true);
    m_minorityBar->setVisible(!minorityKey.isEmpty());
    xAxis->setRange(-0.6, std::max<int>(1, static_cast<int>(classNames.size())) - 0.4);
    xAxis->setTickLabelRotation(classNames.size() > 4 ? 30 : 0);
    if (!title.isEmpty()) {
        m_title->setText(title);
    }
    requestReplot();
}

QVector<double> PerClassBars::drawnAccuracy() const
{
    QVector<double> out(m_bars->dataCount() + m_minorityBar->dataCount(), 0.0);
    for (const QCPBars* bars : { m_bars, m_minorityBar }) {
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
            out[static_cast<int>(it->key)] = it->value;
        }
    }
    return out;
}

QString PerClassBars::tickLabel(int classIndex) const
{
    return m_ticker->ticks().value(classIndex);
}

} // namespace aclwb::widgets
