// SPDX-License-Identifier: MIT
#include "LogView.h"

#include <QFontDatabase>

namespace aclwb::widgets {

LogView::LogView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setMaximumBlockCount(20000);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

void LogView::appendLine(const QString& line, bool error)
{
    if (error) {
        appendHtml(QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(line.toHtmlEscaped()));
    } else {
        appendPlainText(line);
    }
}

} // namespace aclwb::widgets
