// SPDX-License-Identifier: MIT
#include "HeatMapView.h"

#include <QMouseEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace aclwb::widgets {

HeatMapView::HeatMapView(QWidget* parent)
    : PlotWidget(parent)
{
    setExportName(QStringLiteral("heat-map.png"));
    m_map = new QCPColorMap(xAxis, yAxis);
    // Viridis (perceptually uniform, readable in grey and by colour-blind readers), from its published stops.
    QCPColorGradient gradient;
    gradient.setColorStops({ { 0.0, QColor(68, 1, 84) },
                             { 0.25, QColor(59, 82, 139) },
                             { 0.5, QColor(33, 145, 140) },
                             { 0.75, QColor(94, 201, 98) },
                             { 1.0, QColor(253, 231, 37) } });
    m_map->setInterpolate(false);
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(QColor(205, 205, 205));
    m_scale = new QCPColorScale(this);
    plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale); // the map takes the scale's gradient from here on
    m_scale->setGradient(gradient);
    auto* margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    yAxis->setRangeReversed(true);
    setInteractions({});
}

void HeatMapView::setGrid(const QString& columnTitle, const QStringList& columns, const QString& rowTitle,
                          const QStringList& rows, const QVector<QVector<double>>& values,
                          const QVector<QVector<double>>& spread)
{
    xAxis->setLabel(columnTitle);
    yAxis->setLabel(rowTitle);
    m_columns = columns;
    m_rows = rows;
    m_values = values;
    m_spread = spread;
    rebuild();
}

void HeatMapView::setCounts(const QVector<QVector<int>>& counts)
{
    m_counts = counts;
    rebuild();
}

void HeatMapView::setValueTitle(const QString& title)
{
    m_scale->axis()->setLabel(title);
    requestReplot();
}

void HeatMapView::setValueRange(double low, double high)
{
    m_fixedRange = high > low;
    m_range = QCPRange(low, high);
    rebuild();
}

bool HeatMapView::tiedWithBest(int row, int column) const
{
    if (m_best.first < 0 || (row == m_best.first && column == m_best.second)) {
        return false;
    }
    const double v = m_values.value(row).value(column, std::nan(""));
    const double s = m_spread.value(row).value(column, std::nan(""));
    const double b = m_values.value(m_best.first).value(m_best.second, std::nan(""));
    const double sb = m_spread.value(m_best.first).value(m_best.second, std::nan(""));
    return std::isfinite(v) && std::isfinite(s) && std::isfinite(sb) && std::abs(b - v) < std::sqrt(s * s + sb * sb);
}

QPair<int, int> HeatMapView::cellAt(const QPoint& pixel) const
{
    if (!axisRect()->rect().contains(pixel)) {
        return { -1, -1 };
    }
    const int column = static_cast<int>(std::lround(xAxis->pixelToCoord(pixel.x())));
    const int row = static_cast<int>(std::lround(yAxis->pixelToCoord(pixel.y())));
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size()) {
        return { -1, -1 };
    }
    return { row, column };
}

void HeatMapView::mousePressEvent(QMouseEvent* event)
{
    const QPair<int, int> cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell.first >= 0) {
        Q_EMIT cellClicked(cell.first, cell.second);
    }
    PlotWidget::mousePressEvent(event);
}

QString HeatMapView::cellText(int row, int column) const
{
    const int index = row * static_cast<int>(m_columns.size()) + column;
    return row >= 0 && column >= 0 && index < m_texts.size() ? m_texts[index]->text() : QString();
}

void HeatMapView::rebuild()
{
    for (QCPItemText* t : m_texts) {
        removeItem(t);
    }
    m_texts.clear();
    if (m_outline != nullptr) {
        removeItem(m_outline);
        m_outline = nullptr;
    }
    const int nx = std::max(1, static_cast<int>(m_columns.size()));
    const int ny = std::max(1, static_cast<int>(m_rows.size()));
    m_map->data()->setSize(nx, ny);
    m_map->data()->setRange(QCPRange(0, nx - 1), QCPRange(0, ny - 1));
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    m_best = { -1, -1 };
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const double v = m_values.value(r).value(c, std::nan(""));
            m_map->data()->setCell(c, r, v);
            if (std::isfinite(v)) {
                low = std::min(low, v);
                if (v > high) {
                    high = v;
                    m_best = { r, c };
                }
            }
        }
    }
    const bool any = m_best.first >= 0;
    if (m_fixedRange) {
        low = m_range.lower;
        high = m_range.upper;
    }
    const double span = any ? high - low : 0.0;
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const double v = m_values.value(r).value(c, std::nan(""));
            const double s = m_spread.value(r).value(c, std::nan(""));
            QString text = QStringLiteral("\u2013");
            if (std::isfinite(v)) {
                text = QLocale().toString(v, 'f', 3);
                if (std::isfinite(s)) {
                    text += QStringLiteral("\n\u00b1 ") + QLocale().toString(s, 'f', 3);
                }
                if (m_counts.value(r).value(c, 0) > 0) {
                    text += QLatin1Char('\n') + tr("n = %1").arg(m_counts[r][c]);
                }
                if (tiedWithBest(r, c)) {
                    text += QStringLiteral("\n\u2248 ") + tr("best");
                }
            }
            auto* item = new QCPItemText(this);
            item->position->setCoords(c, r);
            item->setText(text);
            // Light text on the dark (low) end of viridis, dark text on the bright end.
            const bool dark = std::isfinite(v) && (span <= 0 || (std::clamp(v, low, high) - low) / span < 0.6);
            item->setColor(dark ? Qt::white : Qt::black);
            item->setFont(QFont(font().family(), nx > 6 ? 7 : 9));
            m_texts.push_back(item);
        }
    }
    if (any) {
        m_outline = new QCPItemRect(this);
        m_outline->topLeft->setCoords(m_best.second - 0.5, m_best.first - 0.5);
        m_outline->bottomRight->setCoords(m_best.second + 0.5, m_best.first + 0.5);
        m_outline->setPen(QPen(QColor(220, 30, 30), 3));
    }
    m_map->setDataRange(m_fixedRange ? m_range : any ? QCPRange(low, high > low ? high : low + 1e-9) : QCPRange(0, 1));
    QSharedPointer<QCPAxisTickerText> xTicks(new QCPAxisTickerText);
    QSharedPointer<QCPAxisTickerText> yTicks(new QCPAxisTickerText);
    for (int c = 0; c < m_columns.size(); ++c) {
        xTicks->addTick(c, m_columns[c]);
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        yTicks->addTick(r, m_rows[r]);
    }
    xAxis->setTicker(xTicks);
    yAxis->setTicker(yTicks);
    xAxis->setRange(-0.5, nx - 0.5);
    yAxis->setRange(-0.5, ny - 0.5);
    requestReplot();
}

} // namespace aclwb::widgets
