// SPDX-License-Identifier: MIT
#pragma once

namespace CLI {
class App;
}

namespace aclwb::cli {

/// `aclwb-cli sweep`: one run per point of a parameter grid (gamma x eta, say), each in its own directory, then
/// sweep.csv with every point's parameters and final metrics. Finished points are skipped, so a sweep resumes;
/// --index/--count take every count-th point, so a cluster job array can share a grid.
void registerSweepCommand(CLI::App& app);

} // namespace aclwb::cli
