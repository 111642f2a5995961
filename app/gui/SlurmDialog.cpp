// SPDX-License-Identifier: MIT
#include "SlurmDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace aclwb::gui {

SlurmDialog::SlurmDialog(int runs, const QString& suggestedFolder, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export as Slurm job array"));
    const SlurmOptions defaults;
    m_tasks = new QSpinBox(this);
    m_tasks->setRange(1, std::max(1, runs));
    m_tasks->setValue(std::max(1, runs));
    m_tasks->setToolTip(tr("Array tasks; the runs are shared out between them (run k goes to task k mod tasks)"));
    m_gpus = new QSpinBox(this);
    m_gpus->setRange(0, 8);
    m_gpus->setToolTip(tr("GPUs per task; with one or more the runs train on cuda, as many at a time as GPUs, each on "
                          "its own"));
    m_cpus = new QSpinBox(this);
    m_cpus->setRange(1, 256);
    m_cpus->setValue(defaults.cpusPerTask);
    m_cpus->setToolTip(tr("CPUs per task, shared out as the parallel runs' threads"));
    m_time = new QLineEdit(QString::fromStdString(defaults.time), this);
    m_time->setToolTip(tr("Time limit per task in Slurm's forms: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS "
                          "(04:00 is four minutes)"));
    m_memory = new QLineEdit(this);
    m_memory->setPlaceholderText(tr("the cluster's default"));
    m_memory->setToolTip(tr("Memory per task (#SBATCH --mem), e.g. 16G"));
    m_partition = new QLineEdit(this);
    m_partition->setPlaceholderText(tr("the cluster's default"));
    m_folder = new QLineEdit(suggestedFolder, this);
    auto* browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the job"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(dir);
        }
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Array tasks"), m_tasks);
    form->addRow(tr("GPUs per task"), m_gpus);
    form->addRow(tr("CPUs per task"), m_cpus);
    form->addRow(tr("Time limit"), m_time);
    form->addRow(tr("Memory"), m_memory);
    form->addRow(tr("Partition"), m_partition);
    form->addRow(tr("Folder"), folderRow);
    auto* intro = new QLabel(tr("Writes a folder to copy to the cluster: config.json, sweep.sbatch, submit.sh (run it "
                                "there) and runs/. Copy runs/ back into the workspace and open it here: the heat map "
                                "reads it like a local sweep."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, height());
}

SlurmOptions SlurmDialog::options() const
{
    SlurmOptions o;
    o.tasks = m_tasks->value();
    o.gpusPerTask = m_gpus->value();
    o.cpusPerTask = m_cpus->value();
    o.time = m_time->text().trimmed().toStdString();
    o.memory = m_memory->text().trimmed().toStdString();
    o.partition = m_partition->text().trimmed().toStdString();
    return o;
}

QString SlurmDialog::folder() const
{
    return m_folder->text().trimmed();
}

} // namespace aclwb::gui
