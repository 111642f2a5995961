// SPDX-License-Identifier: MIT
#pragma once

#include "run/RunDirectory.h"
#include "train/TrainConfig.h"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace aclwb {

/// One swept key and its values, as given (text, parsed by the key's schema type).
struct SweepAxis {
    std::string key;
    std::vector<std::string> values;
};

/// One grid point: its directory name ("gamma=2_eta=10_seed=1"), its settings and its validated config.
struct SweepPoint {
    std::string name;
    std::vector<std::pair<std::string, std::string>> settings;
    TrainConfig config;
};

/// A sweep, decided before anything runs: the axes, the cartesian product of their values in order, every point
/// validated (a typo or an impossible value is refused before the first point starts, naming the point), and the
/// directory layout <root>/<point name>/. `aclwb-cli sweep` runs it in processes; the GUI runs it in threads.
class SweepPlan {
public:
    /// `grids`: "key=v1,v2,..." (a '-' in the key reads as '_'); `seeds`: the seed axis, added last. InputError for an
    /// unknown or list-valued key, a key swept twice, a value listed twice (also as two texts of one value of the
    /// key's type, "1" and "1.0": the same point twice), nothing to sweep, or an invalid point.
    SweepPlan(const TrainConfig& base, const std::vector<std::string>& grids, const std::vector<std::string>& seeds);
    SweepPlan(const TrainConfig& base, std::vector<SweepAxis> axes);

    const std::vector<SweepAxis>& axes() const { return m_axes; }
    const std::vector<SweepPoint>& points() const { return m_points; }
    const TrainConfig& base() const { return m_base; }

    /// The points of slice `index` of `count` (point k belongs to slice k % count): a job array's task.
    std::vector<size_t> slice(int64_t index, int64_t count) const;
    std::string pointDir(const std::string& root, size_t point) const;
    /// Point `point`'s listing (inspectRun of its directory); nullopt when it never started. When the folder's
    /// config.json is another run (a run-defining setting, see runIdentity, differs from the point's), the listing is
    /// Damaged with the differing keys as its reason and without test metrics: another experiment's results are never
    /// reported, nor skipped as finished, under the point's name.
    std::optional<RunListing> inspect(const std::string& root, size_t point) const;
    /// Where point `point` stands: Finished only with results.json and model.pt; nullopt when it never started.
    std::optional<RunStatus> status(const std::string& root, size_t point) const;
    /// Creates the point's directory with its config.json (kept when already there, so a resume matches). InputError
    /// naming the folder and the differing keys when the config.json there is another run's: the point would
    /// otherwise train, or resume, that config under its own name.
    void prepare(const std::string& root, size_t point) const;
    /// sweep.csv: one row per point: run, status, the swept values, test metrics, per-class accuracy, seconds.
    std::string summaryCsv(const std::string& root) const;

private:
    void expand();

    TrainConfig m_base;
    std::vector<SweepAxis> m_axes;
    std::vector<SweepPoint> m_points;
};

} // namespace aclwb
