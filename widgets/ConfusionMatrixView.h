// SPDX-License-Identifier: MIT
#pragma once

#include "PlotWidget.h"

#include <QStringList>
#include <QVector>

namespace aclwb::widgets {

/// A confusion matrix as a heat map with the number in every cell: raw counts, or each row normalised to the
/// true class's recall (what balanced accuracy averages over the diagonal).
class ConfusionMatrixView : public PlotWidget {
    Q_OBJECT

public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    /// counts[true][predicted].
    void setMatrix(const QStringList& classNames, const QVector<QVector<double>>& counts);
    void setNormalized(bool rowNormalized);
    bool normalized() const { return m_normalized; }
    /// The value shown in a cell (count or row fraction), and its text.
    double shownValue(int trueClass, int predictedClass) const;
    QString cellText(int trueClass, int predictedClass) const;

protected:
    void retranslate() override;

private:
    void rebuild();

    QCPColorMap* m_map = nullptr;
    QStringList m_names;
    QVector<QVector<double>> m_counts;
    QVector<QCPItemText*> m_texts;
    bool m_normalized = false;
};

} // namespace aclwb::widgets
