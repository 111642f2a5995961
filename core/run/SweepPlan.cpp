// SPDX-License-Identifier: MIT
#include "run/SweepPlan.h"

#include "io/AtomicFile.h"
#include "run/ConfigDiff.h"
#include "train/ConfigSchema.h"
#include "util/InputError.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

std::vector<SweepAxis> parseAxes(const std::vector<std::string>& grids, const std::vector<std::string>& seeds)
{
    std::vector<SweepAxis> axes;
    for (const std::string& grid : grids) {
        const auto eq = grid.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == grid.size()) {
            throw InputError("invalid --grid '" + grid + "': expected key=v1,v2,...");
        }
        SweepAxis axis { grid.substr(0, eq), {} };
        std::replace(axis.key.begin(), axis.key.end(), '-', '_');
        std::stringstream values(grid.substr(eq + 1));
        std::string v;
        while (std::getline(values, v, ',')) {
            axis.values.push_back(v);
        }
        axes.push_back(axis);
    }
    if (!seeds.empty()) {
        axes.push_back({ "seed", seeds });
    }
    return axes;
}

/// Why the run whose config is `stored` is not sweep point `point`, or an empty string when it is: the run-defining
/// keys (runIdentity) whose values differ, each with both values. Keys that only say where or how fast it ran
/// (device, threads, ...) may differ: a point resumed on another machine is still the point.
std::string notThePoint(const TrainConfig& stored, const SweepPoint& point)
{
    const nlohmann::json identity = runIdentity(point.config);
    std::string keys;
    int listed = 0;
    for (const std::string& key : differingKeys({ stored, point.config })) {
        if (!identity.contains(key)) {
            continue;
        }
        if (listed++ == 5) {
            keys += "; ...";
            break;
        }
        keys += (keys.empty() ? "" : "; ") + key + " = " + configValueText(stored, key) + " there, "
            + configValueText(point.config, key) + " for the point";
    }
    return keys.empty() ? keys : "its config.json is another run than sweep point " + point.name + " (" + keys + ")";
}

} // namespace

SweepPlan::SweepPlan(const TrainConfig& base, const std::vector<std::string>& grids,
                     const std::vector<std::string>& seeds)
    : SweepPlan(base, parseAxes(grids, seeds))
{ }

SweepPlan::SweepPlan(const TrainConfig& base, std::vector<SweepAxis> axes)
    : m_base(base)
    , m_axes(std::move(axes))
{
    if (m_axes.empty()) {
        throw InputError("nothing to sweep: give --grid key=v1,v2,... and/or --seeds (for one run use train)");
    }
    for (size_t a = 0; a < m_axes.size(); ++a) {
        const ConfigKey* key = findConfigKey(m_axes[a].key);
        if (key == nullptr) {
            throw InputError("invalid --grid: unknown config key '" + m_axes[a].key + "'");
        }
        if (key->type == ConfigType::IntegerList) {
            throw InputError("--grid over '" + m_axes[a].key + "' is not supported (a list-valued key)");
        }
        // A key twice would make two columns for one setting (the later one winning); a value twice would make
        // two points with the same directory.
        for (size_t b = 0; b < a; ++b) {
            if (m_axes[a].key == m_axes[b].key) {
                throw InputError("'" + m_axes[a].key + "' is swept twice (two --grid " + m_axes[a].key
                                 + (m_axes[a].key == "seed" ? " or --grid seed with --seeds" : "")
                                 + "); give all its values in one list");
            }
        }
        if (m_axes[a].values.empty()) {
            throw InputError("'" + m_axes[a].key + "' is swept over no values");
        }
        std::vector<std::string> sorted = m_axes[a].values;
        std::sort(sorted.begin(), sorted.end());
        const auto repeated = std::adjacent_find(sorted.begin(), sorted.end());
        if (repeated != sorted.end()) {
            throw InputError("value '" + *repeated + "' is listed twice for '" + m_axes[a].key + "'");
        }
        // Texts that differ but read as one value of the key's type ("1" and "1.0", "on" and "true", seeds "7" and
        // "07") would train the same point twice, in two folders under two names.
        const std::vector<std::string>& texts = m_axes[a].values;
        std::vector<nlohmann::json> parsed;
        for (const std::string& text : texts) {
            parsed.push_back(parseConfigText(*key, text, "--grid " + m_axes[a].key));
        }
        for (size_t i = 1; i < parsed.size(); ++i) {
            for (size_t j = 0; j < i; ++j) {
                if (parsed[i] == parsed[j]) {
                    const bool seed = m_axes[a].key == "seed";
                    throw InputError((seed ? std::string("--seeds") : "--grid " + m_axes[a].key) + ": " + texts[j]
                                     + " and " + texts[i] + " are the same " + (seed ? "seed" : "value")
                                     + "; list each once");
                }
            }
        }
    }
    expand();
}

void SweepPlan::expand()
{
    std::vector<SweepPoint> points { SweepPoint { {}, {}, m_base } };
    for (const SweepAxis& axis : m_axes) {
        std::vector<SweepPoint> next;
        for (const SweepPoint& p : points) {
            for (const std::string& v : axis.values) {
                SweepPoint q = p;
                q.name += (q.name.empty() ? "" : "_") + axis.key + "=" + v;
                q.settings.emplace_back(axis.key, v);
                next.push_back(q);
            }
        }
        points = std::move(next);
    }
    // Validate every point before any runs: a typo should not surface after hours.
    const nlohmann::json base = m_base;
    for (SweepPoint& p : points) {
        nlohmann::json j = base;
        for (const auto& [key, value] : p.settings) {
            j[key] = parseConfigText(*findConfigKey(key), value, "--grid " + key);
        }
        try {
            from_json(j, p.config);
            validate(p.config);
        } catch (const InputError& e) {
            throw InputError("grid point " + p.name + ": " + e.what());
        }
    }
    m_points = std::move(points);
}

std::vector<size_t> SweepPlan::slice(int64_t index, int64_t count) const
{
    if (count < 1 || index < 0 || index >= count) {
        throw InputError("invalid --index/--count: need 0 <= index < count");
    }
    std::vector<size_t> mine;
    for (size_t k = 0; k < m_points.size(); ++k) {
        if (static_cast<int64_t>(k % static_cast<size_t>(count)) == index) {
            mine.push_back(k);
        }
    }
    return mine;
}

std::string SweepPlan::pointDir(const std::string& root, size_t point) const
{
    return (fs::path(root) / m_points.at(point).name).string();
}

std::optional<RunListing> SweepPlan::inspect(const std::string& root, size_t point) const
{
    std::error_code ec;
    if (!fs::exists(fs::path(pointDir(root, point)) / "config.json", ec)) {
        return std::nullopt;
    }
    RunListing listing = inspectRun(pointDir(root, point));
    if (listing.config) {
        const std::string why = notThePoint(*listing.config, m_points.at(point));
        if (!why.empty()) {
            // Its results are another experiment's: never reported (or skipped as finished) under this point's name.
            listing.status = RunStatus::Damaged;
            listing.reason = why;
            listing.test.reset();
        }
    }
    return listing;
}

std::optional<RunStatus> SweepPlan::status(const std::string& root, size_t point) const
{
    const std::optional<RunListing> listing = inspect(root, point);
    return listing ? std::optional<RunStatus>(listing->status) : std::nullopt;
}

void SweepPlan::prepare(const std::string& root, size_t point) const
{
    const fs::path dir = pointDir(root, point);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (!fs::is_directory(dir, ec)) {
        throw InputError("cannot create sweep point directory " + dir.string());
    }
    const fs::path config = dir / "config.json";
    if (!fs::exists(config, ec)) {
        writeFileAtomically(config.string(), nlohmann::json(m_points[point].config).dump(2) + "\n");
        return;
    }
    // Kept so a resume matches, but only when it is this point's run: training whatever config sits in the folder
    // would report another experiment under this point's name.
    TrainConfig stored;
    from_json(readJsonFileStrict(config.string()), stored);
    const std::string why = notThePoint(stored, m_points[point]);
    if (!why.empty()) {
        throw InputError(dir.string() + ": " + why
                         + "; move that folder away or sweep into another folder (only device, threads, cache_dir and "
                           "the snapshot settings may differ)");
    }
}

std::string SweepPlan::summaryCsv(const std::string& root) const
{
    std::string csv = "run,status";
    for (const SweepAxis& axis : m_axes) {
        csv += "," + axis.key;
    }
    csv += ",test_accuracy,test_balanced_accuracy,test_macro_f1,test_roc_auc,minority_accuracy,per_class_accuracy,"
           "seconds\n";
    char buffer[32];
    const auto number = [&](double v) {
        std::snprintf(buffer, sizeof buffer, "%.9g", v);
        return std::string(buffer);
    };
    for (size_t k = 0; k < m_points.size(); ++k) {
        const SweepPoint& p = m_points[k];
        std::string status = "pending";
        std::string metrics = ",,,,,,";
        if (const std::optional<RunListing> listing = inspect(root, k)) {
            const RunListing& run = *listing;
            status = run.status == RunStatus::Finished ? "done" : statusName(run.status);
            if (run.status == RunStatus::Finished && run.test) {
                const ClassificationMetrics& t = *run.test;
                std::string perClass;
                for (double a : t.perClassAccuracy) {
                    perClass += (perClass.empty() ? "" : ";") + number(a);
                }
                metrics = number(t.accuracy) + "," + number(t.balancedAccuracy) + "," + number(t.macroF1) + ","
                    + (t.rocAuc ? number(*t.rocAuc) : "") + ","
                    + (run.minorityAccuracy() ? number(*run.minorityAccuracy()) : "") + "," + perClass + ","
                    + number(run.seconds);
            }
        }
        csv += p.name + "," + status;
        for (const auto& setting : p.settings) {
            csv += "," + setting.second;
        }
        csv += "," + metrics + "\n";
    }
    return csv;
}

} // namespace aclwb
