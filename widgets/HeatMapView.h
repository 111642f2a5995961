// SPDX-License-Identifier: MIT
#pragma once

#include "PlotWidget.h"

#include <QStringList>
#include <QVector>

namespace aclwb::widgets {

/// A metric over a two-parameter grid (gamma x eta) as a heat map: every cell shows its mean and, when given, the
/// spread over seeds, so a difference smaller than the spread is visible as such; missing cells are grey with a dash,
/// the best cell is outlined. Used by the study's figures and the sweep view.
class HeatMapView : public PlotWidget {
    Q_OBJECT

public:
    explicit HeatMapView(QWidget* parent = nullptr);

    /// values[row][column] and spread[row][column] (NaN = no result yet; an empty spread shows means only). Rows
    /// are drawn from the top in the order given, as in a table.
    void setGrid(const QString& columnTitle, const QStringList& columns, const QString& rowTitle,
                 const QStringList& rows, const QVector<QVector<double>>& values,
                 const QVector<QVector<double>>& spread = {});
    /// The number of seeds behind each cell, shown under its spread ("n = 2"); empty hides them. Call after setGrid.
    void setCounts(const QVector<QVector<int>>& counts);
    /// The colour scale's title ("balanced accuracy").
    void setValueTitle(const QString& title);
    /// Fixes the colour scale to [low, high] (values outside are drawn at the ends); without it the scale spans the
    /// data, which makes differences far below the seed spread look large.
    void setValueRange(double low, double high);
    /// The text drawn in a cell ("0.812\n± 0.013", or "–" when missing).
    QString cellText(int row, int column) const;
    /// The outlined cell (row, column), or (-1, -1) when no cell has a value.
    QPair<int, int> bestCell() const { return m_best; }
    /// The cell under a pixel (row, column), or (-1, -1).
    QPair<int, int> cellAt(const QPoint& pixel) const;
    /// Whether a cell's mean is within the seed spread of the best cell's (|difference| < sqrt(s_best^2 + s^2),
    /// both spreads known): such cells get "≈ best" in their text, since the data cannot tell them apart.
    bool tiedWithBest(int row, int column) const;

Q_SIGNALS:
    /// A cell was clicked (its runs can be opened).
    void cellClicked(int row, int column);

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    void rebuild();

    QCPColorMap* m_map = nullptr;
    QCPColorScale* m_scale = nullptr;
    QStringList m_columns;
    QStringList m_rows;
    QVector<QVector<double>> m_values;
    QVector<QVector<double>> m_spread;
    QVector<QVector<int>> m_counts;
    QVector<QCPItemText*> m_texts;
    QCPItemRect* m_outline = nullptr;
    QPair<int, int> m_best { -1, -1 };
    bool m_fixedRange = false;
    QCPRange m_range;
};

} // namespace aclwb::widgets
