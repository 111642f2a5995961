// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace aclwb::widgets {

/// The run's log: the same lines the CLI prints, kept to the last 20,000 lines, errors in red.
class LogView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit LogView(QWidget* parent = nullptr);
    void appendLine(const QString& line, bool error = false);
};

} // namespace aclwb::widgets
