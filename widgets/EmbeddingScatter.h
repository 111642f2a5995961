// SPDX-License-Identifier: MIT
#pragma once

#include "PlotWidget.h"

#include <QPolygonF>
#include <QStringList>
#include <QVector>

namespace aclwb::widgets {

/// A 2-D layout of embedded samples, coloured by class. The classes are drawn from the most to the fewest points,
/// so a minority class is never hidden under a majority cluster, and points the classifier gets wrong are crossed
/// out on top. Animation frames move the points without touching a zoom the user chose. The mouse inspects:
/// hovering names the row under the cursor; a rectangle or a lasso (by the tool) selects rows.
class EmbeddingScatter : public PlotWidget {
    Q_OBJECT

public:
    enum class Tool { PanZoom, Rectangle, Lasso };

    explicit EmbeddingScatter(QWidget* parent = nullptr);

    /// New points: `xy` holds x0, y0, x1, y1, ...; `labels` a class per row; `predicted` a class per row (-1: no
    /// prediction) or empty before a classifier exists.
    void setPoints(const QStringList& classNames, const QVector<double>& xy, const QVector<int>& labels,
                   const QVector<int>& predicted = {});
    /// The same rows at new positions (an animation frame, drawn at the next event-loop pass); false when the row
    /// count differs.
    bool movePoints(const QVector<double>& xy);
    void clearPoints();
    /// A line above the plot (the epoch shown); empty hides it.
    void setTitle(const QString& title);
    QString title() const;

    int rows() const { return static_cast<int>(m_labels.size()); }
    QPointF position(int row) const;
    QVector<int> labels() const { return m_labels; }
    /// The row drawn nearest to `pixel` within `radius` pixels, or -1.
    int rowAt(const QPoint& pixel, double radius = 6.0) const;
    /// Rows whose points lie inside `pixels` (a polygon in widget coordinates).
    QVector<int> rowsInPolygon(const QPolygonF& pixels) const;

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    /// Whether new frames rescale the axes to the layout (until the user zooms or pans; Reset view restores it).
    bool followsLayout() const { return m_follow; }
    /// Zooms to a range as the user would (frames keep it).
    void setViewRange(const QCPRange& x, const QCPRange& y);

    /// Classes in drawing order, bottom first (most points first).
    QVector<int> drawingOrder() const { return m_order; }
    /// The graph of class `c` (tests and exports check colours and data).
    QCPGraph* classGraph(int c) const;
    int wrongCount() const { return m_wrong; }

public Q_SLOTS:
    void resetView() override;

Q_SIGNALS:
    /// The row under the cursor changed (-1: none).
    void hovered(int row);
    /// A rectangle or lasso selection ended (rows in ascending order; may be empty).
    void selected(const QVector<int>& rows);

protected:
    void retranslate() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fillGraphs();
    void fitView();
    void updateLegendNames();

    QStringList m_classNames;
    QVector<double> m_xy;
    QVector<int> m_labels;
    QVector<int> m_predicted;
    QVector<int> m_counts;
    QVector<int> m_order;
    QVector<QCPGraph*> m_graphs; // by class
    QCPGraph* m_wrongGraph = nullptr;
    QCPTextElement* m_title = nullptr;
    int m_wrong = 0;
    Tool m_tool = Tool::PanZoom;
    bool m_follow = true;
    bool m_settingRange = false;
    bool m_dragging = false;
    QPolygonF m_path; // the rectangle or lasso being drawn, in pixels
    int m_hovered = -1;
    bool m_stale = false; // frames arrived while hidden
};

} // namespace aclwb::widgets
