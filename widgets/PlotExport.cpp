// SPDX-License-Identifier: MIT
#include "PlotExport.h"

#include "Qcp.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSvgGenerator>

namespace aclwb::widgets {

QString exportPlot(QCustomPlot* plot, const QString& path, int width, int height)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int w = width > 0 ? width : plot->width();
    const int h = height > 0 ? height : plot->height();
    bool ok = false;
    if (suffix == QStringLiteral("png")) {
        ok = plot->savePng(path, w, h, 2.0);
    } else if (suffix == QStringLiteral("pdf")) {
        ok = plot->savePdf(path, w, h);
    } else if (suffix == QStringLiteral("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setTitle(plot->objectName());
        QCPPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            plot->toPainter(&painter, w, h);
            ok = painter.end();
        }
    } else {
        return QObject::tr("unknown image format '%1': use .png, .svg or .pdf").arg(suffix);
    }
    return ok ? QString() : QObject::tr("could not write %1").arg(path);
}

QString plotExportFilter()
{
    return QObject::tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)");
}

QString exportPlotInteractively(QCustomPlot* plot, QWidget* parent, const QString& suggestedName)
{
    QSettings settings;
    const QString directory = settings.value(QStringLiteral("paths/export")).toString();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export plot"),
        directory.isEmpty() ? suggestedName : directory + QLatin1Char('/') + suggestedName, plotExportFilter(),
        &selected);
    if (path.isEmpty()) {
        return {};
    }
    settings.setValue(QStringLiteral("paths/export"), QFileInfo(path).absolutePath());
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty()) {
        target += selected.contains(QStringLiteral("svg")) ? QStringLiteral(".svg")
            : selected.contains(QStringLiteral("pdf"))     ? QStringLiteral(".pdf")
                                                           : QStringLiteral(".png");
    }
    const QString error = exportPlot(plot, target);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, QObject::tr("Export failed"), error);
        return {};
    }
    return target;
}

} // namespace aclwb::widgets
