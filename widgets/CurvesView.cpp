// SPDX-License-Identifier: MIT
#include "CurvesView.h"

#include "ClassColours.h"
#include "PlotWidget.h"

#include <QVBoxLayout>

namespace aclwb::widgets {
namespace {

void rescaleKeepingZoom(PlotWidget* plot)
{
    plot->rescaleAxes();
    plot->requestReplot();
}

} // namespace

CurvesView::CurvesView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int s = 0; s < 2; ++s) {
        m_loss[s] = new PlotWidget(this);
        m_loss[s]->setExportName(s == 0 ? QStringLiteral("loss-stage1.png") : QStringLiteral("loss-stage2.png"));
        m_steps[s] = m_loss[s]->addGraph();
        m_steps[s]->setPen(QPen(QColor(31, 119, 180, 90), 1));
        m_steps[s]->setAdaptiveSampling(true);
        m_means[s] = m_loss[s]->addGraph();
        m_means[s]->setPen(QPen(QColor(31, 119, 180), 2));
        m_means[s]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
        m_loss[s]->legend->setVisible(true);
        m_loss[s]->legend->setFont(QFont(font().family(), 8));
        layout->addWidget(m_loss[s], 1);
    }
    m_quality = new PlotWidget(this);
    m_quality->setExportName(QStringLiteral("validation.png"));
    m_accuracy = m_quality->addGraph();
    m_accuracy->setPen(QPen(QColor(60, 60, 60), 2));
    m_accuracy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
    m_balanced = m_quality->addGraph();
    m_balanced->setPen(QPen(QColor(214, 39, 40), 2));
    m_balanced->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, 7));
    QSharedPointer<QCPAxisTickerFixed> wholeEpochs(new QCPAxisTickerFixed);
    wholeEpochs->setTickStep(1.0);
    wholeEpochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples); // 1, 2, 5, 10, ... never 2.5
    m_quality->xAxis->setTicker(wholeEpochs);
    m_quality->yAxis->setRange(0, 1.02);
    // The legend sits under the plot: with one 10-NN curve per class it would otherwise hide the data.
    m_quality->legend->setVisible(true);
    m_quality->legend->setFont(QFont(font().family(), 8));
    m_quality->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_quality->legend->setWrap(4);
    m_quality->axisRect()->insetLayout()->take(m_quality->legend);
    m_quality->plotLayout()->addElement(1, 0, m_quality->legend);
    m_quality->plotLayout()->setRowStretchFactor(1, 0.001);
    layout->addWidget(m_quality, 1);
    retranslate();
}

void CurvesView::retranslate()
{
    for (int s = 0; s < 2; ++s) {
        m_steps[s]->setName(tr("loss per step"));
        m_means[s]->setName(tr("epoch mean"));
    }
    m_accuracy->setName(tr("validation accuracy"));
    m_balanced->setName(tr("validation balanced accuracy"));
    m_quality->xAxis->setLabel(tr("epoch (whole run)"));
    m_quality->yAxis->setLabel(tr("accuracy"));
    for (int k = 0; k < m_knn.size(); ++k) {
        m_knn[k]->setName(tr("10-NN %1").arg(k < m_knnNames.size() ? m_knnNames[k] : QString::number(k)));
    }
    if (!m_customStageNames) { // the owner's own names are the owner's to translate
        showStageNames(tr("stage 1"), tr("stage 2 (linear classifier)"));
    } else {
        for (int s = 0; s < 2; ++s) {
            m_loss[s]->xAxis->setLabel(m_xLabel[s].isEmpty() ? tr("epoch") : m_xLabel[s]);
            m_loss[s]->yAxis->setLabel(tr("loss"));
        }
    }
    for (PlotWidget* p : { m_loss[0], m_loss[1], m_quality }) {
        p->requestReplot();
    }
}

void CurvesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CurvesView::setStageNames(const QString& first, const QString& second)
{
    m_customStageNames = true;
    showStageNames(first, second);
}

void CurvesView::showStageNames(const QString& first, const QString& second)
{
    const QString names[2] = { first, second };
    for (int s = 0; s < 2; ++s) {
        m_loss[s]->plotLayout()->clear();
        auto* rect = new QCPAxisRect(m_loss[s]);
        m_loss[s]->plotLayout()->addElement(
            0, 0, new QCPTextElement(m_loss[s], names[s], QFont(font().family(), 9, QFont::Bold)));
        m_loss[s]->plotLayout()->addElement(1, 0, rect);
        // Re-attach the graphs and legend to the new axis rect.
        m_steps[s]->setKeyAxis(rect->axis(QCPAxis::atBottom));
        m_steps[s]->setValueAxis(rect->axis(QCPAxis::atLeft));
        m_means[s]->setKeyAxis(rect->axis(QCPAxis::atBottom));
        m_means[s]->setValueAxis(rect->axis(QCPAxis::atLeft));
        m_loss[s]->xAxis = rect->axis(QCPAxis::atBottom);
        m_loss[s]->yAxis = rect->axis(QCPAxis::atLeft);
        m_loss[s]->xAxis->setLabel(tr("epoch"));
        m_loss[s]->yAxis->setLabel(tr("loss"));
        m_loss[s]->legend = new QCPLegend;
        rect->insetLayout()->addElement(m_loss[s]->legend, Qt::AlignTop | Qt::AlignRight);
        m_loss[s]->legend->setLayer(QStringLiteral("legend"));
        m_loss[s]->legend->setFont(QFont(font().family(), 8));
        m_steps[s]->addToLegend(m_loss[s]->legend);
        m_means[s]->addToLegend(m_loss[s]->legend);
        m_loss[s]->yAxis->setScaleType(m_logY ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        m_loss[s]->requestReplot();
    }
}

void CurvesView::setStepAxisLabel(int stage, const QString& label)
{
    m_xLabel[stage] = label;
    m_loss[stage]->xAxis->setLabel(label.isEmpty() ? tr("epoch") : label);
    m_loss[stage]->requestReplot();
}

void CurvesView::clear()
{
    for (int s = 0; s < 2; ++s) {
        m_steps[s]->data()->clear();
        m_means[s]->data()->clear();
        m_loss[s]->requestReplot();
    }
    m_accuracy->data()->clear();
    m_balanced->data()->clear();
    for (QCPGraph* g : m_knn) {
        m_quality->removeGraph(g);
    }
    m_knn.clear();
    m_quality->requestReplot();
}

void CurvesView::addStep(int stage, double x, double loss)
{
    m_steps[stage]->addData(x, loss);
    rescaleKeepingZoom(m_loss[stage]);
}

void CurvesView::addEpochMean(int stage, double x, double loss)
{
    m_means[stage]->addData(x, loss);
    rescaleKeepingZoom(m_loss[stage]);
}

void CurvesView::addValidation(double x, double accuracy, double balancedAccuracy)
{
    m_accuracy->addData(x, accuracy);
    m_balanced->addData(x, balancedAccuracy);
    m_quality->xAxis->rescale();
    m_quality->xAxis->setRange(m_quality->xAxis->range().lower - 0.5, m_quality->xAxis->range().upper + 0.5);
    m_quality->requestReplot();
}

void CurvesView::addKnn(double x, const QStringList& classNames, const QVector<double>& perClass)
{
    if (!classNames.isEmpty()) {
        m_knnNames = classNames;
    }
    while (m_knn.size() < perClass.size()) {
        const int k = static_cast<int>(m_knn.size());
        QCPGraph* g = m_quality->addGraph();
        QPen pen(classColour(k), 1.5, Qt::DashLine);
        g->setPen(pen);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        g->setName(tr("10-NN %1").arg(k < classNames.size() ? classNames[k] : QString::number(k)));
        m_knn.push_back(g);
    }
    for (int k = 0; k < perClass.size(); ++k) {
        m_knn[k]->addData(x, perClass[k]);
    }
    m_quality->xAxis->rescale();
    m_quality->xAxis->setRange(m_quality->xAxis->range().lower - 0.5, m_quality->xAxis->range().upper + 0.5);
    m_quality->requestReplot();
}

void CurvesView::setLogY(bool on)
{
    m_logY = on;
    for (PlotWidget* plot : m_loss) {
        plot->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        plot->yAxis->setTicker(on ? QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog)
                                  : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        plot->rescaleAxes();
        plot->requestReplot();
    }
}

int CurvesView::stepCount(int stage) const
{
    return m_steps[stage]->dataCount();
}

int CurvesView::epochCount(int stage) const
{
    return m_means[stage]->dataCount();
}

int CurvesView::validationCount() const
{
    return m_accuracy->dataCount();
}

int CurvesView::knnCount(int classIndex) const
{
    return classIndex < m_knn.size() ? m_knn[classIndex]->dataCount() : 0;
}

} // namespace aclwb::widgets
