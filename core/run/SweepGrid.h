// SPDX-License-Identifier: MIT
#pragma once

#include "run/SeedSpread.h"
#include "run/SweepPlan.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace aclwb {

/// One cell of a sweep's heat map: the metric over the cell's seeds (finished points only) and its points.
struct SweepCell {
    Spread value;
    std::vector<size_t> points; // indices into SweepPlan::points(), every seed of the cell
    int finished = 0;
};

/// A sweep's metric over two of its axes (rows x columns), every seed of a cell together. Other swept keys are
/// fixed to one value each (`fixed`), so each cell is one setting.
struct SweepGrid {
    std::string rowKey;
    std::string columnKey;
    std::vector<std::string> rows;
    std::vector<std::string> columns;
    std::vector<std::vector<SweepCell>> cells; // [row][column]
    std::vector<std::pair<std::string, std::string>> fixed;
    int finished = 0; // finished points in the grid
    int total = 0;
};

/// Each point's listing under `root` (nullopt before it started), in plan order: read once, then a heat map and a
/// table of the points are both drawn from it.
std::vector<std::optional<RunListing>> inspectPoints(const SweepPlan& plan, const std::string& root);

/// The heat map of `plan` from its points' listings (inspectPoints; all nullopt gives the empty grid without reading
/// anything).
SweepGrid sweepGrid(const SweepPlan& plan, const std::vector<std::optional<RunListing>>& points, RunMetric metric,
                    const std::vector<std::pair<std::string, std::string>>& fixed = {});

/// The heat map of `plan` under `root` for `metric`. Rows are eta and columns gamma when both are swept; otherwise
/// the first swept keys other than seed (a single row or cell when fewer). `fixed` chooses the value of each other
/// non-seed axis (its first value when not given; InputError for an unknown key or value). Reads each point's
/// small files only (results.json), so it can be redrawn whenever a point finishes.
SweepGrid sweepGrid(const SweepPlan& plan, const std::string& root, RunMetric metric,
                    const std::vector<std::pair<std::string, std::string>>& fixed = {});

} // namespace aclwb
