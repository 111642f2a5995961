// SPDX-License-Identifier: MIT
#pragma once

#include "GuiEvents.h"
#include "RunController.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QToolBar;
class QLabel;
class QShowEvent;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace aclwb::widgets {
class CurvesView;
class LogView;
class PlotWidget;
} // namespace aclwb::widgets

namespace aclwb::gui {

class CompareView;
class DataPreviewService;
class RunsView;
class SweepView;
class EmbeddingExplorer;
class EmbeddingView;
class ExperimentModel;
class ExperimentPanel;
class LossPanel;
class ResultsView;
class TrainingPanel;

/// The workbench: the experiment on the left (data, loss, training), live curves, results and the log in the
/// middle, run control on the toolbar, progress in the status bar. Every run writes the same run directory as
/// `aclwb-cli train`, under the workspace folder.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Help > Getting started: the workflow in three steps.
    QString gettingStartedText() const;

    ExperimentModel* model() const { return m_model; }
    RunController* controller() const { return m_controller; }
    ExperimentPanel* experimentPanel() const { return m_experiment; }
    LossPanel* lossPanel() const { return m_loss; }
    TrainingPanel* trainingPanel() const { return m_training; }
    widgets::CurvesView* curves() const { return m_curves; }
    ResultsView* results() const { return m_results; }
    EmbeddingView* embedding() const { return m_embedding; }
    RunsView* runsView() const { return m_runsView; }
    CompareView* compareView() const { return m_compare; }
    SweepView* sweepView() const { return m_sweeps; }
    widgets::LogView* log() const { return m_log; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The experiment dock's pages: Data, Loss, Training.
    QTabWidget* setupTabs() const { return m_setup; }
    /// The folder runs are written under (`$ACLWB_WORKSPACE`, else the one chosen and remembered).
    QString workspace() const;
    /// Every plot of the window with a name, for File > Export and the screenshots.
    QList<widgets::PlotWidget*> plots() const;
    /// The `aclwb-cli train ...` command equivalent to the current experiment.
    QString commandLine(const QString& runDir = QString()) const;

public Q_SLOTS:
    /// Starts the current experiment in a new run directory; false (with a dialog) when it cannot run.
    bool startRun();
    bool openRun(const QString& runDir);
    bool loadConfig(const QString& path);
    bool saveConfig(const QString& path);
    void resumeOpenedRun();

Q_SIGNALS:
    /// A run ended (finished, cancelled or failed) and the views hold its final state.
    void runEnded();
    /// An error was shown to the user (tests check it).
    void errorShown(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    /// QEvent::LanguageChange: every text of the window again, in the new language.
    void changeEvent(QEvent* event) override;
    /// The first time the workbench is shown, the three steps of the workflow (Help > Getting started).
    void showEvent(QShowEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void buildSetupPanels();
    void retranslateUi();
    void retranslateActions();
    /// The loss plots' titles for the stages of the shown run.
    void applyStageNames();
    void connectWorker();
    void connectRunsAndSweeps();
    void updateActions();
    void showError(const QString& title, const QString& message);
    void addRecent(const QString& key, const QString& path);
    void rebuildRecentMenus();
    void logLine(const QString& line, bool error = false);
    /// Labels stage 2's loss plot by L-BFGS evaluations when the shown run solves the probe (else by epochs).
    void showProbeAxis(const TrainConfig& config);
    /// Where an epoch's mean loss is drawn on its stage's plot: the end of the epoch, or after the probe's last
    /// evaluation.
    double epochMeanPosition(int stageIndex, int64_t epoch) const;
    void restoreSettings();
    void exportResultsCsv();
    void showShortcuts();
    void showGettingStarted();
    void showAbout();
    QString chooseWorkspace(bool ask);
    QString firstStartWorkspace();

    ExperimentModel* m_model = nullptr;
    DataPreviewService* m_preview = nullptr;
    RunController* m_controller = nullptr;
    ExperimentPanel* m_experiment = nullptr;
    LossPanel* m_loss = nullptr;
    TrainingPanel* m_training = nullptr;
    QTabWidget* m_tabs = nullptr;
    widgets::CurvesView* m_curves = nullptr;
    ResultsView* m_results = nullptr;
    EmbeddingExplorer* m_explorer = nullptr;
    EmbeddingView* m_embedding = nullptr;
    RunsView* m_runsView = nullptr;
    CompareView* m_compare = nullptr;
    SweepView* m_sweeps = nullptr;
    widgets::LogView* m_log = nullptr;
    QTabWidget* m_setup = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_run = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_resumeRun = nullptr;
    QAction* m_logScale = nullptr;
    QDockWidget* m_dock = nullptr;
    QToolBar* m_toolbar = nullptr;
    QList<QMenu*> m_menus;
    QStringList m_shownStages; // "contrastive", "linear", "cross-entropy" of the run on screen
    TrainConfig m_shownConfig;
    QString m_readyText;
    bool m_panelsStale = false; // the language changed during a run: rebuild the setup panels when it ends
    QMenu* m_recentConfigs = nullptr;
    QMenu* m_recentRuns = nullptr;
    RunStartedEvent m_runInfo;
    bool m_probeByEvaluations = false; // stage 2 of the shown run is the L-BFGS probe
    QString m_openedRun;               // the run last opened, finished or stopped (exports, Show run folder)
    bool m_openedResumable = false;    // and whether Resume can continue it
    bool m_closing = false;
    QVector<QPair<double, QVector<double>>> m_pendingKnn; // restored 10-NN accuracies of a resumed run
};

} // namespace aclwb::gui
