// SPDX-License-Identifier: MIT
#pragma once

#include "RunsTableModel.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace aclwb::gui {

/// The Runs tab: every run under the workspace (live ones included) in a sortable, filterable table with the
/// columns the user chooses; open, compare, resume, rename, tag, annotate, show the folder, delete to the trash.
/// The listing refreshes in the background every few seconds while the tab is shown, and whenever asked.
class RunsView : public QWidget {
    Q_OBJECT

public:
    explicit RunsView(QWidget* parent = nullptr);
    ~RunsView() override;

    void setWorkspace(const QString& folder);
    QString workspace() const { return m_workspace; }
    RunsTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    /// Paths of the selected runs, in table order.
    QStringList selectedPaths() const;
    void selectPaths(const QStringList& paths);
    /// Rereads the workspace now (in the background); refreshed() follows.
    void refresh();
    /// Reads it on this thread (tests).
    void refreshNow();
    void setColumnVisible(int column, bool visible);
    /// Moves the runs to the trash (after asking when `confirm`); running runs are refused. False with `error`.
    /// `trashed` (optional) receives where each run went.
    bool deleteRuns(const QStringList& paths, bool confirm, QString* error, QStringList* trashed = nullptr);
    bool setNotes(const QString& path, const RunNotes& notes, QString* error);

Q_SIGNALS:
    void openRequested(const QString& path);
    void resumeRequested(const QString& path);
    void compareRequested(const QStringList& paths);
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void retranslate();
    void updateActions();
    void editNotes(int what); // 0 name, 1 tags, 2 note
    void restoreColumns();

    QString m_workspace;
    RunsTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QToolButton* m_columns = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_open = nullptr;
    QAction* m_compare = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_tag = nullptr;
    QAction* m_note = nullptr;
    QAction* m_folder = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_refresh = nullptr;
    QList<QAction*> m_columnActions;
    QTimer m_timer;
    QFutureWatcher<QVector<RunRow>> m_watcher;
    bool m_again = false;
    quint64 m_generation = 0;        // every listing read, in the background or now
    quint64 m_watcherGeneration = 0; // the one the background listing belongs to
};

} // namespace aclwb::gui
