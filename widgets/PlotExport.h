// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCustomPlot;
class QWidget;

namespace aclwb::widgets {

/// Writes a plot to `path` as PNG, SVG (through Qt SVG) or PDF, chosen by the file's extension; every plot of the
/// workbench exports through here (context menus and File > Export). Returns an empty string, or why it failed.
QString exportPlot(QCustomPlot* plot, const QString& path, int width = 0, int height = 0);

/// The file-dialog filter for exportPlot: "PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)".
QString plotExportFilter();

/// Asks for a file name (starting in `directory`) and exports; shows an error box on failure. Returns the path
/// written, or an empty string when cancelled or failed.
QString exportPlotInteractively(QCustomPlot* plot, QWidget* parent, const QString& suggestedName);

} // namespace aclwb::widgets
