// SPDX-License-Identifier: MIT
#include "CompareView.h"

#include "ClassColours.h"
#include "ConfusionMatrixView.h"
#include "GroupedBars.h"
#include "OverlayCurves.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace aclwb::gui {
namespace {

/// Columns of the summary table: the verdict and the differing config keys come right after the main metric, so
/// they stay in view; accuracy and minority accuracy follow the keys.
enum Column { Run, Status, Balanced, VsFirst, Keys };

} // namespace

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
{
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_balanced = new widgets::OverlayCurves(this);
    m_balanced->setExportName(QStringLiteral("compare-balanced-accuracy.png"));
    m_loss = new widgets::OverlayCurves(this);
    m_loss->setExportName(QStringLiteral("compare-loss.png"));
    m_bars = new widgets::GroupedBars(this);
    auto* matrices = new QWidget(this);
    m_matrixRow = new QHBoxLayout(matrices);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(matrices);
    scroll->setWidgetResizable(true);
    m_export = new QPushButton(this);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the comparison"),
                                                          QStringLiteral("comparison.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error)) {
            QMessageBox::warning(this, tr("Cannot export"), error);
        }
    });

    auto* curves = new QSplitter(Qt::Horizontal, this);
    curves->addWidget(m_balanced);
    curves->addWidget(m_loss);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_bars);
    lower->addWidget(scroll);
    lower->setSizes({ 1000, 1000 }); // half each: the matrices are as important as the bars
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(curves);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    auto* top = new QHBoxLayout;
    top->addWidget(m_help, 1);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    retranslate();
}

void CompareView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CompareView::retranslate()
{
    m_help->setText(m_comparison ? tr("Metrics are on the test set, with the seed spread of each setting (every "
                                      "finished run of the workspace that differs only in its seed). "
                                      "≈: the difference to the first run is smaller than the spread.")
                                 : tr("Select two or more runs in the Runs tab and press Compare (Ctrl+D), or click a "
                                      "cell of a sweep's heat map."));
    m_export->setText(tr("Export CSV..."));
    m_export->setEnabled(m_comparison.has_value());
    m_balanced->setLabels(tr("validation balanced accuracy"), tr("epoch (whole run)"), tr("balanced accuracy"));
    m_loss->setLabels(tr("stage-1 loss (epoch means)"), tr("epoch"), tr("loss"));
    if (m_comparison) {
        fill();
    }
}

bool CompareView::compare(const QStringList& paths, const QString& workspace, QString* error)
{
    std::optional<RunComparison> c = RunComparison::load(paths, workspace, error);
    if (!c) {
        return false;
    }
    m_comparison = std::move(c);
    retranslate();
    return true;
}

void CompareView::fill()
{
    const RunComparison& c = *m_comparison;
    const QVector<ComparedRun>& runs = c.runs();
    const QStringList keys = c.differingKeys();
    QStringList headers { tr("Run"), tr("Status"), tr("Balanced acc."), tr("vs first") };
    headers << keys;
    headers << tr("Accuracy") << tr("Minority acc.");
    const int accuracyColumn = Keys + static_cast<int>(keys.size());
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(runs.size()));
    const QColor highlight(255, 236, 153);
    for (int k = 0; k < runs.size(); ++k) {
        const ComparedRun& r = runs[k];
        auto* name = new QTableWidgetItem(r.name);
        QPixmap swatch(12, 12); // the run's colour in the curves and bars
        swatch.fill(widgets::classColour(k));
        name->setIcon(QIcon(swatch));
        name->setToolTip(QDir::toNativeSeparators(r.path));
        m_table->setItem(k, Run, name);
        m_table->setItem(k, Status, new QTableWidgetItem(r.status));
        auto* balanced = new QTableWidgetItem(RunComparison::spreadText(r.balanced));
        balanced->setToolTip(tr("Seed runs:\n%1").arg(r.seedRuns.join(QLatin1Char('\n'))));
        m_table->setItem(k, Balanced, balanced);
        m_table->setItem(k, accuracyColumn, new QTableWidgetItem(RunComparison::spreadText(r.accuracy)));
        m_table->setItem(k, accuracyColumn + 1, new QTableWidgetItem(RunComparison::spreadText(r.minority)));
        const std::optional<bool> within = c.withinReference(k);
        QString verdict;
        if (k == 0) {
            verdict = tr("reference");
        } else if (!within) {
            verdict = tr("? (needs 2+ seeds each)");
        } else if (*within) {
            verdict = tr("≈ within the spread");
        } else {
            verdict = r.balanced.mean > runs[0].balanced.mean ? tr("better, beyond the spread")
                                                              : tr("worse, beyond the spread");
        }
        m_table->setItem(k, VsFirst, new QTableWidgetItem(verdict));
        for (int j = 0; j < keys.size(); ++j) {
            auto* item = new QTableWidgetItem(c.valueText(k, keys[j]));
            item->setBackground(highlight);
            item->setForeground(QColor(0, 0, 0));
            m_table->setItem(k, Keys + j, item);
        }
    }
    m_table->resizeColumnsToContents();

    // Per-class bars line up by class name: runs over other classes leave gaps, never bars under the wrong name.
    QStringList classes;
    for (const ComparedRun& r : runs) {
        for (const QString& c : r.classNames) {
            if (!classes.contains(c)) {
                classes << c;
            }
        }
    }
    QStringList names;
    QVector<QVector<QPointF>> balancedSeries, lossSeries;
    QVector<QVector<double>> perClass, perClassStd;
    for (const ComparedRun& r : runs) {
        names << r.name;
        balancedSeries << r.validationBalanced;
        lossSeries << r.contrastiveLoss;
        QVector<double> values(classes.size(), std::nan(""));
        QVector<double> spread(classes.size(), std::nan(""));
        for (int c = 0; c < r.classNames.size(); ++c) {
            const int at = static_cast<int>(classes.indexOf(r.classNames[c]));
            if (r.test.valid && c < r.test.perClass.size()) {
                values[at] = r.test.perClass[c];
            }
            spread[at] = r.perClassStd.value(c, std::nan(""));
        }
        perClass << values;
        perClassStd << spread;
    }
    m_balanced->setSeries(names, balancedSeries);
    m_loss->setSeries(names, lossSeries);
    m_bars->setData(classes, names, perClass, perClassStd);
    for (widgets::ConfusionMatrixView* m : m_matrices) {
        m->deleteLater();
    }
    m_matrices.clear();
    for (const ComparedRun& r : runs) {
        auto* m = new widgets::ConfusionMatrixView;
        m->setMinimumSize(260, 220);
        m->setExportName(QStringLiteral("confusion-%1.png").arg(QFileInfo(r.path).fileName()));
        m->setMatrix(r.classNames, r.test.confusion);
        m->setNormalized(true);
        m->setToolTip(r.name);
        m_matrixRow->addWidget(m);
        m_matrices << m;
    }
}

bool CompareView::exportCsv(const QString& path, QString* error) const
{
    if (!m_comparison) {
        *error = tr("Nothing compared yet.");
        return false;
    }
    const QByteArray bytes = m_comparison->toCsv().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace aclwb::gui
