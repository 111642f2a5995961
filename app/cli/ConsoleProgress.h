// SPDX-License-Identifier: MIT
#pragma once

#include "train/TrainingEvents.h"

#include <chrono>

namespace aclwb::cli {

/// Training progress on stderr: a live, rewritten line on a terminal; on a pipe or file only one line per epoch
/// (logs stay readable).
class ConsoleProgress : public TrainingObserver {
public:
    ConsoleProgress();
    void onStep(const TrainingProgress& p) override;
    void onEpoch(const EpochSummary& s) override;

private:
    bool m_terminal = false;
    std::chrono::steady_clock::time_point m_lastDraw;
};

} // namespace aclwb::cli
