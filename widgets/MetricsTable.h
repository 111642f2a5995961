// SPDX-License-Identifier: MIT
#pragma once

#include <QTableWidget>

namespace aclwb::widgets {

/// Named metrics with their values (accuracy, balanced accuracy, macro-F1, ROC AUC, ...), numbers in the locale.
class MetricsTable : public QTableWidget {
    Q_OBJECT

public:
    explicit MetricsTable(QWidget* parent = nullptr);

    /// A NaN value is shown as "–" (not applicable, e.g. ROC AUC for more than two classes).
    void setMetrics(const QStringList& names, const QVector<double>& values, const QStringList& tooltips = {});
    /// The metrics as CSV ("metric,value", C locale), for exports.
    QString toCsv() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QVector<double> m_values;
};

} // namespace aclwb::widgets
