// SPDX-License-Identifier: MIT
#include "PlotWidget.h"

#include "PlotExport.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>

namespace aclwb::widgets {

PlotWidget::PlotWidget(QWidget* parent)
    : QCustomPlot(parent)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(50);
    connect(&m_replotTimer, &QTimer::timeout, this, [this] {
        ++m_replots;
        replot(QCustomPlot::rpQueuedReplot);
    });
    setMinimumSize(200, 150);
}

QCPTextElement* PlotWidget::addTitleRow(int pointSize)
{
    plotLayout()->insertRow(0);
    auto* title = new QCPTextElement(this, QString(), QFont(font().family(), pointSize, QFont::Bold));
    plotLayout()->addElement(0, 0, title);
    return title;
}

void PlotWidget::requestReplot()
{
    if (!m_replotTimer.isActive()) {
        m_replotTimer.start();
    }
}

void PlotWidget::resetView()
{
    rescaleAxes();
    replot();
}

void PlotWidget::exportInteractively()
{
    exportPlotInteractively(this, this, m_exportName);
}

void PlotWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
    if (event->type() == QEvent::LanguageChange) {
        // QCustomPlot fixes its locale when constructed (numbers without group separators): take the new default.
        QLocale numbers;
        numbers.setNumberOptions(QLocale::OmitGroupSeparator);
        setLocale(numbers);
        retranslate();
        requestReplot();
    }
    QCustomPlot::changeEvent(event);
}

void PlotWidget::showEvent(QShowEvent* event)
{
    applyPalette(); // axes and legends created after construction pick up the colours too
    QCustomPlot::showEvent(event);
}

void PlotWidget::applyPalette()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(50);
    setBackground(p.brush(QPalette::Base));
    for (QCPAxisRect* rect : axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(text));
            axis->setTickPen(QPen(text));
            axis->setSubTickPen(QPen(text));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        }
    }
    for (int k = 0; k < plotLayout()->elementCount(); ++k) {
        if (auto* title = qobject_cast<QCPTextElement*>(plotLayout()->elementAt(k))) {
            title->setTextColor(text);
        }
    }
    const auto legends = findChildren<QCPLegend*>();
    for (QCPLegend* l : legends) {
        l->setBrush(p.brush(QPalette::Base));
        l->setBorderPen(QPen(text));
        l->setTextColor(text);
    }
    if (legend != nullptr) {
        legend->setBrush(p.brush(QPalette::Base));
        legend->setBorderPen(QPen(text));
        legend->setTextColor(text);
    }
    requestReplot();
}

void PlotWidget::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export as PNG, SVG or PDF..."), this, &PlotWidget::exportInteractively);
    menu.addAction(tr("Copy to clipboard"), this,
                   [this] { QApplication::clipboard()->setPixmap(toPixmap(width(), height(), 2.0)); });
    menu.addSeparator();
    menu.addAction(tr("Reset view"), this, &PlotWidget::resetView);
    menu.exec(event->globalPos());
}

} // namespace aclwb::widgets
