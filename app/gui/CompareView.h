// SPDX-License-Identifier: MIT
#pragma once

#include "RunComparison.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace aclwb::widgets {
class GroupedBars;
class OverlayCurves;
class ConfusionMatrixView;
} // namespace aclwb::widgets

namespace aclwb::gui {

/// The Compare tab: the selected runs' metrics with their seed spreads (differences smaller than the spread marked
/// "≈"), the config keys they differ in (highlighted), their validation and loss curves overlaid, per-class
/// accuracies side by side and their confusion matrices next to each other. Plots export like every plot; the
/// comparison as CSV.
class CompareView : public QWidget {
    Q_OBJECT

public:
    explicit CompareView(QWidget* parent = nullptr);

    /// Compares `paths` (two or more); false with `error` when a run cannot be read.
    bool compare(const QStringList& paths, const QString& workspace, QString* error);
    const std::optional<RunComparison>& comparison() const { return m_comparison; }
    QTableWidget* table() const { return m_table; }
    widgets::OverlayCurves* balancedCurves() const { return m_balanced; }
    widgets::OverlayCurves* lossCurves() const { return m_loss; }
    widgets::GroupedBars* perClass() const { return m_bars; }
    int confusionCount() const { return static_cast<int>(m_matrices.size()); }
    bool exportCsv(const QString& path, QString* error) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    QLabel* m_help = nullptr;
    QTableWidget* m_table = nullptr;
    widgets::OverlayCurves* m_balanced = nullptr;
    widgets::OverlayCurves* m_loss = nullptr;
    widgets::GroupedBars* m_bars = nullptr;
    QHBoxLayout* m_matrixRow = nullptr;
    QVector<widgets::ConfusionMatrixView*> m_matrices;
    QPushButton* m_export = nullptr;
    std::optional<RunComparison> m_comparison;
};

} // namespace aclwb::gui
