// SPDX-License-Identifier: MIT
#include "run/SweepGrid.h"

#include "util/InputError.h"

#include <algorithm>

namespace aclwb {
namespace {

const SweepAxis* axisOf(const SweepPlan& plan, const std::string& key)
{
    for (const SweepAxis& a : plan.axes()) {
        if (a.key == key) {
            return &a;
        }
    }
    return nullptr;
}

std::string settingOf(const SweepPoint& p, const std::string& key)
{
    for (const auto& [k, v] : p.settings) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

} // namespace

std::vector<std::optional<RunListing>> inspectPoints(const SweepPlan& plan, const std::string& root)
{
    std::vector<std::optional<RunListing>> out;
    for (size_t k = 0; k < plan.points().size(); ++k) {
        out.push_back(plan.inspect(root, k));
    }
    return out;
}

SweepGrid sweepGrid(const SweepPlan& plan, const std::string& root, RunMetric metric,
                    const std::vector<std::pair<std::string, std::string>>& fixed)
{
    return sweepGrid(plan, inspectPoints(plan, root), metric, fixed);
}

SweepGrid sweepGrid(const SweepPlan& plan, const std::vector<std::optional<RunListing>>& points, RunMetric metric,
                    const std::vector<std::pair<std::string, std::string>>& fixed)
{
    if (points.size() != plan.points().size()) {
        throw InputError("the sweep's point listings do not match its plan");
    }
    SweepGrid g;
    std::vector<std::string> others; // non-seed axes in plan order
    for (const SweepAxis& a : plan.axes()) {
        if (a.key != "seed") {
            others.push_back(a.key);
        }
    }
    if (axisOf(plan, "gamma") != nullptr && axisOf(plan, "eta") != nullptr) {
        g.columnKey = "gamma";
        g.rowKey = "eta";
    } else {
        g.columnKey = others.size() > 0 ? others[0] : std::string();
        g.rowKey = others.size() > 1 ? others[1] : std::string();
    }
    g.columns = g.columnKey.empty() ? std::vector<std::string> { "" } : axisOf(plan, g.columnKey)->values;
    g.rows = g.rowKey.empty() ? std::vector<std::string> { "" } : axisOf(plan, g.rowKey)->values;
    for (const auto& [key, value] : fixed) {
        const SweepAxis* a = axisOf(plan, key);
        if (a == nullptr || key == g.rowKey || key == g.columnKey || key == "seed") {
            throw InputError("cannot fix '" + key + "': it is not one of the sweep's other axes");
        }
        if (std::find(a->values.begin(), a->values.end(), value) == a->values.end()) {
            throw InputError("'" + key + "' has no value '" + value + "' in this sweep");
        }
    }
    for (const std::string& key : others) {
        if (key == g.rowKey || key == g.columnKey) {
            continue;
        }
        std::string value = axisOf(plan, key)->values.front();
        for (const auto& f : fixed) {
            if (f.first == key) {
                value = f.second;
            }
        }
        g.fixed.push_back({ key, value });
    }
    std::vector<std::vector<std::vector<double>>> values(g.rows.size(),
                                                         std::vector<std::vector<double>>(g.columns.size()));
    g.cells.assign(g.rows.size(), std::vector<SweepCell>(g.columns.size()));
    for (size_t k = 0; k < plan.points().size(); ++k) {
        const SweepPoint& p = plan.points()[k];
        bool inSlice = true;
        for (const auto& [key, value] : g.fixed) {
            inSlice = inSlice && settingOf(p, key) == value;
        }
        if (!inSlice) {
            continue;
        }
        const auto row = std::find(g.rows.begin(), g.rows.end(), g.rowKey.empty() ? "" : settingOf(p, g.rowKey));
        const auto column
            = std::find(g.columns.begin(), g.columns.end(), g.columnKey.empty() ? "" : settingOf(p, g.columnKey));
        SweepCell& cell = g.cells[static_cast<size_t>(row - g.rows.begin())][static_cast<size_t>(column - g.columns.begin())];
        cell.points.push_back(k);
        ++g.total;
        if (!points[k]) {
            continue; // never started
        }
        const std::optional<double> v = metricOf(*points[k], metric);
        if (v) {
            values[static_cast<size_t>(row - g.rows.begin())][static_cast<size_t>(column - g.columns.begin())].push_back(*v);
            ++cell.finished;
            ++g.finished;
        }
    }
    for (size_t r = 0; r < g.rows.size(); ++r) {
        for (size_t c = 0; c < g.columns.size(); ++c) {
            g.cells[r][c].value = spreadOf(values[r][c]);
        }
    }
    return g;
}

} // namespace aclwb
