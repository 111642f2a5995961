// SPDX-License-Identifier: MIT
#pragma once

#include "PlotWidget.h"

#include <QStringList>
#include <QVector>

namespace aclwb::widgets {

/// Per-class accuracy of several runs side by side: one group per class, one bar per run (the run's colour of the
/// overlaid curves), with the seed spread as an error bar where known. The minority class is where runs differ.
class GroupedBars : public PlotWidget {
    Q_OBJECT

public:
    explicit GroupedBars(QWidget* parent = nullptr);

    /// values[run][class]; spread[run][class] (NaN or empty: no error bar).
    void setData(const QStringList& classNames, const QStringList& runNames, const QVector<QVector<double>>& values,
                 const QVector<QVector<double>>& spread = {});
    int groupCount() const { return m_classes; }
    int barCount() const { return static_cast<int>(m_bars.size()); }
    /// Drawn height of run `run`'s bar for class `c` (tests).
    double value(int run, int c) const;

protected:
    void retranslate() override;

private:
    QCPTextElement* m_title = nullptr;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    QVector<QCPBars*> m_bars;
    QVector<QCPErrorBars*> m_errors;
    int m_classes = 0;
};

} // namespace aclwb::widgets
