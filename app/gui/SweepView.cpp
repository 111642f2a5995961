// SPDX-License-Identifier: MIT
#include "SweepView.h"

#include "HeatMapView.h"
#include "SlurmDialog.h"
#include "SweepDialog.h"
#include "SweepRunner.h"
#include "run/SweepFile.h"
#include "run/SweepGrid.h"
#include "util/Timing.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

namespace aclwb::gui {
namespace {

constexpr int kPollMilliseconds = 5000;

/// The same duration text as the status bar and the CLI ("4m07s", "1h05m").
QString durationText(double seconds)
{
    return QString::fromStdString(formatDuration(seconds));
}

} // namespace

SweepView::SweepView(QWidget* parent)
    : QWidget(parent)
    , m_runner(new SweepRunner(this))
{
    m_new = new QPushButton(this);
    m_open = new QPushButton(this);
    m_start = new QPushButton(this);
    m_pause = new QPushButton(this);
    m_stop = new QPushButton(this);
    m_slurm = new QPushButton(this);
    m_metric = new QComboBox(this);
    for (int k = 0; k < 4; ++k) {
        m_metric->addItem(QString());
    }
    m_metric->setCurrentIndex(1); // balanced accuracy
    m_metricLabel = new QLabel(this);
    m_jobs = new QSpinBox(this);
    m_jobs->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_jobs->setValue(std::min(2, m_jobs->maximum()));
    m_jobsLabel = new QLabel(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_progress = new QLabel(this);
    m_progress->setWordWrap(true);
    m_heat = new widgets::HeatMapView(this);
    m_heat->setExportName(QStringLiteral("sweep-heatmap.png"));
    m_points = new QTableWidget(this);
    m_points->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_points->verticalHeader()->hide();
    m_points->horizontalHeader()->setStretchLastSection(true);
    m_points->setSelectionBehavior(QAbstractItemView::SelectRows);

    // Two short rows, so the tab never makes the window wider than a laptop screen.
    auto* buttons = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*> { m_new, m_open, m_start, m_pause, m_stop, m_slurm }) {
        buttons->addWidget(w);
    }
    buttons->addStretch(1);
    auto* settings = new QHBoxLayout;
    settings->addWidget(m_jobsLabel);
    settings->addWidget(m_jobs);
    settings->addSpacing(16);
    settings->addWidget(m_metricLabel);
    settings->addWidget(m_metric);
    settings->addSpacing(16);
    m_sliceRow = new QHBoxLayout;
    settings->addLayout(m_sliceRow);
    settings->addStretch(1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_heat);
    split->addWidget(m_points);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(settings);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    layout->addWidget(m_progress);

    connect(m_new, &QPushButton::clicked, this, &SweepView::newSweep);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a sweep folder (with sweep.json)"),
                                                              m_workspace);
        QString error;
        if (!dir.isEmpty() && !openSweep(dir, &error)) {
            QMessageBox::warning(this, tr("Cannot open the sweep"), error);
        }
    });
    connect(m_start, &QPushButton::clicked, this, [this] { startSweep(m_jobs->value()); });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_runner->paused()) {
            m_runner->resume();
        } else {
            m_runner->pause();
        }
        updateButtons();
    });
    connect(m_stop, &QPushButton::clicked, m_runner, &SweepRunner::stop);
    connect(m_slurm, &QPushButton::clicked, this, [this] {
        if (!m_plan) {
            return;
        }
        SlurmDialog dialog(static_cast<int>(m_plan->points().size()), m_root + QStringLiteral("-slurm"), this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        QString error;
        QStringList notes;
        if (!exportSlurm(dialog.folder(), dialog.options(), &error, &notes)) {
            QMessageBox::warning(this, tr("Cannot export"), error);
        } else {
            m_progress->setText(tr("Wrote the Slurm job to %1: copy it to the cluster and run ./submit.sh there.")
                                    .arg(QDir::toNativeSeparators(dialog.folder())));
            // The time limit in words and the paths the nodes may not see: said once, where the user looks.
            QMessageBox::information(this, tr("Slurm job written"), notes.join(QLatin1Char('\n')));
        }
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &SweepView::refreshGrid);
    connect(m_heat, &widgets::HeatMapView::cellClicked, this, [this](int row, int column) {
        // Ctrl+click adds a cell's runs to the last comparison (the best cell against plain CL, say).
        QStringList runs = cellRuns(row, column);
        if (QGuiApplication::keyboardModifiers() & Qt::ControlModifier) {
            for (const QString& r : std::as_const(m_lastCompared)) {
                if (!runs.contains(r)) {
                    runs.prepend(r);
                }
            }
        }
        m_lastCompared = runs;
        if (runs.size() >= 2) {
            Q_EMIT compareRequested(runs);
        } else if (runs.size() == 1) {
            Q_EMIT openRequested(runs.front());
        } else {
            m_progress->setText(tr("No finished run in this cell yet."));
        }
    });
    connect(m_runner, &SweepRunner::pointStarted, this, [this] {
        refreshGrid();
        Q_EMIT runsChanged();
    });
    connect(m_runner, &SweepRunner::pointEnded, this, [this](int point, const QString& outcome, const QString& message) {
        if (outcome == QStringLiteral("finished") && m_plan) {
            const RunListing l = inspectRun(m_plan->pointDir(m_root.toStdString(), static_cast<size_t>(point)));
            m_finishedSeconds << l.seconds;
        } else if (outcome == QStringLiteral("failed")) {
            ++m_failed;
            m_progress->setText(tr("Point %1 failed: %2")
                                    .arg(QString::fromStdString(m_plan->points()[static_cast<size_t>(point)].name), message));
        } else if (outcome == QStringLiteral("in use")) {
            m_progress->setText(tr("Point %1 skipped: %2")
                                    .arg(QString::fromStdString(m_plan->points()[static_cast<size_t>(point)].name), message));
        }
        refreshGrid();
        Q_EMIT runsChanged();
    });
    connect(m_runner, &SweepRunner::finished, this, [this] {
        m_poll.stop();
        refreshGrid();
        updateButtons();
    });
    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &SweepView::refreshGrid); // also picks up runs written by others
    retranslate();
}

SweepView::~SweepView()
{
    m_runner->stop();
    m_runner->wait();
}

void SweepView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SweepView::retranslate()
{
    m_new->setText(tr("New sweep..."));
    m_new->setToolTip(tr("Sweep gamma and eta (and optionally tau, ratio, seeds) of the current experiment"));
    m_open->setText(tr("Open sweep..."));
    m_open->setToolTip(tr("Show a sweep folder: one started here, by aclwb-cli sweep, or copied back from a cluster"));
    m_slurm->setText(tr("Export for Slurm..."));
    m_slurm->setToolTip(tr("Write a folder that runs this sweep on a cluster with sbatch (one task per run or "
                           "fewer)"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop the sweep: running points keep their last checkpoint; Continue picks up from there"));
    m_metric->setItemText(0, tr("accuracy"));
    m_metric->setItemText(1, tr("balanced accuracy"));
    m_metric->setItemText(2, tr("minority-class accuracy"));
    m_metric->setItemText(3, tr("macro-F1"));
    m_metricLabel->setText(tr("Metric"));
    m_jobsLabel->setText(tr("Parallel runs"));
    m_jobs->setToolTip(tr("Runs at a time inside the app; the cores are shared out between them"));
    m_heat->setToolTip(tr("Mean over seeds (± std); the best cell is outlined, \"≈ best\" marks cells the seeds "
                          "cannot tell from it. Click a cell to compare its runs; Ctrl+click another cell to add "
                          "its runs to the comparison."));
    updateButtons();
    refreshGrid();
}

RunMetric SweepView::metric() const
{
    switch (m_metric->currentIndex()) {
    case 0:
        return RunMetric::Accuracy;
    case 2:
        return RunMetric::MinorityAccuracy;
    case 3:
        return RunMetric::MacroF1;
    default:
        return RunMetric::BalancedAccuracy;
    }
}

void SweepView::updateButtons()
{
    const bool running = m_runner->running();
    m_start->setText(m_runner->startedCount() > 0 || (m_plan && !running) ? tr("Continue") : tr("Start"));
    m_start->setToolTip(tr("Run the points that are not finished (finished ones are skipped)"));
    m_start->setEnabled(m_plan.has_value() && !running && !m_allFinished);
    m_pause->setText(m_runner->paused() ? tr("Resume") : tr("Pause"));
    m_pause->setEnabled(running);
    m_stop->setEnabled(running);
    m_slurm->setEnabled(m_plan.has_value());
    m_jobs->setEnabled(!running);
    m_new->setEnabled(!running);
    m_open->setEnabled(!running);
}

void SweepView::newSweep()
{
    if (!m_base) {
        return;
    }
    SweepDialog dialog(m_base(), m_workspace, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.plan()) {
        return;
    }
    QString error;
    if (!createSweep(*dialog.plan(), dialog.folder(), &error)) {
        QMessageBox::warning(this, tr("Cannot create the sweep"), error);
        return;
    }
    m_jobs->setValue(dialog.jobs());
    startSweep(dialog.jobs());
}

bool SweepView::createSweep(const SweepPlan& plan, const QString& root, QString* error)
{
    try {
        writeSweepFile(plan, root.toStdString());
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return openSweep(root, error);
}

bool SweepView::openSweep(const QString& root, QString* error)
{
    if (m_runner->running()) {
        *error = tr("A sweep is running: stop it first.");
        return false;
    }
    try {
        m_plan = readSweepFile(root.toStdString());
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    m_root = root;
    QSettings().setValue(QStringLiteral("sweeps/last"), root);
    m_finishedSeconds.clear();
    m_failed = 0;
    rebuildSlices();
    refreshGrid();
    updateButtons();
    return true;
}

void SweepView::reopenLast()
{
    const QString last = QSettings().value(QStringLiteral("sweeps/last")).toString();
    QString error;
    if (!last.isEmpty() && !m_plan && isSweepDirectory(last.toStdString())) {
        openSweep(last, &error); // a sweep.json damaged since is simply not shown
    }
}

bool SweepView::startSweep(int jobs)
{
    if (!m_plan || m_runner->running()) {
        return false;
    }
    m_failed = 0;
    const bool ok = m_runner->start(*m_plan, m_root, jobs);
    if (m_runner->running()) {
        m_poll.start();
    }
    updateButtons();
    refreshGrid();
    return ok;
}

bool SweepView::exportSlurm(const QString& folder, const SlurmOptions& options, QString* error, QStringList* notes)
{
    if (!m_plan) {
        *error = tr("Open or create a sweep first.");
        return false;
    }
    try {
        const SlurmExportReport report = exportSlurmJob(*m_plan, folder.toStdString(), options);
        if (notes != nullptr) {
            for (const std::string& n : report.notes) {
                *notes << QString::fromStdString(n);
            }
        }
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

void SweepView::rebuildSlices()
{
    for (QComboBox* box : m_slices) {
        delete box;
    }
    m_slices.clear();
    while (QLayoutItem* item = m_sliceRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_plan) {
        return;
    }
    // Which axes need a choice depends on the plan only: no run is read for it.
    const SweepGrid g
        = sweepGrid(*m_plan, std::vector<std::optional<RunListing>>(m_plan->points().size()), metric());
    for (const auto& [key, value] : g.fixed) {
        auto* label = new QLabel(QString::fromStdString(key), this);
        auto* box = new QComboBox(this);
        box->setProperty("key", QString::fromStdString(key));
        for (const SweepAxis& a : m_plan->axes()) {
            if (a.key == key) {
                for (const std::string& v : a.values) {
                    box->addItem(QString::fromStdString(v));
                }
            }
        }
        box->setToolTip(tr("The heat map shows one value of each other swept key"));
        connect(box, &QComboBox::currentIndexChanged, this, &SweepView::refreshGrid);
        m_sliceRow->addWidget(label);
        m_sliceRow->addWidget(box);
        m_slices << box;
    }
}

void SweepView::refreshGrid()
{
    if (!m_plan) {
        m_title->setText(tr("No sweep open. New sweep... sweeps the current experiment; Open sweep... shows one from a "
                            "folder."));
        m_heat->setGrid(QString(), {}, QString(), {}, {});
        m_points->clear();
        m_points->setRowCount(0);
        m_progress->clear();
        return;
    }
    std::vector<std::pair<std::string, std::string>> fixed;
    for (QComboBox* box : m_slices) {
        fixed.push_back({ box->property("key").toString().toStdString(), box->currentText().toStdString() });
    }
    // Every point's small files once per refresh: the heat map and the table below are both drawn from them.
    const std::vector<std::optional<RunListing>> listings = inspectPoints(*m_plan, m_root.toStdString());
    SweepGrid g;
    try {
        g = sweepGrid(*m_plan, listings, metric(), fixed);
    } catch (const std::exception& e) {
        m_progress->setText(QString::fromStdString(e.what()));
        return;
    }
    QStringList rows, columns;
    for (const std::string& r : g.rows) {
        rows << QString::fromStdString(r);
    }
    for (const std::string& c : g.columns) {
        columns << QString::fromStdString(c);
    }
    QVector<QVector<double>> values, spread;
    QVector<QVector<int>> counts;
    m_cellRuns.clear();
    for (size_t r = 0; r < g.rows.size(); ++r) {
        QVector<double> v, s;
        QVector<int> n;
        QVector<QStringList> runs;
        for (size_t c = 0; c < g.columns.size(); ++c) {
            const SweepCell& cell = g.cells[r][c];
            v << (cell.value.n > 0 ? cell.value.mean : std::nan(""));
            s << (cell.value.hasStd() ? cell.value.std : std::nan(""));
            n << cell.value.n;
            QStringList paths;
            for (size_t k : cell.points) {
                if (listings[k] && listings[k]->status == RunStatus::Finished) {
                    paths << QString::fromStdString(m_plan->pointDir(m_root.toStdString(), k));
                }
            }
            runs << paths;
        }
        values << v;
        spread << s;
        counts << n;
        m_cellRuns << runs;
    }
    m_heat->setGrid(QString::fromStdString(g.columnKey), columns, QString::fromStdString(g.rowKey), rows, values,
                    spread);
    m_heat->setCounts(counts); // how many seeds each mean stands on
    m_heat->setValueTitle(m_metric->currentText());
    m_title->setText(tr("%1: %n run(s)", nullptr, static_cast<int>(m_plan->points().size()))
                         .arg(QDir::toNativeSeparators(m_root)));

    // The points, with their status and metric.
    m_points->clear();
    m_points->setColumnCount(3);
    m_points->setHorizontalHeaderLabels({ tr("Point"), tr("Status"), m_metric->currentText() });
    m_points->setRowCount(static_cast<int>(m_plan->points().size()));
    int finished = 0, running = 0, failed = 0;
    for (size_t k = 0; k < m_plan->points().size(); ++k) {
        QString status = tr("pending");
        QString value;
        if (listings[k]) {
            const RunListing& l = *listings[k];
            status = QString::fromLatin1(statusName(l.status));
            finished += l.status == RunStatus::Finished ? 1 : 0;
            running += l.status == RunStatus::Running ? 1 : 0;
            failed += l.status == RunStatus::Failed || l.status == RunStatus::Damaged ? 1 : 0;
            if (const std::optional<double> v = metricOf(l, metric())) {
                value = QLocale().toString(*v, 'f', 4);
            }
        }
        m_points->setItem(static_cast<int>(k), 0, new QTableWidgetItem(QString::fromStdString(m_plan->points()[k].name)));
        m_points->setItem(static_cast<int>(k), 1, new QTableWidgetItem(status));
        m_points->setItem(static_cast<int>(k), 2, new QTableWidgetItem(value));
    }
    m_points->resizeColumnsToContents();
    const int total = static_cast<int>(m_plan->points().size());
    m_allFinished = finished == total;
    updateButtons();
    QString text = tr("%1 of %2 runs finished, %3 running, %4 failed").arg(finished).arg(total).arg(running).arg(failed);
    if (m_runner->running() && !m_finishedSeconds.isEmpty()) {
        double sum = 0.0;
        for (double s : m_finishedSeconds) {
            sum += s;
        }
        const double perRun = sum / m_finishedSeconds.size();
        const int left = total - finished;
        text += tr("; about %1 left (%2 per run, %3 at a time)")
                    .arg(durationText(perRun * left / std::max(1, m_jobs->value())), durationText(perRun))
                    .arg(m_jobs->value());
    } else if (m_runner->paused()) {
        text += tr("; paused");
    }
    if (m_runner->skippedRunning() > 0) {
        text += tr("; %n point(s) left to the process already running them", nullptr, m_runner->skippedRunning());
    }
    m_progress->setText(text);
}

QStringList SweepView::cellRuns(int row, int column) const
{
    return m_cellRuns.value(row).value(column);
}

} // namespace aclwb::gui
