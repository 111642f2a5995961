// SPDX-License-Identifier: MIT
#pragma once

#include "PlotWidget.h"

#include <QStringList>
#include <QVector>

namespace aclwb::widgets {

/// Per-class image counts of the train, validation and test splits as grouped bars, optionally on a log scale:
/// how imbalanced the experiment really is, before anything is trained.
class ClassCountHistogram : public PlotWidget {
    Q_OBJECT

public:
    explicit ClassCountHistogram(QWidget* parent = nullptr);

    void setCounts(const QStringList& classNames, const QVector<double>& train, const QVector<double>& validation,
                   const QVector<double>& test);
    void setLogScale(bool on);
    bool logScale() const { return m_log; }

    /// The values drawn for a split (0 train, 1 validation, 2 test), for tests.
    QVector<double> drawnValues(int split) const;

protected:
    void retranslate() override;

private:
    void rebuild();

    QCPBarsGroup* m_group = nullptr;
    QCPBars* m_bars[3] = {};
    QStringList m_names;
    QVector<double> m_counts[3];
    bool m_log = false;
};

} // namespace aclwb::widgets
