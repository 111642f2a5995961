// SPDX-License-Identifier: MIT
#include "ResultsView.h"

#include "ConfusionMatrixView.h"
#include "MetricsTable.h"
#include "PerClassBars.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>

#include <cmath>

namespace aclwb::gui {

ResultsView::ResultsView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    m_title = new QLabel(tr("No results yet: start a run (Ctrl+R) or open a finished one (Ctrl+Shift+O)."), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title, 0, 0, 1, 2);
    m_bars = new widgets::PerClassBars(this);
    layout->addWidget(m_bars, 1, 0);
    m_confusion = new widgets::ConfusionMatrixView(this);
    layout->addWidget(m_confusion, 1, 1);
    m_table = new widgets::MetricsTable(this);
    m_table->setMaximumHeight(170);
    layout->addWidget(m_table, 2, 0);
    m_normalize = new QCheckBox(tr("Normalise the confusion matrix by row (recall per true class)"), this);
    layout->addWidget(m_normalize, 2, 1, Qt::AlignTop);
    layout->setRowStretch(1, 1);
    connect(m_normalize, &QCheckBox::toggled, m_confusion, &widgets::ConfusionMatrixView::setNormalized);
}

void ResultsView::clear()
{
    m_names.clear();
    m_metrics = Metrics();
    m_bars->setData({}, {}, {});
    m_confusion->setMatrix({}, {});
    m_table->setMetrics({}, {});
    m_title->setText(tr("Waiting for the first validation epoch..."));
}

void ResultsView::setResults(const QString& title, const QStringList& classNames, const QVector<double>& trainCounts,
                             const Metrics& metrics)
{
    m_names = classNames;
    m_counts = trainCounts;
    m_metrics = metrics;
    m_title->setText(title);
    m_bars->setData(classNames, metrics.perClass, trainCounts);
    m_confusion->setMatrix(classNames, metrics.confusion);
    m_table->setMetrics({ tr("accuracy"), tr("balanced accuracy"), tr("macro-F1"), tr("ROC AUC") },
                        { metrics.accuracy, metrics.balancedAccuracy, metrics.macroF1,
                          metrics.hasRocAuc ? metrics.rocAuc : std::nan("") },
                        { tr("Correct / all: hides a minority class that is never predicted"),
                          tr("Mean recall over classes: what imbalance makes necessary"), tr("Mean F1 over classes"),
                          tr("Two classes only: the second class as positive") });
}

QString ResultsView::title() const
{
    return m_title->text();
}

QString ResultsView::toCsv() const
{
    QString csv = m_table->toCsv();
    csv += QStringLiteral("\nclass,train_count,accuracy\n");
    for (int c = 0; c < m_names.size(); ++c) {
        csv += m_names[c] + QLatin1Char(',') + QString::number(m_counts.value(c), 'g', 12) + QLatin1Char(',')
            + QString::number(m_metrics.perClass.value(c), 'g', 9) + QLatin1Char('\n');
    }
    return csv;
}

} // namespace aclwb::gui
