// SPDX-License-Identifier: MIT
#include "EmbeddingScatter.h"

#include "ClassColours.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace aclwb::widgets {

EmbeddingScatter::EmbeddingScatter(QWidget* parent)
    : PlotWidget(parent)
{
    setExportName(QStringLiteral("embedding.png"));
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    setMouseTracking(true);
    // A zoom or pan by the user (not by a frame) stops frames from rescaling the view.
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        if (!m_settingRange) {
            m_follow = false;
        }
    });
    connect(yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        if (!m_settingRange) {
            m_follow = false;
        }
    });
    retranslate();
}

void EmbeddingScatter::retranslate()
{
    xAxis->setLabel(QString());
    yAxis->setLabel(QString());
    updateLegendNames();
}

void EmbeddingScatter::setPoints(const QStringList& classNames, const QVector<double>& xy, const QVector<int>& labels,
                                 const QVector<int>& predicted)
{
    m_classNames = classNames;
    m_labels = labels;
    m_predicted = predicted.size() == labels.size() ? predicted : QVector<int>();
    m_xy = xy.size() == 2 * labels.size() ? xy : QVector<double>(2 * labels.size(), 0.0);
    const int classes = static_cast<int>(classNames.size());
    m_counts = QVector<int>(classes, 0);
    for (int label : m_labels) {
        if (label >= 0 && label < classes) {
            ++m_counts[label];
        }
    }
    // Most points first: the smallest classes are drawn last, on top.
    m_order.resize(classes);
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) { return m_counts[a] > m_counts[b]; });

    clearGraphs();
    m_graphs = QVector<QCPGraph*>(classes, nullptr);
    for (int c : m_order) {
        QCPGraph* g = addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        const QColor colour = classColour(c);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 5));
        g->setAdaptiveSampling(true);
        m_graphs[c] = g;
    }
    m_wrongGraph = addGraph();
    m_wrongGraph->setLineStyle(QCPGraph::lsNone);
    m_wrongGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, QPen(palette().color(QPalette::Text), 1.2),
                                                  Qt::NoBrush, 7));
    m_wrong = 0;
    for (int r = 0; r < m_labels.size(); ++r) {
        if (!m_predicted.isEmpty() && m_predicted[r] >= 0 && m_predicted[r] != m_labels[r]) {
            ++m_wrong;
        }
    }
    m_hovered = -1;
    updateLegendNames();
    fillGraphs();
    if (m_follow) {
        fitView();
    }
    requestReplot();
}

void EmbeddingScatter::updateLegendNames()
{
    for (int c = 0; c < m_graphs.size(); ++c) {
        if (m_graphs[c] != nullptr) {
            m_graphs[c]->setName(tr("%1 (%2)").arg(m_classNames.value(c)).arg(m_counts.value(c)));
        }
    }
    if (m_wrongGraph != nullptr) {
        m_wrongGraph->setName(tr("predicted wrong (%1)").arg(m_wrong));
        if (m_predicted.isEmpty()) {
            m_wrongGraph->removeFromLegend();
        }
    }
}

bool EmbeddingScatter::movePoints(const QVector<double>& xy)
{
    if (xy.size() != m_xy.size()) {
        return false;
    }
    m_xy = xy;
    fillGraphs();
    if (m_follow) {
        fitView();
    }
    // Frames come throttled by their producer (25 a second at most): draw each one, not PlotWidget's 20 a second;
    // a hidden plot (another tab) draws once when shown.
    if (isVisible()) {
        replot(QCustomPlot::rpQueuedReplot);
    } else {
        m_stale = true;
    }
    return true;
}

void EmbeddingScatter::clearPoints()
{
    setPoints({}, {}, {}, {});
}

void EmbeddingScatter::setTitle(const QString& title)
{
    if (m_title == nullptr) {
        m_title = addTitleRow(10);
    }
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    requestReplot();
}

QString EmbeddingScatter::title() const
{
    return m_title != nullptr ? m_title->text() : QString();
}

void EmbeddingScatter::fillGraphs()
{
    const int classes = static_cast<int>(m_graphs.size());
    QVector<QVector<double>> xs(classes), ys(classes);
    QVector<double> wrongX, wrongY;
    for (int r = 0; r < m_labels.size(); ++r) {
        const int c = m_labels[r];
        if (c < 0 || c >= classes) {
            continue;
        }
        xs[c].push_back(m_xy[2 * r]);
        ys[c].push_back(m_xy[2 * r + 1]);
        if (!m_predicted.isEmpty() && m_predicted[r] >= 0 && m_predicted[r] != c) {
            wrongX.push_back(m_xy[2 * r]);
            wrongY.push_back(m_xy[2 * r + 1]);
        }
    }
    for (int c = 0; c < classes; ++c) {
        m_graphs[c]->setData(xs[c], ys[c]);
    }
    if (m_wrongGraph != nullptr) {
        m_wrongGraph->setData(wrongX, wrongY);
    }
}

void EmbeddingScatter::fitView()
{
    if (m_labels.isEmpty()) {
        return;
    }
    double x0 = m_xy[0], x1 = m_xy[0], y0 = m_xy[1], y1 = m_xy[1];
    for (int r = 1; r < m_labels.size(); ++r) {
        x0 = std::min(x0, m_xy[2 * r]);
        x1 = std::max(x1, m_xy[2 * r]);
        y0 = std::min(y0, m_xy[2 * r + 1]);
        y1 = std::max(y1, m_xy[2 * r + 1]);
    }
    const double padX = std::max(1e-9, 0.04 * (x1 - x0));
    const double padY = std::max(1e-9, 0.04 * (y1 - y0));
    m_settingRange = true;
    xAxis->setRange(x0 - padX, x1 + padX);
    yAxis->setRange(y0 - padY, y1 + padY);
    m_settingRange = false;
}

void EmbeddingScatter::resetView()
{
    m_follow = true;
    fitView();
    replot();
}

void EmbeddingScatter::setViewRange(const QCPRange& x, const QCPRange& y)
{
    xAxis->setRange(x);
    yAxis->setRange(y);
    m_follow = false;
    requestReplot();
}

QPointF EmbeddingScatter::position(int row) const
{
    if (row < 0 || row >= rows()) {
        return {};
    }
    return { m_xy[2 * row], m_xy[2 * row + 1] };
}

QCPGraph* EmbeddingScatter::classGraph(int c) const
{
    return m_graphs.value(c, nullptr);
}

int EmbeddingScatter::rowAt(const QPoint& pixel, double radius) const
{
    int best = -1;
    double bestDistance = radius * radius;
    // Drawn last = on top: a minority point under the cursor wins over the majority point beneath it.
    for (int r = 0; r < m_labels.size(); ++r) {
        const double dx = xAxis->coordToPixel(m_xy[2 * r]) - pixel.x();
        const double dy = yAxis->coordToPixel(m_xy[2 * r + 1]) - pixel.y();
        const double d = dx * dx + dy * dy;
        const bool onTop = best >= 0 && d == bestDistance
            && m_order.indexOf(m_labels[r]) > m_order.indexOf(m_labels[best]);
        if (d < bestDistance || onTop) {
            best = r;
            bestDistance = d;
        }
    }
    return best;
}

QVector<int> EmbeddingScatter::rowsInPolygon(const QPolygonF& pixels) const
{
    QVector<int> rows;
    if (pixels.size() < 3) {
        return rows;
    }
    const QRectF bounds = pixels.boundingRect();
    for (int r = 0; r < m_labels.size(); ++r) {
        const QPointF p(xAxis->coordToPixel(m_xy[2 * r]), yAxis->coordToPixel(m_xy[2 * r + 1]));
        if (bounds.contains(p) && pixels.containsPoint(p, Qt::OddEvenFill)) {
            rows.push_back(r);
        }
    }
    return rows;
}

void EmbeddingScatter::setTool(Tool tool)
{
    m_tool = tool;
    m_dragging = false; // a selection being drawn ends with the tool (Alt+R during a lasso)
    setInteraction(QCP::iRangeDrag, tool == Tool::PanZoom);
    setCursor(tool == Tool::PanZoom ? Qt::ArrowCursor : Qt::CrossCursor);
    m_path.clear();
    update();
}

void EmbeddingScatter::mousePressEvent(QMouseEvent* event)
{
    if (m_tool != Tool::PanZoom && event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_path = QPolygonF({ event->position() });
        event->accept();
        return;
    }
    PlotWidget::mousePressEvent(event);
}

void EmbeddingScatter::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        if (m_tool == Tool::Rectangle) {
            const QPointF a = m_path.front();
            const QPointF b = event->position();
            m_path = QPolygonF({ a, QPointF(b.x(), a.y()), b, QPointF(a.x(), b.y()) });
        } else {
            m_path.push_back(event->position());
        }
        update();
        event->accept();
        return;
    }
    if (!(event->buttons() & Qt::LeftButton)) {
        const int row = rowAt(event->position().toPoint());
        if (row != m_hovered) {
            m_hovered = row;
            Q_EMIT hovered(row);
        }
    }
    PlotWidget::mouseMoveEvent(event);
}

void EmbeddingScatter::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        const QVector<int> rows = rowsInPolygon(m_path);
        m_path.clear();
        update();
        Q_EMIT selected(rows);
        event->accept();
        return;
    }
    PlotWidget::mouseReleaseEvent(event);
}

void EmbeddingScatter::leaveEvent(QEvent* event)
{
    if (m_hovered != -1) {
        m_hovered = -1;
        Q_EMIT hovered(-1);
    }
    PlotWidget::leaveEvent(event);
}

void EmbeddingScatter::showEvent(QShowEvent* event)
{
    PlotWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        replot(QCustomPlot::rpQueuedReplot);
    }
}

void EmbeddingScatter::paintEvent(QPaintEvent* event)
{
    PlotWidget::paintEvent(event);
    if (m_path.size() < 2) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
    painter.drawPolygon(m_path);
}

} // namespace aclwb::widgets
