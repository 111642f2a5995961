// SPDX-License-Identifier: MIT
#pragma once

#include "run/SeedSpread.h"
#include "run/SlurmExport.h"
#include "run/SweepPlan.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace aclwb::widgets {
class HeatMapView;
}

namespace aclwb::gui {

class SweepRunner;

/// The Sweeps tab: a gamma x eta sweep (and optionally tau, ratio, seeds) of the current experiment, run inside the
/// app with N parallel workers, its heat map (mean over seeds, spread in each cell, cells the seeds cannot tell
/// from the best marked) filling in as points finish, the metric to show, pause/stop/continue (finished points are
/// skipped), a click on a cell to compare its runs, and the export of the same sweep as a Slurm job array.
class SweepView : public QWidget {
    Q_OBJECT

public:
    explicit SweepView(QWidget* parent = nullptr);
    ~SweepView() override;

    void setWorkspace(const QString& folder) { m_workspace = folder; }
    /// Where "New sweep" takes its base config from (the experiment being edited).
    void setBaseConfig(std::function<TrainConfig()> base) { m_base = std::move(base); }

    /// Shows the sweep in `root` (its sweep.json); false with `error`.
    bool openSweep(const QString& root, QString* error);
    /// Shows the sweep shown last time (remembered), if its folder is still there.
    void reopenLast();
    /// Writes root/sweep.json for `plan` (refused when the folder holds another sweep) and shows it.
    bool createSweep(const SweepPlan& plan, const QString& root, QString* error);
    /// Runs the shown sweep's unfinished points, `jobs` at a time.
    bool startSweep(int jobs);
    /// Writes the shown sweep as a Slurm job-array folder; false with `error`.
    bool exportSlurm(const QString& folder, const SlurmOptions& options, QString* error, QStringList* notes = nullptr);

    const std::optional<SweepPlan>& plan() const { return m_plan; }
    QString root() const { return m_root; }
    SweepRunner* runner() const { return m_runner; }
    widgets::HeatMapView* heatMap() const { return m_heat; }
    QComboBox* metricBox() const { return m_metric; }
    QTableWidget* pointsTable() const { return m_points; }
    QLabel* progressLabel() const { return m_progress; }
    /// Run folders of the cell's finished points.
    QStringList cellRuns(int row, int column) const;
    void refreshGrid();

Q_SIGNALS:
    void compareRequested(const QStringList& paths);
    void openRequested(const QString& path);
    /// A point started or ended (the runs table refreshes).
    void runsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void newSweep();
    void rebuildSlices();
    RunMetric metric() const;

    QString m_workspace;
    std::function<TrainConfig()> m_base;
    std::optional<SweepPlan> m_plan;
    QString m_root;
    SweepRunner* m_runner = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_slurm = nullptr;
    QComboBox* m_metric = nullptr;
    QSpinBox* m_jobs = nullptr;
    QLabel* m_jobsLabel = nullptr;
    QLabel* m_metricLabel = nullptr;
    QHBoxLayout* m_sliceRow = nullptr;
    QList<QComboBox*> m_slices;
    QLabel* m_title = nullptr;
    QLabel* m_progress = nullptr;
    widgets::HeatMapView* m_heat = nullptr;
    QTableWidget* m_points = nullptr;
    QTimer m_poll;
    QVector<QVector<QStringList>> m_cellRuns;
    QVector<double> m_finishedSeconds; // of points finished in this session (the ETA)
    int m_failed = 0;
    bool m_allFinished = false;
    QStringList m_lastCompared; // the runs of the last clicked cell(s)
};

} // namespace aclwb::gui
