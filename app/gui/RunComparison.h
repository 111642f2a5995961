// SPDX-License-Identifier: MIT
#pragma once

#include "GuiEvents.h"
#include "run/SeedSpread.h"
#include "train/TrainConfig.h"

#include <QPointF>
#include <QStringList>
#include <QVector>

#include <optional>

namespace aclwb::gui {

/// One run of a comparison, with the seed spread of its setting: every finished run in the workspace that is the
/// same experiment up to the seed (this one included) counts.
struct ComparedRun {
    QString path;
    QString name;
    QString status;
    TrainConfig config;
    QStringList classNames;
    QVector<double> trainCounts;
    Metrics test; // valid when finished
    QVector<QPointF> validationBalanced; // per global epoch
    QVector<QPointF> contrastiveLoss;    // stage-1 epoch means (or cross-entropy), per epoch
    QStringList seedRuns;                // the finished runs of this setting, seeds together
    Spread balanced;
    Spread accuracy;
    Spread minority;
    QVector<double> perClassStd; // per class over the seed runs (NaN below two)
};

/// Two or more runs side by side: their summaries, the config keys they differ in, and for every metric the seed
/// spread, with differences smaller than the spread marked, so that nobody reads noise as an effect.
class RunComparison {
public:
    /// Reads the runs (InputError text in `error` for a run that cannot be read) and their seed siblings under
    /// `workspace` (none when empty).
    static std::optional<RunComparison> load(const QStringList& paths, const QString& workspace, QString* error);

    const QVector<ComparedRun>& runs() const { return m_runs; }
    /// The keys whose values differ between the runs (schema order).
    QStringList differingKeys() const { return m_differing; }
    QString valueText(int run, const QString& key) const;
    /// Whether run `k`'s balanced accuracy differs from the first run's by less than the seed spread (unknown
    /// without two seeds on both sides).
    std::optional<bool> withinReference(int k) const;
    /// "mean ± std (n seeds)" or "value (1 seed)".
    static QString spreadText(const Spread& s);
    /// One row per run: name, path, status, differing keys, metrics with their spreads, per-class accuracies.
    QString toCsv() const;

private:
    QVector<ComparedRun> m_runs;
    QStringList m_differing;
};

} // namespace aclwb::gui
