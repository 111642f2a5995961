// SPDX-License-Identifier: MIT
#pragma once

#include "GuiEvents.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace aclwb::widgets {
class ConfusionMatrixView;
class MetricsTable;
class PerClassBars;
} // namespace aclwb::widgets

namespace aclwb::gui {

/// Per-class accuracy (with each class's training count, the minority marked), the confusion matrix (raw or
/// row-normalised) and the metrics table, for the latest validation epoch during a run and for the test set at
/// its end.
class ResultsView : public QWidget {
    Q_OBJECT

public:
    explicit ResultsView(QWidget* parent = nullptr);

    void clear();
    void setResults(const QString& title, const QStringList& classNames, const QVector<double>& trainCounts,
                    const Metrics& metrics);
    /// "metric,value" then "class,train_count,accuracy" rows, C locale.
    QString toCsv() const;
    QString title() const;

    widgets::PerClassBars* perClass() const { return m_bars; }
    widgets::ConfusionMatrixView* confusion() const { return m_confusion; }
    widgets::MetricsTable* metricsTable() const { return m_table; }
    QCheckBox* normalizeBox() const { return m_normalize; }

private:
    void changeEvent(QEvent* event) override;
    void retranslate();
    void fillTable();

    enum class TitleKind { NoResults, Waiting, Given };
    TitleKind m_titleKind = TitleKind::NoResults;
    QLabel* m_title = nullptr;
    widgets::PerClassBars* m_bars = nullptr;
    widgets::ConfusionMatrixView* m_confusion = nullptr;
    widgets::MetricsTable* m_table = nullptr;
    QCheckBox* m_normalize = nullptr;
    QStringList m_names;
    QVector<double> m_counts;
    Metrics m_metrics;
};

} // namespace aclwb::gui
