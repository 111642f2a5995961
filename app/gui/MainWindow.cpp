// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "ClassCountHistogram.h"
#include "ConfusionMatrixView.h"
#include "CurvesView.h"
#include "EmbeddingScatter.h"
#include "DataPreviewService.h"
#include "DeviceInfo.h"
#include "EmbeddingExplorer.h"
#include "EmbeddingView.h"
#include "CompareView.h"
#include "RunsView.h"
#include "SweepView.h"
#include "ExperimentModel.h"
#include "ExperimentPanel.h"
#include "LogView.h"
#include "LossPanel.h"
#include "LossShapePlot.h"
#include "PerClassBars.h"
#include "PlotExport.h"
#include "PlotWidget.h"
#include "ResultsView.h"
#include "TrainingPanel.h"
#include "TrainingWorker.h"
#include "Translations.h"
#include "aclwb/Version.h"
#include "run/RunDirectory.h"
#include "train/ConfigSchema.h"
#include "train/RunFiles.h"
#include "util/Timing.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace aclwb::gui {
namespace {

QString duration(double seconds)
{
    return QString::fromStdString(formatDuration(seconds));
}

QWidget* scrolled(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QString stageTitle(const QString& stage)
{
    if (stage == QStringLiteral("contrastive")) {
        return QObject::tr("stage 1: contrastive loss");
    }
    if (stage == QStringLiteral("linear")) {
        return QObject::tr("stage 2: linear classifier (frozen encoder)");
    }
    return QObject::tr("cross-entropy (end to end)");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new ExperimentModel(this))
    , m_preview(new DataPreviewService(this))
    , m_controller(new RunController(this))
{
    setObjectName(QStringLiteral("MainWindow"));

    // Left: the experiment, in three pages.
    m_setup = new QTabWidget; // its panels are built by retranslateUi(), below
    m_dock = new QDockWidget(this);
    m_dock->setObjectName(QStringLiteral("ExperimentDock"));
    m_dock->setWidget(m_setup);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setMinimumWidth(380);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);

    // Middle: live views.
    m_tabs = new QTabWidget(this);
    m_curves = new widgets::CurvesView;
    m_results = new ResultsView;
    m_explorer = new EmbeddingExplorer(m_preview, this);
    m_embedding = new EmbeddingView(m_explorer);
    m_runsView = new RunsView;
    m_compare = new CompareView;
    m_sweeps = new SweepView;
    m_log = new widgets::LogView;
    m_tabs->addTab(m_curves, QString());
    m_tabs->addTab(m_results, QString());
    m_tabs->addTab(m_embedding, QString());
    m_tabs->addTab(m_runsView, QString());
    m_tabs->addTab(m_compare, QString());
    m_tabs->addTab(m_sweeps, QString());
    m_tabs->addTab(m_log, QString());
    connectRunsAndSweeps();
    setCentralWidget(m_tabs);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    buildActions();
    retranslateUi();
    connectWorker();
    restoreSettings();
    updateActions();
}

void MainWindow::buildSetupPanels()
{
    // The panels hold no state of their own (the model does), so a language change builds them again.
    const int current = m_setup->currentIndex();
    while (m_setup->count() > 0) {
        QWidget* page = m_setup->widget(0);
        m_setup->removeTab(0);
        delete page;
    }
    m_experiment = new ExperimentPanel(m_model, m_preview);
    m_loss = new LossPanel(m_model);
    m_training = new TrainingPanel(m_model, availableDevices());
    m_setup->addTab(scrolled(m_experiment), tr("&Data"));
    m_setup->addTab(scrolled(m_loss), tr("&Loss"));
    m_setup->addTab(scrolled(m_training), tr("&Training"));
    m_setup->setCurrentIndex(std::max(0, current));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_run != nullptr) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("ACL Workbench"));
    m_dock->setWindowTitle(tr("Experiment"));
    if (m_controller->state() == RunController::State::Idle) {
        buildSetupPanels();
    } else {
        // Not under a running job: the panels are rebuilt in the new language when the run ends (updateActions).
        m_panelsStale = true;
        m_setup->setTabText(0, tr("&Data"));
        m_setup->setTabText(1, tr("&Loss"));
        m_setup->setTabText(2, tr("&Training"));
    }
    m_tabs->setTabText(0, tr("Curves"));
    m_tabs->setTabText(1, tr("Results"));
    m_tabs->setTabText(2, tr("Embedding"));
    m_tabs->setTabToolTip(2, tr("The learned embedding, live during a run and replayed from a run's snapshots"));
    m_tabs->setTabText(3, tr("Runs"));
    m_tabs->setTabToolTip(3, tr("Every run of the workspace: sort, filter, open, compare, resume, tag, delete"));
    m_tabs->setTabText(4, tr("Compare"));
    m_tabs->setTabToolTip(4, tr("Runs side by side, with seed spreads and the config keys they differ in"));
    m_tabs->setTabText(5, tr("Sweeps"));
    m_tabs->setTabToolTip(5, tr("Sweep gamma x eta, watch the heat map fill, export the sweep for Slurm"));
    m_tabs->setTabText(6, tr("Log"));
    const bool ready = m_status->text().isEmpty() || m_status->text() == m_readyText;
    m_readyText = tr("Ready: set up an experiment on the left and press Run (Ctrl+R).");
    if (ready) {
        m_status->setText(m_readyText);
    }
    retranslateActions();
    for (QMenu* menu : m_menus) {
        menu->deleteLater();
    }
    m_menus.clear();
    menuBar()->clear();
    buildMenus();
    applyStageNames();
    if (!m_shownStages.isEmpty()) {
        showProbeAxis(m_shownConfig);
    }
}

MainWindow::~MainWindow()
{
    delete m_explorer; // stops its layout thread and image loading before the data service they use goes
}

void MainWindow::buildActions()
{
    m_toolbar = addToolBar(QString());
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setObjectName(QStringLiteral("RunToolbar"));
    const auto make = [this](const QKeySequence& keys) {
        auto* a = new QAction(this);
        a->setShortcut(keys);
        return a;
    };
    m_run = make(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_pause = make(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_resume = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_stop = make(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_resumeRun = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_resume->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_toolbar->addAction(m_run);
    m_toolbar->addAction(m_pause);
    m_toolbar->addAction(m_resume);
    m_toolbar->addAction(m_stop);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_resumeRun);
    connect(m_run, &QAction::triggered, this, &MainWindow::startRun);
    connect(m_pause, &QAction::triggered, m_controller, &RunController::pause);
    connect(m_resume, &QAction::triggered, m_controller, &RunController::resume);
    connect(m_stop, &QAction::triggered, m_controller, &RunController::stop);
    connect(m_resumeRun, &QAction::triggered, this, &MainWindow::resumeOpenedRun);
    connect(m_controller, &RunController::stateChanged, this, &MainWindow::updateActions);
    m_logScale = new QAction(this);
    m_logScale->setCheckable(true);
    m_logScale->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_logScale, &QAction::toggled, m_curves, &widgets::CurvesView::setLogY);
}

void MainWindow::retranslateActions()
{
    m_toolbar->setWindowTitle(tr("Run"));
    const auto set = [](QAction* a, const QString& text, const QString& tip) {
        a->setText(text);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, a->shortcut().toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
    };
    set(m_run, tr("&Run", "action: start training"), tr("Train the current experiment in a new run folder"));
    set(m_pause, tr("&Pause"), tr("Pause after the current step (held in memory)"));
    set(m_resume, tr("Res&ume"), tr("Continue the paused run"));
    set(m_stop, tr("&Stop"), tr("Stop after the current step; the last completed epoch stays checkpointed"));
    set(m_resumeRun, tr("Resume opened run"),
        tr("Continue the cancelled or interrupted run that is open, from its checkpoint"));
    m_logScale->setText(tr("&Log-scale losses"));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_menus << file;
    file->addAction(tr("&Open config..."), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open experiment config"),
                                                          QSettings().value(QStringLiteral("paths/config")).toString(),
                                                          tr("Run config (*.json)"));
        if (!path.isEmpty()) {
            loadConfig(path);
        }
    });
    file->addAction(tr("&Save config..."), QKeySequence::Save, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save experiment config"),
                                                          QSettings().value(QStringLiteral("paths/config")).toString(),
                                                          tr("Run config (*.json)"));
        if (!path.isEmpty()) {
            saveConfig(path.endsWith(QStringLiteral(".json")) ? path : path + QStringLiteral(".json"));
        }
    });
    m_recentConfigs = file->addMenu(tr("Recent configs"));
    file->addSeparator();
    file->addAction(tr("Open &run..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a run directory"), workspace());
        if (!dir.isEmpty()) {
            openRun(dir);
        }
    });
    m_recentRuns = file->addMenu(tr("Recent runs"));
    file->addAction(tr("Show run folder"), this, [this] {
        const QString dir = m_controller->runDir().isEmpty() ? m_openedRun : m_controller->runDir();
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir.isEmpty() ? workspace() : dir));
    });
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export plot"));
    for (widgets::PlotWidget* plot : plots()) {
        exportMenu->addAction(plot->exportName(), plot, &widgets::PlotWidget::exportInteractively);
    }
    file->addAction(tr("Export results as &CSV..."), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::exportResultsCsv);
    file->addAction(tr("Export results as &JSON..."), this, [this] {
        // The run's own results.json: everything aclwb-cli writes (config, counts, history, test metrics).
        const QString dir = m_controller->runDir().isEmpty() ? m_openedRun : m_controller->runDir();
        const QString source = dir + QStringLiteral("/results.json");
        if (dir.isEmpty() || !QFileInfo::exists(source)) {
            showError(tr("No results to export"), tr("Finish a run, or open a finished one, first."));
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Export results"), QStringLiteral("results.json"),
                                                          tr("JSON (*.json)"));
        if (path.isEmpty()) {
            return;
        }
        QFile::remove(path); // QFile::copy does not overwrite
        if (!QFile::copy(source, path)) {
            showError(tr("Export failed"), tr("could not write %1").arg(path));
        }
    });
    file->addAction(tr("Copy &command line"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this, [this] {
        QApplication::clipboard()->setText(commandLine());
        statusBar()->showMessage(tr("Copied: %1").arg(commandLine()), 5000);
    });
    file->addAction(tr("Choose &workspace..."), this, [this] { chooseWorkspace(true); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* run = menuBar()->addMenu(tr("&Run", "menu title"));
    m_menus << run;
    run->addAction(m_run);
    run->addAction(m_pause);
    run->addAction(m_resume);
    run->addAction(m_stop);
    run->addAction(m_resumeRun);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_menus << view;
    view->addAction(m_logScale);
    view->addAction(tr("Reset plot views"), this, [this] {
        for (widgets::PlotWidget* p : plots()) {
            p->resetView();
        }
    });
    // The interface language, switched at once (every window retranslates itself on QEvent::LanguageChange).
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    const QString chosen = Translations::instance()->savedChoice();
    for (const auto& [code, name] : Translations::languages()) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [code = code] {
            // Queued: the menu that sent this is rebuilt by the language change.
            QMetaObject::invokeMethod(
                Translations::instance(), [code] { Translations::instance()->setLanguage(code); },
                Qt::QueuedConnection);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_menus << help;
    help->addAction(tr("&Getting started"), this, &MainWindow::showGettingStarted);
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    help->addAction(tr("&About ACL Workbench"), this, &MainWindow::showAbout);
    rebuildRecentMenus();
}

QList<widgets::PlotWidget*> MainWindow::plots() const
{
    return { m_curves->lossPlot(0),
             m_curves->lossPlot(1),
             m_curves->qualityPlot(),
             static_cast<widgets::PlotWidget*>(m_results->perClass()),
             static_cast<widgets::PlotWidget*>(m_results->confusion()),
             static_cast<widgets::PlotWidget*>(m_embedding->scatter()),
             static_cast<widgets::PlotWidget*>(m_experiment->histogram()),
             static_cast<widgets::PlotWidget*>(m_loss->shapePlot()) };
}

void MainWindow::connectWorker()
{
    TrainingWorker* w = m_controller->worker();
    connect(w, &TrainingWorker::loadingData, this, [this](const QString& what) {
        m_status->setText(tr("Loading %1...").arg(what));
        logLine(tr("loading %1").arg(what));
    });
    connect(w, &TrainingWorker::warning, this, [this](const QString& m) { logLine(tr("warning: %1").arg(m), true); });
    connect(w, &TrainingWorker::runStarted, this, [this](const RunStartedEvent& e) {
        m_runInfo = e;
        m_explorer->beginRun(e.classNames, m_model->config(), m_controller->runDir());
        for (const auto& [epoch, knn] : m_pendingKnn) {
            m_curves->addKnn(epoch, e.classNames, knn);
        }
        m_pendingKnn.clear();
        m_shownStages = e.stages;
        applyStageNames();
        showProbeAxis(m_model->config());
        double train = 0;
        double val = 0;
        double test = 0;
        for (double v : e.train) {
            train += v;
        }
        for (double v : e.validation) {
            val += v;
        }
        for (double v : e.test) {
            test += v;
        }
        logLine(tr("%1%2 on %3 (%4), %5 train / %6 val / %7 test images, %8 threads, device %9")
                    .arg(e.resumed ? tr("resuming ") : QString(), QString::fromStdString(m_model->config().loss),
                         e.dataset, e.fingerprint)
                    .arg(train)
                    .arg(val)
                    .arg(test)
                    .arg(e.threads)
                    .arg(e.device));
    });
    connect(w, &TrainingWorker::stepsRestored, this, [this](const StepBatch& b) {
        for (const QPointF& p : b.losses) {
            m_curves->addStep(b.stageIndex, p.x(), p.y());
        }
    });
    connect(w, &TrainingWorker::stageStarted, this,
            [this](int, const QString& stage, int epochs) { logLine(tr("[%1] %2 epochs").arg(stage).arg(epochs)); });
    connect(w, &TrainingWorker::steps, this, [this](const StepBatch& b) {
        for (const QPointF& p : b.losses) {
            m_curves->addStep(b.stageIndex, p.x(), p.y());
        }
        m_progress->setValue(static_cast<int>(b.fractionDone * 1000));
        m_status->setText(tr("%1 · epoch %2/%3 · step %4/%5 · loss %6 · %7 img/s · ETA %8")
                              .arg(b.stage)
                              .arg(b.epoch + 1)
                              .arg(b.epochs)
                              .arg(b.step + 1)
                              .arg(b.steps)
                              .arg(QLocale().toString(b.loss, 'f', 4))
                              .arg(QLocale().toString(b.imagesPerSecond, 'f', 0))
                              .arg(duration(b.etaSeconds)));
    });
    connect(w, &TrainingWorker::epochFinished, this, [this](const EpochEvent& e) {
        m_curves->addEpochMean(e.stageIndex, epochMeanPosition(e.stageIndex, e.epoch), e.loss);
        QString line = tr("[%1] epoch %2: loss %3 (%4 s)")
                           .arg(e.stage)
                           .arg(e.epoch + 1)
                           .arg(e.loss, 0, 'f', 4)
                           .arg(e.seconds, 0, 'f', 1);
        if (e.validation.valid) {
            m_curves->addValidation(e.globalEpoch, e.validation.accuracy, e.validation.balancedAccuracy);
            m_results->setResults(tr("Validation, epoch %1 of the run").arg(e.globalEpoch), m_runInfo.classNames,
                                  m_runInfo.train, e.validation);
            line += tr(", validation accuracy %1, balanced %2")
                        .arg(e.validation.accuracy, 0, 'f', 4)
                        .arg(e.validation.balancedAccuracy, 0, 'f', 4);
        }
        logLine(line + (e.replayed ? tr(" (restored)") : QString()));
    });
    connect(w, &TrainingWorker::snapshot, this, [this](const SnapshotEvent& e) {
        m_explorer->addSnapshot(e);
        m_curves->addKnn(e.globalEpoch, m_runInfo.classNames, e.projectionKnn);
        QStringList parts;
        for (int c = 0; c < e.projectionKnn.size(); ++c) {
            parts << QStringLiteral("%1 %2").arg(m_runInfo.classNames.value(c)).arg(e.projectionKnn[c], 0, 'f', 3);
        }
        logLine(tr("[snapshot] epoch %1: %2 points; 10-NN accuracy per class: %3")
                    .arg(e.globalEpoch)
                    .arg(e.points)
                    .arg(parts.join(QStringLiteral(" "))));
    });
    connect(w, &TrainingWorker::evaluating, this, [this] { m_status->setText(tr("Evaluating on the test set...")); });
    connect(w, &TrainingWorker::exporting, this, [this] { m_status->setText(tr("Writing the run's files...")); });
    connect(w, &TrainingWorker::finished, this, [this](const FinishedEvent& e) {
        m_results->setResults(tr("Test set (final)"), m_runInfo.classNames, m_runInfo.train, e.test);
        m_progress->setValue(1000);
        QStringList perClass;
        for (int c = 0; c < e.test.perClass.size(); ++c) {
            perClass << QStringLiteral("%1 %2").arg(m_runInfo.classNames.value(c)).arg(e.test.perClass[c], 0, 'f', 4);
        }
        logLine(tr("accuracy %1   balanced accuracy %2   macro-F1 %3   (%4)")
                    .arg(e.test.accuracy, 0, 'f', 4)
                    .arg(e.test.balancedAccuracy, 0, 'f', 4)
                    .arg(e.test.macroF1, 0, 'f', 4)
                    .arg(perClass.join(QStringLiteral(", "))));
        logLine(tr("finished in %1; run folder %2").arg(duration(e.seconds), e.runDir));
        m_status->setText(tr("Finished: balanced accuracy %1 on the test set. Results tab shows every class.")
                              .arg(QLocale().toString(e.test.balancedAccuracy, 'f', 4)));
        m_openedRun = e.runDir;
        m_openedResumable = false;
        addRecent(QStringLiteral("recent/runs"), e.runDir);
    });
    connect(w, &TrainingWorker::cancelled, this, [this](bool checkpointed) {
        m_openedRun = m_controller->runDir();
        m_openedResumable = true;
        const QString text = checkpointed ? tr("Stopped. The last completed epoch is checkpointed: Resume opened run "
                                               "(Ctrl+Shift+R) continues it.")
                                          : tr("Stopped before the first epoch completed; nothing to resume.");
        logLine(text);
        m_status->setText(text);
        addRecent(QStringLiteral("recent/runs"), m_controller->runDir());
    });
    connect(w, &TrainingWorker::failed, this, [this](const QString& message) {
        logLine(tr("error: %1").arg(message), true);
        m_status->setText(tr("The run stopped with an error."));
        if (!m_closing) {
            showError(tr("The run stopped"), message);
        }
    });
    connect(w, &TrainingWorker::idle, this, [this] {
        m_explorer->endRun();
        m_runsView->refresh();
        updateActions();
        Q_EMIT runEnded();
    });
}

void MainWindow::connectRunsAndSweeps()
{
    const QString folder = workspace();
    m_runsView->setWorkspace(folder);
    m_sweeps->setWorkspace(folder);
    m_sweeps->setBaseConfig([this] { return m_model->config(); });
    m_sweeps->reopenLast();
    const auto open = [this](const QString& path) {
        if (openRun(path)) {
            m_tabs->setCurrentWidget(m_curves);
        }
    };
    const auto compare = [this](const QStringList& paths) {
        QString error;
        if (!m_compare->compare(paths, workspace(), &error)) {
            showError(tr("Cannot compare"), error);
            return;
        }
        m_tabs->setCurrentWidget(m_compare);
    };
    connect(m_runsView, &RunsView::openRequested, this, open);
    connect(m_runsView, &RunsView::compareRequested, this, compare);
    connect(m_runsView, &RunsView::resumeRequested, this, [this](const QString& path) {
        if (m_controller->isActive()) {
            showError(tr("A run is in progress"), tr("Stop it before resuming another."));
            return;
        }
        if (openRun(path)) {
            resumeOpenedRun();
        }
    });
    connect(m_sweeps, &SweepView::openRequested, this, open);
    connect(m_sweeps, &SweepView::compareRequested, this, compare);
    connect(m_sweeps, &SweepView::runsChanged, m_runsView, &RunsView::refresh);
}

void MainWindow::updateActions()
{
    const RunController::State s = m_controller->state();
    m_run->setEnabled(s == RunController::State::Idle);
    m_pause->setEnabled(s == RunController::State::Running);
    m_resume->setEnabled(s == RunController::State::Paused);
    m_stop->setEnabled(s == RunController::State::Running || s == RunController::State::Paused);
    m_resumeRun->setEnabled(s == RunController::State::Idle && !m_openedRun.isEmpty() && m_openedResumable);
    m_setup->setEnabled(s == RunController::State::Idle);
    if (s == RunController::State::Idle && m_panelsStale) {
        m_panelsStale = false;
        buildSetupPanels();
    }
    if (s == RunController::State::Paused) {
        m_status->setText(tr("Paused: the run is held in memory; Resume (Ctrl+Shift+P) continues exactly here."));
    } else if (s == RunController::State::Stopping) {
        m_status->setText(tr("Stopping after the current step..."));
    }
}

QString MainWindow::workspace() const
{
    const QString env = qEnvironmentVariable("ACLWB_WORKSPACE");
    if (!env.isEmpty()) {
        return env;
    }
    const QString chosen = QSettings().value(QStringLiteral("workspace")).toString();
    return chosen.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/ACL Workbench")
        : chosen;
}

QString MainWindow::chooseWorkspace(bool ask)
{
    QString dir = workspace();
    if (ask) {
        const QString chosen
            = QFileDialog::getExistingDirectory(this, tr("Workspace: the folder every run is written to (remembered)"),
                                                QFileInfo(dir).exists() ? dir : QFileInfo(dir).absolutePath());
        if (chosen.isEmpty()) {
            return {};
        }
        dir = chosen;
    }
    if (!QDir().mkpath(dir)) {
        showError(tr("Cannot use the workspace"), tr("could not create %1").arg(dir));
        return {};
    }
    QSettings().setValue(QStringLiteral("workspace"), dir);
    m_runsView->setWorkspace(dir);
    m_sweeps->setWorkspace(dir);
    return dir;
}

QString MainWindow::firstStartWorkspace()
{
    // First run: say where runs will go, offer the default in the user's documents, or another folder; once.
    const QString proposed = workspace();
    QMessageBox box(QMessageBox::Question, tr("Where should runs go?"),
                    tr("Every run is written to a folder of its own (the same files aclwb-cli writes) inside a "
                       "workspace folder.<br><br>Use <b>%1</b>?")
                        .arg(proposed.toHtmlEscaped()),
                    QMessageBox::NoButton, this);
    QPushButton* use = box.addButton(tr("Use this folder"), QMessageBox::AcceptRole);
    QPushButton* other = box.addButton(tr("Choose another..."), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(use);
    box.exec();
    if (box.clickedButton() == use) {
        return chooseWorkspace(false);
    }
    if (box.clickedButton() == other) {
        return chooseWorkspace(true);
    }
    return {};
}

bool MainWindow::startRun()
{
    if (m_controller->isActive()) {
        return false;
    }
    const QString problem = m_model->problem();
    if (!problem.isEmpty()) {
        showError(tr("The experiment cannot run"), problem);
        return false;
    }
    QString root = workspace();
    if (qEnvironmentVariableIsEmpty("ACLWB_WORKSPACE") && !QSettings().contains(QStringLiteral("workspace"))) {
        root = firstStartWorkspace(); // first run: the user confirms or picks where runs go, once
        if (root.isEmpty()) {
            return false;
        }
    }
    const TrainConfig& c = m_model->config();
    const QString name = QStringLiteral("%1-%2-g%3-e%4")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                  QString::fromStdString(c.loss))
                             .arg(c.gamma)
                             .arg(c.eta);
    QString runDir = root + QStringLiteral("/runs/") + name;
    for (int k = 2; QFileInfo::exists(runDir); ++k) {
        runDir = root + QStringLiteral("/runs/") + name + QStringLiteral("-%1").arg(k);
    }
    // The run creates its folder itself, under its lock, and removes it again when it is refused before writing.
    m_curves->clear();
    m_results->clear();
    m_explorer->clear();
    m_progress->setValue(0);
    m_openedRun.clear();
    logLine(tr("$ %1").arg(commandLine(runDir)));
    QSettings().setValue(QStringLiteral("lastConfig"), m_model->toJsonText());
    m_controller->start(m_model->toJsonText(), runDir, false);
    m_tabs->setCurrentWidget(m_curves);
    return true;
}

void MainWindow::resumeOpenedRun()
{
    if (m_openedRun.isEmpty() || !m_openedResumable || m_controller->isActive()) {
        return;
    }
    const QString dir = m_openedRun;
    m_curves->clear();
    m_results->clear();
    TrainConfig config;
    try {
        from_json(readJsonFileStrict(QString(dir + QStringLiteral("/config.json")).toStdString()), config);
    } catch (const std::exception& e) {
        showError(tr("Cannot resume %1").arg(dir), QString::fromStdString(e.what()));
        return;
    }
    m_model->setConfig(config);
    // The snapshots taken before the stop are not replayed by the trainer: their 10-NN accuracies come from disk,
    // drawn once the run has started and named its classes.
    m_pendingKnn.clear();
    try {
        for (const EmbeddingSnapshot& k :
             readKnnCsv(QString(dir + QStringLiteral("/snapshots/knn.csv")).toStdString())) {
            m_pendingKnn.push_back({ static_cast<double>(k.globalEpoch),
                                     QVector<double>(k.projectionKnnAccuracy.begin(), k.projectionKnnAccuracy.end()) });
        }
    } catch (const std::exception&) {
        // No snapshots yet: the curve starts with the first new one.
    }
    logLine(tr("$ aclwb-cli train --resume %1").arg(dir));
    m_controller->start(m_model->toJsonText(), dir, true);
}

bool MainWindow::openRun(const QString& runDir)
{
    RunSummary s;
    try {
        s = readRunSummary(runDir.toStdString());
    } catch (const std::exception& e) {
        showError(tr("Cannot open the run"), QString::fromStdString(e.what()));
        return false;
    }
    if (s.listing.status == RunStatus::Damaged || !s.listing.config) {
        showError(tr("The run is damaged"), QString::fromStdString(s.listing.reason));
        return false;
    }
    m_model->setConfig(*s.listing.config);
    m_curves->clear();
    m_results->clear();
    QString embeddingError;
    if (!m_explorer->openRun(runDir, &embeddingError)) {
        logLine(tr("embedding: %1").arg(embeddingError));
    }
    const TrainConfig& c = *s.listing.config;
    const bool contrastive = c.isContrastive();
    m_shownStages = contrastive ? QStringList { QStringLiteral("contrastive"), QStringLiteral("linear") }
                                : QStringList { QStringLiteral("cross-entropy") };
    applyStageNames();
    int64_t stepsPerEpoch[2] = { 1, 1 }; // steps.csv does not say it: the largest step number of each stage does
    for (const StepRecord& r : s.steps) {
        int64_t& steps = stepsPerEpoch[r.stage == Stage::Linear ? 1 : 0];
        steps = std::max<int64_t>(steps, r.step + 1);
    }
    showProbeAxis(c);
    for (const StepRecord& r : s.steps) {
        const int stage = r.stage == Stage::Linear ? 1 : 0;
        m_curves->addStep(stage, stepPosition(c, r.stage, r.epoch, r.step, stepsPerEpoch[stage]), r.loss);
    }
    QStringList names;
    for (const std::string& n : s.listing.classNames) {
        names << QString::fromStdString(n);
    }
    QVector<double> counts;
    for (int64_t n : s.listing.trainCounts) {
        counts << static_cast<double>(n);
    }
    m_runInfo = RunStartedEvent();
    m_runInfo.classNames = names;
    m_runInfo.train = counts;
    Metrics lastValidation;
    int lastEpoch = 0;
    for (const EpochSummary& e : s.history) {
        const int stage = e.stage == Stage::Linear ? 1 : 0;
        const int global = static_cast<int>(globalEpochOf(c, e.stage, e.epoch));
        m_curves->addEpochMean(stage, epochMeanPosition(stage, e.epoch), e.meanLoss);
        if (e.validation && !e.validation->perClassAccuracy.empty()) {
            m_curves->addValidation(global, e.validation->accuracy, e.validation->balancedAccuracy);
            lastValidation = metricsFrom(*e.validation);
            lastEpoch = global;
        }
    }
    for (int64_t epoch : s.snapshotEpochs) {
        try {
            const EmbeddingSnapshot snap = readRunSnapshot(runDir.toStdString(), epoch);
            m_curves->addKnn(static_cast<double>(epoch), names,
                             QVector<double>(snap.projectionKnnAccuracy.begin(), snap.projectionKnnAccuracy.end()));
        } catch (const std::exception&) { }
    }
    if (s.listing.test) {
        m_results->setResults(tr("Test set (final) of %1").arg(QFileInfo(runDir).fileName()), names, counts,
                              metricsFrom(*s.listing.test));
    } else if (lastValidation.valid) {
        m_results->setResults(tr("Validation, epoch %1 (the run did not finish)").arg(lastEpoch), names, counts,
                              lastValidation);
    }
    const bool resumable = s.listing.status == RunStatus::Cancelled || s.listing.status == RunStatus::Incomplete;
    m_openedRun = runDir;
    m_openedResumable = resumable;
    logLine(tr("opened %1: %2%3")
                .arg(runDir, QString::fromLatin1(statusName(s.listing.status)),
                     s.listing.reason.empty() ? QString()
                                              : QStringLiteral(" (%1)").arg(QString::fromStdString(s.listing.reason))));
    m_status->setText(resumable ? tr("Opened a %1 run: Resume opened run (Ctrl+Shift+R) continues it.")
                                      .arg(QString::fromLatin1(statusName(s.listing.status)))
                                : tr("Opened %1.").arg(runDir));
    addRecent(QStringLiteral("recent/runs"), runDir);
    updateActions();
    return true;
}

bool MainWindow::loadConfig(const QString& path)
{
    try {
        TrainConfig config;
        from_json(readJsonFileStrict(path.toStdString()), config);
        m_model->setConfig(config);
    } catch (const std::exception& e) {
        showError(tr("Cannot load the config"), QString::fromStdString(e.what()));
        return false;
    }
    QSettings().setValue(QStringLiteral("paths/config"), QFileInfo(path).absolutePath());
    addRecent(QStringLiteral("recent/configs"), path);
    m_status->setText(tr("Loaded %1").arg(path));
    return true;
}

bool MainWindow::saveConfig(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toJsonText().toUtf8()) < 0 || !file.commit()) {
        showError(tr("Cannot save the config"), tr("could not write %1").arg(path));
        return false;
    }
    QSettings().setValue(QStringLiteral("paths/config"), QFileInfo(path).absolutePath());
    addRecent(QStringLiteral("recent/configs"), path);
    m_status->setText(tr("Saved %1 (aclwb-cli train --config %1 runs it headless)").arg(path));
    return true;
}

QString MainWindow::commandLine(const QString& runDir) const
{
    const nlohmann::json current = m_model->config();
    const nlohmann::json defaults = TrainConfig();
    QStringList parts { QStringLiteral("aclwb-cli"), QStringLiteral("train") };
    for (const ConfigKey& key : configSchema()) {
        const nlohmann::json& v = current.at(key.name);
        if (v == defaults.at(key.name)) {
            continue;
        }
        QString text;
        if (v.is_string()) {
            text = QString::fromStdString(v.get<std::string>());
        } else if (v.is_array()) {
            QStringList items;
            for (const auto& item : v) {
                items << QString::fromStdString(item.dump());
            }
            text = items.join(QLatin1Char(','));
        } else {
            text = QString::fromStdString(v.dump());
        }
        if (text.contains(QLatin1Char(' ')) || text.isEmpty()) {
            text = QLatin1Char('\'') + text + QLatin1Char('\'');
        }
        parts << QString::fromStdString(key.flag()) << text;
    }
    QString out = runDir.isEmpty() ? QStringLiteral("runs/NAME") : runDir;
    if (out.contains(QLatin1Char(' '))) {
        out = QLatin1Char('\'') + out + QLatin1Char('\'');
    }
    parts << QStringLiteral("--out") << out;
    return parts.join(QLatin1Char(' '));
}

void MainWindow::exportResultsCsv()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export results"), QStringLiteral("results.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_results->toCsv().toUtf8()) < 0 || !file.commit()) {
        showError(tr("Export failed"), tr("could not write %1").arg(path));
    }
}

void MainWindow::showError(const QString& title, const QString& message)
{
    logLine(QStringLiteral("%1: %2").arg(title, message), true);
    Q_EMIT errorShown(message);
    if (!qEnvironmentVariableIsSet("ACLWB_NO_DIALOGS")) {
        QMessageBox::critical(this, title, message);
    }
}

void MainWindow::logLine(const QString& line, bool error)
{
    m_log->appendLine(line, error);
}

void MainWindow::addRecent(const QString& key, const QString& path)
{
    QSettings settings;
    QStringList list = settings.value(key).toStringList();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > 10) {
        list.removeLast();
    }
    settings.setValue(key, list);
    rebuildRecentMenus();
}

void MainWindow::rebuildRecentMenus()
{
    const auto fill = [this](QMenu* menu, const QString& key, bool runs) {
        menu->clear();
        for (const QString& path : QSettings().value(key).toStringList()) {
            menu->addAction(path, this, [this, path, runs] { runs ? openRun(path) : loadConfig(path); });
        }
        menu->setEnabled(!menu->isEmpty());
    };
    fill(m_recentConfigs, QStringLiteral("recent/configs"), false);
    fill(m_recentRuns, QStringLiteral("recent/runs"), true);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QString last = settings.value(QStringLiteral("lastConfig")).toString();
    if (!last.isEmpty()) {
        try {
            TrainConfig config;
            from_json(parseJsonStrict(last.toStdString(), "last session"), config);
            m_model->setConfig(config);
        } catch (const std::exception&) {
            // A config from an older version: the defaults stay.
        }
    }
}

void MainWindow::applyStageNames()
{
    if (!m_shownStages.isEmpty()) {
        m_curves->setStageNames(stageTitle(m_shownStages.value(0)),
                                m_shownStages.size() > 1 ? stageTitle(m_shownStages.value(1))
                                                         : tr("(no second stage)"));
    }
}

void MainWindow::showProbeAxis(const TrainConfig& config)
{
    m_shownConfig = config;
    m_probeByEvaluations = stepsAreEvaluations(config, Stage::Linear) && config.isContrastive();
    m_curves->setStepAxisLabel(1, m_probeByEvaluations ? tr("L-BFGS loss evaluation") : QString());
}

double MainWindow::epochMeanPosition(int stageIndex, int64_t epoch) const
{
    if (stageIndex == 1 && m_probeByEvaluations) {
        return std::max(1, m_curves->stepCount(1));
    }
    return static_cast<double>(epoch + 1);
}

QString MainWindow::gettingStartedText() const
{
    return tr("<h3>Three steps</h3><ol>"
              "<li><b>Data</b>: choose the dataset, tick the classes (the first is the majority) and set the imbalance "
              "ratio; the histogram shows how many images each class gets.</li>"
              "<li><b>Loss</b>: choose CL, FCL, ACL, AFCL or a cross-entropy baseline and set gamma, eta and the "
              "temperature; the plot shows what each term does.</li>"
              "<li><b>Run</b> (Ctrl+R): the curves and per-class results fill in while it trains. Every run is a "
              "folder in your workspace, which File &gt; Open run and aclwb-cli read alike.</li></ol>");
}

void MainWindow::showGettingStarted()
{
    // Not modal: the window stays usable while the steps are on screen.
    auto* box = new QMessageBox(QMessageBox::Information, tr("Getting started"), gettingStartedText(),
                                QMessageBox::NoButton, this);
    box->addButton(tr("Close"), QMessageBox::RejectRole); // ours: Qt has no Indonesian for its standard buttons
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    QSettings settings;
    if (!qEnvironmentVariableIsSet("ACLWB_NO_DIALOGS")
        && !settings.value(QStringLiteral("ui/gettingStartedShown")).toBool()) {
        settings.setValue(QStringLiteral("ui/gettingStartedShown"), true); // once, at the very first start
        QTimer::singleShot(0, this, &MainWindow::showGettingStarted);
    }
}

void MainWindow::showShortcuts()
{
    QString text = QStringLiteral("<table>");
    for (QAction* a : findChildren<QAction*>()) {
        if (!a->shortcut().isEmpty()) {
            text += QStringLiteral("<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr>")
                        .arg(a->shortcut().toString(QKeySequence::NativeText), a->text().remove(QLatin1Char('&')));
        }
    }
    text += QStringLiteral("</table>");
    QMessageBox::information(this, tr("Keyboard shortcuts"), text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ACL Workbench"),
                       tr("<h3>ACL Workbench %1</h3><p>Contrastive learning on imbalanced image data: the asymmetric "
                          "focal contrastive loss (Vito &amp; Stefanus, Entropy 2022) and its family.</p>"
                          "<p>Qt %2 · LibTorch %3 · %4</p>")
                           .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion()), libtorchVersion(),
                                deviceDescription()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_controller->isActive()) {
        const auto answer = QMessageBox::question(
            this, tr("A run is in progress"),
            tr("Stop the run and quit? The last completed epoch stays checkpointed, and the run can be resumed later "
               "(File > Open run, then Resume)."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_closing = true;
        m_controller->stopAndWait(120000);
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("lastConfig"), m_model->toJsonText());
    event->accept();
}

} // namespace aclwb::gui
