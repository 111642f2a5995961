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
