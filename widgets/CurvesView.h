// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCPGraph;

namespace aclwb::widgets {

class PlotWidget;

/// The live curves of a run: stage-1 loss per step with its per-epoch mean, stage-2 loss likewise, and per epoch
/// the validation accuracy and balanced accuracy with the per-class 10-NN accuracy of the embedding snapshots
/// (stage 1's only per-class signal). Points are appended as they arrive; redraws are coalesced by the plots.
class CurvesView : public QWidget {
    Q_OBJECT

public:
    explicit CurvesView(QWidget* parent = nullptr);

    void clear();
    /// `stage` 0 = representation stage (contrastive or cross-entropy), 1 = linear stage; x counts steps (or epochs,
    /// fractional) from the start of that stage.
    void setStageNames(const QString& first, const QString& second);
    /// The x label of a stage's loss plot ("epoch" unless set; the L-BFGS probe counts loss evaluations).
    void setStepAxisLabel(int stage, const QString& label);
    QString stepAxisLabel(int stage) const { return m_xLabel[stage]; }
    void addStep(int stage, double x, double loss);
    void addEpochMean(int stage, double x, double loss);
    /// x: epoch over the whole run (1-based).
    void addValidation(double x, double accuracy, double balancedAccuracy);
    void addKnn(double x, const QStringList& classNames, const QVector<double>& perClass);
    void setLogY(bool on);
    bool logY() const { return m_logY; }

    PlotWidget* lossPlot(int stage) const { return m_loss[stage]; }
    PlotWidget* qualityPlot() const { return m_quality; }
    /// Points held by a curve (tests): steps of a stage, epoch means of a stage, validation, kNN of a class.
    int stepCount(int stage) const;
    int epochCount(int stage) const;
    int validationCount() const;
    int knnCount(int classIndex) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    /// Titles the two loss plots (rebuilding their axis rects), whoever chose the names.
    void showStageNames(const QString& first, const QString& second);

    PlotWidget* m_loss[2] = {};
    QCPGraph* m_steps[2] = {};
    QCPGraph* m_means[2] = {};
    PlotWidget* m_quality = nullptr;
    QCPGraph* m_accuracy = nullptr;
    QCPGraph* m_balanced = nullptr;
    QVector<QCPGraph*> m_knn;
    bool m_logY = false;
    QString m_xLabel[2];
    QStringList m_knnNames;
    bool m_customStageNames = false;
};

} // namespace aclwb::widgets
