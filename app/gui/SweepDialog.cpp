// SPDX-License-Identifier: MIT
#include "SweepDialog.h"

#include "util/Timing.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace aclwb::gui {
namespace {

/// The same duration text as the status bar and the CLI ("4m07s", "1h05m").
QString duration(double seconds)
{
    return QString::fromStdString(formatDuration(seconds));
}

QString list(const QString& text)
{
    QString out = text;
    out.remove(QLatin1Char(' '));
    return out;
}

} // namespace

SweepDialog::SweepDialog(const TrainConfig& base, const QString& workspace, QWidget* parent)
    : QDialog(parent)
    , m_base(base)
    , m_workspace(workspace)
{
    setWindowTitle(tr("New sweep"));
    try {
        for (const RunListing& l : listRuns(workspace.toStdString())) {
            if (l.status == RunStatus::Finished && l.config && l.seconds > 0.0) {
                m_finished.push_back(l);
            }
        }
    } catch (const std::exception&) {
        // No workspace yet: nothing to estimate the time from.
    }
    m_gamma = new QLineEdit(QStringLiteral("0,1,2"), this);
    m_eta = new QLineEdit(QStringLiteral("0,10,100"), this);
    m_tau = new QLineEdit(this);
    m_ratio = new QLineEdit(this);
    m_seeds = new QLineEdit(QStringLiteral("1,2"), this);
    m_jobs = new QSpinBox(this);
    m_jobs->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_jobs->setValue(std::min(2, m_jobs->maximum()));
    m_folder = new QLineEdit(
        QStringLiteral("sweeps/%1-%2")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), QString::fromStdString(base.loss)),
        this);
    m_gamma->setToolTip(tr("Values of gamma (focusing), separated by commas"));
    m_eta->setToolTip(tr("Values of eta (the asymmetric term's weight), separated by commas"));
    m_tau->setPlaceholderText(tr("not swept (%1)").arg(base.temperature));
    m_tau->setToolTip(tr("Optional: values of the temperature"));
    m_ratio->setPlaceholderText(tr("not swept (%1)").arg(base.imbalanceRatio));
    m_ratio->setToolTip(tr("Optional: values of the imbalance ratio"));
    m_seeds->setToolTip(tr("Every point is repeated with each seed: the heat map shows mean ± std over them"));
    m_jobs->setToolTip(tr("Runs at a time inside the app; the cores are shared out between them"));
    m_folder->setToolTip(tr("Inside the workspace; a sweep reopened from it continues where it stopped"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto* form = new QFormLayout;
    form->addRow(tr("gamma"), m_gamma);
    form->addRow(tr("eta"), m_eta);
    form->addRow(tr("tau (temperature)"), m_tau);
    form->addRow(tr("Imbalance ratio"), m_ratio);
    form->addRow(tr("Seeds"), m_seeds);
    form->addRow(tr("Parallel runs"), m_jobs);
    form->addRow(tr("Folder"), m_folder);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every combination of the values below is trained with the current experiment's "
                                "other settings (%1 loss).")
                                 .arg(QString::fromStdString(base.loss)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : { m_gamma, m_eta, m_tau, m_ratio, m_seeds, m_folder }) {
        connect(e, &QLineEdit::textChanged, this, &SweepDialog::update);
    }
    connect(m_jobs, &QSpinBox::valueChanged, this, &SweepDialog::update);
    resize(520, height());
    update();
}

QString SweepDialog::folder() const
{
    return QDir(m_workspace).filePath(m_folder->text().trimmed());
}

int SweepDialog::jobs() const
{
    return m_jobs->value();
}

QString SweepDialog::summaryText() const
{
    return m_summary->text();
}

std::optional<double> SweepDialog::secondsPerRun(int* from) const
{
    double total = 0.0;
    int n = 0;
    for (const RunListing& l : m_finished) {
        const TrainConfig& c = *l.config;
        if (c.dataset == m_base.dataset && c.classes == m_base.classes && c.encoder == m_base.encoder
            && c.epochsContrastive == m_base.epochsContrastive && c.batchSize == m_base.batchSize
            && c.imageSize == m_base.imageSize && c.isContrastive() == m_base.isContrastive()) {
            total += l.seconds;
            ++n;
        }
    }
    if (from != nullptr) {
        *from = n;
    }
    return n > 0 ? std::optional<double>(total / n) : std::nullopt;
}

void SweepDialog::update()
{
    std::vector<std::string> grids;
    const auto add = [&](const char* key, const QLineEdit* edit) {
        const QString values = list(edit->text());
        if (!values.isEmpty()) {
            grids.push_back(std::string(key) + "=" + values.toStdString());
        }
    };
    add("gamma", m_gamma);
    add("eta", m_eta);
    add("temperature", m_tau);
    add("imbalance_ratio", m_ratio);
    std::vector<std::string> seeds;
    for (const QString& s : list(m_seeds->text()).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        seeds.push_back(s.toStdString());
    }
    QString text;
    try {
        m_plan.emplace(m_base, grids, seeds);
        const int runs = static_cast<int>(m_plan->points().size());
        int from = 0;
        const std::optional<double> each = secondsPerRun(&from);
        text = tr("%n run(s)", nullptr, runs);
        if (each) {
            // Runs at a time share the cores: the wall time per run grows about as much as the runs overlap.
            text += tr("; about %1 in all (%2 per run, measured on %n similar finished run(s) of the workspace)",
                       nullptr, from)
                        .arg(duration(*each * runs), duration(*each));
        } else {
            text += tr("; no similar finished run in the workspace to estimate the time from: the estimate appears "
                       "when the first point finishes");
        }
        if (m_folder->text().trimmed().isEmpty()) {
            m_plan.reset();
            text = tr("Choose a folder for the sweep.");
        }
    } catch (const std::exception& e) {
        m_plan.reset();
        text = QString::fromStdString(e.what());
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(m_plan ? QString() : QStringLiteral("color: #c0392b;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_plan.has_value());
}

} // namespace aclwb::gui
