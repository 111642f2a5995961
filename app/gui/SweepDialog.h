// SPDX-License-Identifier: MIT
#pragma once

#include "run/RunDirectory.h"
#include "run/SweepPlan.h"

#include <QDialog>

#include <optional>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace aclwb::gui {

/// New sweep from the current experiment: values for gamma and eta (and optionally tau, the imbalance ratio and the
/// seeds), the number of runs and an estimate of the time before anything starts (from finished runs of the
/// workspace with the same data, model and epochs), the parallel workers and the folder. Invalid values are named,
/// and OK stays off, until the plan is valid.
class SweepDialog : public QDialog {
    Q_OBJECT

public:
    SweepDialog(const TrainConfig& base, const QString& workspace, QWidget* parent = nullptr);

    /// The plan as typed now (nullopt with the reason in summaryText() when invalid).
    const std::optional<SweepPlan>& plan() const { return m_plan; }
    QString folder() const;
    int jobs() const;
    QString summaryText() const;
    QLineEdit* gammaEdit() const { return m_gamma; }
    QLineEdit* etaEdit() const { return m_eta; }
    QLineEdit* tauEdit() const { return m_tau; }
    QLineEdit* ratioEdit() const { return m_ratio; }
    QLineEdit* seedsEdit() const { return m_seeds; }
    QSpinBox* jobsBox() const { return m_jobs; }
    /// Mean seconds of a finished run like the base (nullopt when there is none) and how many it is from.
    std::optional<double> secondsPerRun(int* from = nullptr) const;

private:
    void update();

    TrainConfig m_base;
    QString m_workspace;
    std::vector<RunListing> m_finished;
    QLineEdit* m_gamma = nullptr;
    QLineEdit* m_eta = nullptr;
    QLineEdit* m_tau = nullptr;
    QLineEdit* m_ratio = nullptr;
    QLineEdit* m_seeds = nullptr;
    QSpinBox* m_jobs = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::optional<SweepPlan> m_plan;
};

} // namespace aclwb::gui
