// SPDX-License-Identifier: MIT
#pragma once

#include "Qcp.h"

#include <QTimer>

namespace aclwb::widgets {

/// The base of every plot in the workbench: one export path (context menu: Export..., Copy, Reset view), zoom and
/// pan with the mouse, and coalesced redraws (requestReplot() at most ~20 times a second, so a fast run never floods
/// the event loop).
class PlotWidget : public QCustomPlot {
    Q_OBJECT

public:
    explicit PlotWidget(QWidget* parent = nullptr);

    /// Schedules one redraw; many calls within 50 ms cost one redraw.
    void requestReplot();
    /// The file name the export dialog suggests ("curves.png").
    void setExportName(const QString& name) { m_exportName = name; }
    QString exportName() const { return m_exportName; }
    /// Number of redraws actually done (for the tests and the benchmarks).
    int replotCount() const { return m_replots; }

public Q_SLOTS:
    /// Shows everything again after zooming or panning.
    virtual void resetView();
    void exportInteractively();

protected:
    /// A bold title in a new row above the plot (the text is set by the caller, e.g. in retranslate()).
    QCPTextElement* addTitleRow(int pointSize = 9);
    /// Sets every translated text again (axis labels, legend names, titles); called on QEvent::LanguageChange.
    virtual void retranslate() { }
    void contextMenuEvent(QContextMenuEvent* event) override;
    /// Follows the application's light or dark palette (background, axes, text, grid, legend).
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyPalette();

private:
    QTimer m_replotTimer;
    QString m_exportName = QStringLiteral("plot.png");
    int m_replots = 0;
};

} // namespace aclwb::widgets
