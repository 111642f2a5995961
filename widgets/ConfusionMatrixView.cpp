// SPDX-License-Identifier: MIT
#include "ConfusionMatrixView.h"

#include <algorithm>

namespace aclwb::widgets {

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent)
    : PlotWidget(parent)
{
    setExportName(QStringLiteral("confusion-matrix.png"));
    m_map = new QCPColorMap(xAxis, yAxis);
    QCPColorGradient gradient(QCPColorGradient::gpCold);
    gradient.setColorStopAt(0.0, QColor(247, 251, 255));
    gradient.setColorStopAt(1.0, QColor(8, 48, 107));
    m_map->setGradient(gradient);
    m_map->setInterpolate(false);
    yAxis->setRangeReversed(true);
    setInteractions({});
    retranslate();
}

void ConfusionMatrixView::retranslate()
{
    xAxis->setLabel(tr("predicted class"));
    yAxis->setLabel(tr("true class"));
}

void ConfusionMatrixView::setMatrix(const QStringList& classNames, const QVector<QVector<double>>& counts)
{
    m_names = classNames;
    m_counts = counts;
    rebuild();
}

void ConfusionMatrixView::setNormalized(bool rowNormalized)
{
    m_normalized = rowNormalized;
    rebuild();
}

double ConfusionMatrixView::shownValue(int trueClass, int predictedClass) const
{
    const double v = m_counts.value(trueClass).value(predictedClass);
    if (!m_normalized) {
        return v;
    }
    double row = 0;
    for (double c : m_counts.value(trueClass)) {
        row += c;
    }
    return row > 0 ? v / row : 0.0;
}

QString ConfusionMatrixView::cellText(int trueClass, int predictedClass) const
{
    const int n = static_cast<int>(m_names.size());
    const int index = trueClass * n + predictedClass;
    return index < m_texts.size() ? m_texts[index]->text() : QString();
}

void ConfusionMatrixView::rebuild()
{
    for (QCPItemText* t : m_texts) {
        removeItem(t);
    }
    m_texts.clear();
    const int n = static_cast<int>(m_names.size());
    m_map->data()->setSize(std::max(n, 1), std::max(n, 1));
    m_map->data()->setRange(QCPRange(0, std::max(n - 1, 0)), QCPRange(0, std::max(n - 1, 0)));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 0.0;
    for (int t = 0; t < n; ++t) {
        ticker->addTick(t, m_names[t]);
        for (int p = 0; p < n; ++p) {
            const double v = shownValue(t, p);
            top = std::max(top, v);
            m_map->data()->setCell(p, t, v);
        }
    }
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const double v = shownValue(t, p);
            auto* text = new QCPItemText(this);
            text->position->setCoords(p, t);
            text->setText(m_normalized ? QLocale().toString(v, 'f', 2) : QLocale().toString(v, 'f', 0));
            text->setColor(top > 0 && v > 0.55 * top ? Qt::white : Qt::black);
            text->setFont(QFont(font().family(), n > 6 ? 7 : 10));
            m_texts.push_back(text);
        }
    }
    m_map->setDataRange(QCPRange(0, top > 0 ? top : 1));
    xAxis->setTicker(ticker);
    yAxis->setTicker(ticker);
    xAxis->setTickLabelRotation(n > 4 ? 30 : 0);
    xAxis->setRange(-0.5, n - 0.5);
    yAxis->setRange(-0.5, n - 0.5);
    requestReplot();
}

} // namespace aclwb::widgets
