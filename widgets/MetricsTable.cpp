// SPDX-License-Identifier: MIT
#include "MetricsTable.h"

#include <QEvent>
#include <QHeaderView>

#include <cmath>

namespace aclwb::widgets {

MetricsTable::MetricsTable(QWidget* parent)
    : QTableWidget(0, 2, parent)
{
    retranslate();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
}

void MetricsTable::retranslate()
{
    setHorizontalHeaderLabels({ tr("metric"), tr("value") });
}

void MetricsTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate(); // the rows are names given by the caller, which sets them again
    }
    QTableWidget::changeEvent(event);
}

void MetricsTable::setMetrics(const QStringList& names, const QVector<double>& values, const QStringList& tooltips)
{
    m_values = values;
    setRowCount(static_cast<int>(names.size()));
    for (int r = 0; r < names.size(); ++r) {
        auto* name = new QTableWidgetItem(names[r]);
        const double v = values.value(r, std::nan(""));
        auto* value = new QTableWidgetItem(std::isnan(v) ? QStringLiteral("–") : QLocale().toString(v, 'f', 4));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (r < tooltips.size()) {
            name->setToolTip(tooltips[r]);
        }
        setItem(r, 0, name);
        setItem(r, 1, value);
    }
}

QString MetricsTable::toCsv() const
{
    QString csv = QStringLiteral("metric,value\n");
    for (int r = 0; r < rowCount(); ++r) {
        const double v = m_values.value(r, std::nan(""));
        csv += item(r, 0)->text() + QLatin1Char(',') + (std::isnan(v) ? QString() : QString::number(v, 'g', 9))
            + QLatin1Char('\n');
    }
    return csv;
}

} // namespace aclwb::widgets
