// SPDX-License-Identifier: MIT
#pragma once

#include "run/SlurmExport.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace aclwb::gui {

/// "Export as Slurm job array": the array's tasks, GPUs and CPUs per task, the time limit, the partition and the
/// folder to write (see exportSlurmJob).
class SlurmDialog : public QDialog {
    Q_OBJECT

public:
    SlurmDialog(int runs, const QString& suggestedFolder, QWidget* parent = nullptr);

    SlurmOptions options() const;
    QString folder() const;

private:
    QSpinBox* m_tasks = nullptr;
    QSpinBox* m_gpus = nullptr;
    QSpinBox* m_cpus = nullptr;
    QLineEdit* m_memory = nullptr;
    QLineEdit* m_time = nullptr;
    QLineEdit* m_partition = nullptr;
    QLineEdit* m_folder = nullptr;
};

} // namespace aclwb::gui
