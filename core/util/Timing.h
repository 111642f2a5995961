// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace aclwb {

/// Median wall time in milliseconds of `repeats` calls of `body` after `warmup` untimed calls.
/// `sync` runs after each call and before the clock stops (e.g. a CUDA synchronise), so asynchronous devices
/// are timed honestly. The median, not the mean, so one descheduled run does not move the figure.
template <typename Body, typename Sync>
double medianMilliseconds(Body&& body, Sync&& sync, int warmup, int repeats)
{
    for (int k = 0; k < warmup; ++k) {
        body();
        sync();
    }
    std::vector<double> times;
    times.reserve(static_cast<size_t>(repeats));
    for (int k = 0; k < repeats; ++k) {
        const auto start = std::chrono::steady_clock::now();
        body();
        sync();
        const auto stop = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    if (times.empty()) {
        return 0.0;
    }
    std::sort(times.begin(), times.end());
    const size_t mid = times.size() / 2;
    return times.size() % 2 == 1 ? times[mid] : 0.5 * (times[mid - 1] + times[mid]);
}

/// "4m07s", or "1h05m" from an hour on: how long a run has left, the same in the CLI's line and the GUI's status bar.
inline std::string formatDuration(double seconds)
{
    char buffer[32];
    const int s = static_cast<int>(seconds + 0.5);
    if (s >= 3600) {
        std::snprintf(buffer, sizeof buffer, "%dh%02dm", s / 3600, (s / 60) % 60);
    } else {
        std::snprintf(buffer, sizeof buffer, "%dm%02ds", s / 60, s % 60);
    }
    return buffer;
}

} // namespace aclwb
