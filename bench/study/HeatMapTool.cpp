// SPDX-License-Identifier: MIT
// aclwb-heatmap: draws a gamma x eta heat map (or any metric over a two-parameter grid) with the workbench's own
// HeatMapView and writes it as PNG, SVG or PDF. The study script (bench/study/run-study.py) calls it for every figure
// of docs/RESULTS.md, so the figures come from the same code as the sweep view, not from a separate plotting stack.
//
//   aclwb-heatmap grid.json out.png
//
// grid.json: {"title", "value_title", "rows_title", "rows": [...], "columns_title", "columns": [...],
//             "mean": [[...]], "std": [[...]] (optional; null = no result), "value_range": [low, high],
//             "width", "height" (optional)}
#include "HeatMapView.h"
#include "PlotExport.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace {

QStringList texts(const QJsonArray& a)
{
    QStringList out;
    for (const QJsonValue& v : a) {
        out << (v.isString() ? v.toString() : QString::number(v.toDouble()));
    }
    return out;
}

QVector<QVector<double>> matrix(const QJsonArray& rows)
{
    QVector<QVector<double>> out;
    for (const QJsonValue& row : rows) {
        QVector<double> values;
        for (const QJsonValue& v : row.toArray()) {
            values << (v.isDouble() ? v.toDouble() : std::nan(""));
        }
        out << values;
    }
    return out;
}

int fail(const QString& message)
{
    QTextStream(stderr) << "aclwb-heatmap: error: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a figure tool needs no display
    }
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        return fail(QStringLiteral("usage: aclwb-heatmap GRID.json OUT.png|svg|pdf"));
    }
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(args[1] + QStringLiteral(": ") + file.errorString());
    }
    QJsonParseError error;
    const QJsonObject grid = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        return fail(args[1] + QStringLiteral(": ") + error.errorString());
    }
    const QStringList rows = texts(grid.value(QStringLiteral("rows")).toArray());
    const QStringList columns = texts(grid.value(QStringLiteral("columns")).toArray());
    const QVector<QVector<double>> mean = matrix(grid.value(QStringLiteral("mean")).toArray());
    if (rows.isEmpty() || columns.isEmpty() || mean.size() != rows.size()) {
        return fail(args[1] + QStringLiteral(": needs rows, columns and a mean row per row"));
    }
    aclwb::widgets::HeatMapView view;
    view.resize(grid.value(QStringLiteral("width")).toInt(640), grid.value(QStringLiteral("height")).toInt(440));
    view.setGrid(grid.value(QStringLiteral("columns_title")).toString(), columns,
                 grid.value(QStringLiteral("rows_title")).toString(), rows, mean,
                 matrix(grid.value(QStringLiteral("std")).toArray()));
    view.setValueTitle(grid.value(QStringLiteral("value_title")).toString());
    const QJsonArray range = grid.value(QStringLiteral("value_range")).toArray();
    if (range.size() == 2) {
        view.setValueRange(range[0].toDouble(), range[1].toDouble());
    }
    const QString title = grid.value(QStringLiteral("title")).toString();
    if (!title.isEmpty()) {
        view.plotLayout()->insertRow(0);
        view.plotLayout()->addElement(0, 0,
                                      new QCPTextElement(&view, title, QFont(view.font().family(), 11, QFont::Bold)));
    }
    const QString problem = aclwb::widgets::exportPlot(&view, args[2], view.width(), view.height());
    if (!problem.isEmpty()) {
        return fail(problem);
    }
    return 0;
}
