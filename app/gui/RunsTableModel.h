// SPDX-License-Identifier: MIT
#pragma once

#include "RunNotes.h"

#include <QAbstractTableModel>
#include <QVector>

namespace aclwb::gui {

/// One run of the workspace as the runs table shows it (read from its small files by the core's listRuns).
struct RunRow {
    QString path;
    QString folder; // relative to the workspace
    QString status; // the core's statusName: finished, running, incomplete, cancelled, failed, damaged
    QString reason; // why damaged or failed, or who holds it
    QString holderHost; // another host that trains it (running) or whose heartbeat stopped (stale)
    bool stale = false;
    QString loss; // what it computes (effectiveLossName): "afcl (= CL)" for afcl with gamma = eta = 0
    double gamma = 0.0;
    double eta = 0.0;
    double tau = 0.0;
    double ratio = 0.0;
    QString classes;
    qint64 seed = 0;
    double accuracy = -1.0; // -1: unknown (not finished)
    double balanced = -1.0;
    double minority = -1.0;
    double macroF1 = -1.0;
    double seconds = 0.0;
    QString device;
    int epochsDone = 0;
    int epochsTotal = 0;
    RunNotes notes;
    bool hasConfig = false;

    QString displayName() const { return notes.name.isEmpty() ? folder : notes.name; }
    bool resumable() const { return status == QStringLiteral("cancelled") || status == QStringLiteral("incomplete"); }
};

/// Every run under a folder, read with the core's listRuns (damaged runs included, with the reason) plus notes.json.
/// Blocking: the view calls it in the background.
QVector<RunRow> loadRuns(const QString& workspace);

/// The runs table: one row per run, the columns a comparison needs; numbers sort as numbers (Qt::UserRole).
class RunsTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// The metrics come right after the status, so they stay in view next to long sweep-point names.
    enum Column {
        Name,
        Status,
        Balanced,
        Minority,
        Accuracy,
        MacroF1,
        Loss,
        Gamma,
        Eta,
        Tau,
        Ratio,
        Seed,
        Classes,
        Time,
        Device,
        Tags,
        Note,
        ColumnCount
    };

    explicit RunsTableModel(QObject* parent = nullptr);

    /// Replaces the rows (a refresh); rows keep their identity by path, so selections survive (model reset only
    /// when the set of runs changed).
    void setRuns(const QVector<RunRow>& runs);
    const QVector<RunRow>& runs() const { return m_runs; }
    const RunRow* runAt(int row) const { return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr; }
    int rowOf(const QString& path) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<RunRow> m_runs;
};

} // namespace aclwb::gui
