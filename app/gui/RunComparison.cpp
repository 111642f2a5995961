// SPDX-License-Identifier: MIT
#include "RunComparison.h"

#include "RunNotes.h"
#include "run/ConfigDiff.h"
#include "run/RunDirectory.h"
#include "train/TrainingEvents.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cmath>
#include <set>

namespace aclwb::gui {
namespace {

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString number(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', 9);
}

} // namespace

std::optional<RunComparison> RunComparison::load(const QStringList& paths, const QString& workspace, QString* error)
{
    RunComparison c;
    std::vector<RunListing> all;
    if (QFileInfo(workspace).isDir()) {
        try {
            all = listRuns(workspace.toStdString());
        } catch (const std::exception&) {
            // Without a readable workspace each run is its own only seed.
        }
    }
    std::vector<TrainConfig> configs;
    for (const QString& path : paths) {
        RunSummary s;
        try {
            s = readRunSummary(path.toStdString());
        } catch (const std::exception& e) {
            *error = QString::fromStdString(e.what());
            return std::nullopt;
        }
        if (!s.listing.config) {
            *error = QObject::tr("%1 has no readable config.json: %2")
                         .arg(QDir::toNativeSeparators(path), QString::fromStdString(s.listing.reason));
            return std::nullopt;
        }
        ComparedRun r;
        r.path = path;
        const RunNotes notes = RunNotes::read(path);
        r.name = notes.name.isEmpty() ? QFileInfo(path).fileName() : notes.name;
        r.status = QString::fromLatin1(statusName(s.listing.status));
        r.config = *s.listing.config;
        for (const std::string& n : s.listing.classNames) {
            r.classNames << QString::fromStdString(n);
        }
        for (int64_t n : s.listing.trainCounts) {
            r.trainCounts << static_cast<double>(n);
        }
        if (s.listing.test) {
            r.test = metricsFrom(*s.listing.test);
        }
        for (const EpochSummary& e : s.history) {
            const double global = static_cast<double>(globalEpochOf(r.config, e.stage, e.epoch));
            if (e.validation && !e.validation->perClassAccuracy.empty()) {
                r.validationBalanced << QPointF(global, e.validation->balancedAccuracy);
            }
            if (e.stage != Stage::Linear) {
                r.contrastiveLoss << QPointF(static_cast<double>(e.epoch + 1), e.meanLoss);
            }
        }
        // The seed spread of this setting: every finished run of the same experiment up to the seed, one per seed
        // (a copy of a run is the same run again, not another seed), the compared run itself first.
        std::vector<double> balanced, accuracy, minority;
        std::vector<std::vector<double>> perClass(static_cast<size_t>(r.classNames.size()));
        std::set<uint64_t> seeds;
        const auto count = [&](const RunListing& l) {
            if (!l.config || l.status != RunStatus::Finished || !l.test || !sameExceptSeed(*l.config, r.config)
                || !seeds.insert(l.config->seed).second) {
                return;
            }
            r.seedRuns << QString::fromStdString(l.path);
            balanced.push_back(l.test->balancedAccuracy);
            accuracy.push_back(l.test->accuracy);
            if (l.minorityAccuracy()) {
                minority.push_back(*l.minorityAccuracy());
            }
            for (size_t k = 0; k < perClass.size() && k < l.test->perClassAccuracy.size(); ++k) {
                perClass[k].push_back(l.test->perClassAccuracy[k]);
            }
        };
        count(s.listing);
        for (const RunListing& l : all) {
            count(l);
        }
        r.balanced = spreadOf(balanced);
        r.accuracy = spreadOf(accuracy);
        r.minority = spreadOf(minority);
        for (const std::vector<double>& values : perClass) {
            r.perClassStd << spreadOf(values).std;
        }
        configs.push_back(r.config);
        c.m_runs << r;
    }
    for (const std::string& key : aclwb::differingKeys(configs)) {
        c.m_differing << QString::fromStdString(key);
    }
    return c;
}

QString RunComparison::valueText(int run, const QString& key) const
{
    if (run < 0 || run >= m_runs.size()) {
        return {};
    }
    return QString::fromStdString(configValueText(m_runs[run].config, key.toStdString()));
}

std::optional<bool> RunComparison::withinReference(int k) const
{
    if (k <= 0 || k >= m_runs.size()) {
        return std::nullopt;
    }
    return withinSpread(m_runs[k].balanced, m_runs[0].balanced);
}

QString RunComparison::spreadText(const Spread& s)
{
    if (s.n == 0) {
        return QObject::tr("–");
    }
    if (!s.hasStd()) {
        return QObject::tr("%1 (1 seed)").arg(QLocale().toString(s.mean, 'f', 4));
    }
    return QObject::tr("%1 ± %2 (%3 seeds)")
        .arg(QLocale().toString(s.mean, 'f', 4), QLocale().toString(s.std, 'f', 4))
        .arg(s.n);
}

QString RunComparison::toCsv() const
{
    QStringList header { QStringLiteral("run"), QStringLiteral("path"), QStringLiteral("status") };
    for (const QString& key : m_differing) {
        header << key;
    }
    header << QStringLiteral("test_accuracy") << QStringLiteral("test_balanced_accuracy")
           << QStringLiteral("test_macro_f1") << QStringLiteral("seeds") << QStringLiteral("balanced_accuracy_mean")
           << QStringLiteral("balanced_accuracy_std") << QStringLiteral("minority_accuracy_mean")
           << QStringLiteral("minority_accuracy_std") << QStringLiteral("within_spread_of_first")
           << QStringLiteral("per_class_accuracy");
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int k = 0; k < m_runs.size(); ++k) {
        const ComparedRun& r = m_runs[k];
        QStringList row { csvField(r.name), csvField(r.path), r.status };
        for (const QString& key : m_differing) {
            row << csvField(valueText(k, key));
        }
        QStringList perClass;
        for (double a : r.test.perClass) {
            perClass << number(a);
        }
        const std::optional<bool> within = withinReference(k);
        row << (r.test.valid ? number(r.test.accuracy) : QString())
            << (r.test.valid ? number(r.test.balancedAccuracy) : QString())
            << (r.test.valid ? number(r.test.macroF1) : QString()) << QString::number(r.balanced.n)
            << number(r.balanced.mean) << number(r.balanced.std) << number(r.minority.mean) << number(r.minority.std)
            << (within ? (*within ? QStringLiteral("yes") : QStringLiteral("no")) : QString())
            << perClass.join(QLatin1Char(';'));
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

} // namespace aclwb::gui
