// SPDX-License-Identifier: MIT
#pragma once

#include "PlotWidget.h"

#include <QStringList>
#include <QVector>

namespace aclwb::widgets {

/// Accuracy of each class as a bar, with the class's training count under its name and the minority class (fewest
/// training images) drawn in red: plain accuracy hides a minority class the model never predicts; this does not.
class PerClassBars : public PlotWidget {
    Q_OBJECT

public:
    explicit PerClassBars(QWidget* parent = nullptr);

    void setData(const QStringList& classNames, const QVector<double>& accuracy, const QVector<double>& trainCounts,
                 const QString& title = QString());
    QVector<double> drawnAccuracy() const;
    /// Index of the class drawn as the minority, or -1.
    int minorityClass() const { return m_minority; }
    QString tickLabel(int classIndex) const;

protected:
    void retranslate() override;

private:
    QCPBars* m_bars = nullptr;
    QCPBars* m_minorityBar = nullptr;
    QCPTextElement* m_title = nullptr;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    int m_minority = -1;
    QStringList m_names; // the data as last set, to redraw the tick labels in another language
    QVector<double> m_accuracy;
    QVector<double> m_counts;
    QString m_customTitle;
};

} // namespace aclwb::widgets
