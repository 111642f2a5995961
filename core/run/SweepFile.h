// SPDX-License-Identifier: MIT
#pragma once

#include "run/SweepPlan.h"

#include <optional>
#include <string>

namespace aclwb {

/// sweep.json in a sweep's root: the base config and the axes, so a sweep can be reopened (the GUI's heat map, a
/// resumed sweep skipping finished points) and its runs read back from a cluster exactly as planned.
/// {"format": 1, "base": {config}, "axes": [{"key": "gamma", "values": ["0", "1"]}, ...]}
std::string formatSweepFile(const SweepPlan& plan);
/// Writes root/sweep.json atomically. When one is already there it must describe the same sweep (InputError naming
/// the file otherwise), so two different sweeps never share a folder.
void writeSweepFile(const SweepPlan& plan, const std::string& root);
/// Reads root/sweep.json (InputError naming the file when it is missing, corrupt or invalid).
SweepPlan readSweepFile(const std::string& root);
/// Whether `root` holds a sweep.json.
bool isSweepDirectory(const std::string& root);

} // namespace aclwb
