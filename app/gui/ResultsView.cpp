// SPDX-License-Identifier: MIT
#include "ResultsView.h"

#include "ConfusionMatrixView.h"
#include "MetricsTable.h"
#include "PerClassBars.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include <cmath>

namespace aclwb::gui {

ResultsView::ResultsView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    m_title = new QLabel(this);
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
    m_normalize = new QCheckBox(this);
    layout->addWidget(m_normalize, 2, 1, Qt::AlignTop);
    layout->setRowStretch(1, 1);
    connect(m_normalize, &QCheckBox::toggled, m_confusion, &widgets::ConfusionMatrixView::setNormalized);
    retranslate();
}

void ResultsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ResultsView::retranslate()
{
    m_normalize->setText(tr("Normalise the confusion matrix by row (recall per true class)"));
    if (m_titleKind == TitleKind::NoResults) {
        m_title->setText(tr("No results yet: start a run (Ctrl+R) or open a finished one (Ctrl+Shift+O)."));
    } else if (m_titleKind == TitleKind::Waiting) {
        m_title->setText(tr("Waiting for the first validation epoch..."));
    }
    if (!m_names.isEmpty()) {
        fillTable();
    }
}

void ResultsView::fillTable()
{
    m_table->setMetrics({ tr("accuracy"), tr("balanced accuracy"), tr("macro-F1"), tr("ROC AUC") },
                        { m_metrics.accuracy, m_metrics.balancedAccuracy, m_metrics.macroF1,
                          m_metrics.hasRocAuc ? m_metrics.rocAuc : std::nan("") },
                        { tr("Correct / all: hides a minority class that is never predicted"),
                          tr("Mean recall over classes: what imbalance makes necessary"), tr("Mean F1 over classes"),
                          tr("Two classes only: the second class as positive") });
}

void ResultsView::clear()
{
    m_names.clear();
    m_metrics = Metrics();
    m_bars->setData({}, {}, {});
    m_confusion->setMatrix({}, {});
    m_table->setMetrics({}, {});
    m_titleKind = TitleKind::Waiting;
    retranslate();
}

void ResultsView::setResults(const QString& title, const QStringList& classNames, const QVector<double>& trainCounts,
                             const Metrics& metrics)
{
    m_names = classNames;
    m_counts = trainCounts;
    m_metrics = metrics;
    m_titleKind = TitleKind::Given;
    m_title->setText(title);
    m_bars->setData(classNames, metrics.perClass, trainCounts);
    m_confusion->setMatrix(classNames, metrics.confusion);
    fillTable();
}

QString ResultsView::title() const
{
    return m_title->text();
}

QString ResultsView::toCsv() const
{
    // Fixed English keys and C-locale numbers whatever the interface language: files never follow the locale.
    const auto number = [](double v) { return std::isfinite(v) ? QString::number(v, 'g', 9) : QString(); };
    QString csv = QStringLiteral("metric,value\naccuracy,%1\nbalanced_accuracy,%2\nmacro_f1,%3\nroc_auc,%4\n")
                      .arg(number(m_metrics.accuracy), number(m_metrics.balancedAccuracy), number(m_metrics.macroF1),
                           number(m_metrics.hasRocAuc ? m_metrics.rocAuc : std::nan("")));
    csv += QStringLiteral("\nclass,train_count,accuracy\n");
    for (int c = 0; c < m_names.size(); ++c) {
        csv += m_names[c] + QLatin1Char(',') + QString::number(m_counts.value(c), 'g', 12) + QLatin1Char(',')
            + QString::number(m_metrics.perClass.value(c), 'g', 9) + QLatin1Char('\n');
    }
    return csv;
}

} // namespace aclwb::gui
